/** A Dataview inline field written in a note's body: `key:: value` on its own line, or `[key:: value]` / `(key:: value)` inside one. */
export interface InlineField {
	/** The key as written, formatting (`**`, `_`) removed. */
	key: string;
	value: string;
	line: number;
}

const WHOLE_LINE = /^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?([^\s:[\]()>#`][^:[\]()`]*?)\s*::[ \t]*(.*)$/u;
const BRACKETED = /[[(]([^[\]():]+?)::[ \t]*([^\])]*?)\s*[\])]/gu;

function cleanKey(key: string): string {
	return key.replace(/^[*_~=]+|[*_~=]+$/g, "").trim();
}

/** The inline fields of one line, as Dataview reads them: bracketed fields first, else one field taking the whole line. */
export function inlineFieldsOf(line: string, lineNo: number): InlineField[] {
	const out: InlineField[] = [];
	if (line.includes("[") || line.includes("(")) {
		for (const m of line.matchAll(BRACKETED)) {
			const key = cleanKey(m[1] ?? "");
			if (key !== "") out.push({ key, value: (m[2] ?? "").trim(), line: lineNo });
		}
	}
	if (out.length > 0) return out;
	const whole = WHOLE_LINE.exec(line);
	const key = cleanKey(whole?.[1] ?? "");
	if (whole && key !== "") out.push({ key, value: (whole[2] ?? "").trim(), line: lineNo });
	return out;
}
