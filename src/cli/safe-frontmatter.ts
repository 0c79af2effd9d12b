import matter from "gray-matter";
import yaml from "js-yaml";
import { parse as parseYamlBounded } from "yaml";
import { type Problem, problem, type YamlCause } from "../core/shared/problems";
import { readSimpleFrontmatter } from "./frontmatter-fast";
import { MAX_FRONTMATTER_DEPTH, tooDeepLine } from "../core/notes/frontmatter-depth";
import { MAX_ALIAS_COUNT, MAX_EXPANDED_VALUES, MAX_FRONTMATTER_CHARS } from "../core/notes/frontmatter-aliases";
import { frontmatterEnd } from "../core/notes/markdown";
import { splitLines } from "../core/shared/text";

/** What the CLI reads from a note's frontmatter: data, or a problem, never an exception. */
export interface FrontmatterRead {
	data: Record<string, unknown> | null;
	problems: Problem[];
}

export { MAX_FRONTMATTER_CHARS } from "../core/notes/frontmatter-aliases";

class RefusedEngineError extends Error {}
class TooComplexError extends Error {}
/** Lists or maps nested past what the parser's stack holds (or past js-yaml's `maxDepth`): `line` is where it gave up, 0-based. */
class TooDeepError extends Error {
	constructor(readonly line: number) {
		super("nested too deep");
	}
}

function refuse(): never {
	throw new RefusedEngineError("JavaScript front matter is never run");
}

/** An anchor (`&name`) where a YAML token starts: the only way a document can expand aliases. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s]/m;

/**
 * The full YAML parse of one frontmatter block: js-yaml's core schema (dates stay plain strings, no
 * custom types); a block with anchors goes to the `yaml` package instead, which bounds how many
 * aliases it expands (js-yaml has no such limit, and an alias bomb exhausts the stack).
 */
function parseYamlBlock(text: string): object {
	if (text.length > MAX_FRONTMATTER_CHARS) throw new TooComplexError("too large");
	// Nested past what any note needs: refused before a parser recurses into it (gray-matter's text starts on the `---` line, so lines are the note's).
	const lines = splitLines(text);
	const deep = tooDeepLine(lines, 0, lines.length);
	if (deep !== null) throw new TooDeepError(deep);
	if (ANCHOR.test(text)) {
		try {
			// gray-matter hands over a CRLF block with its last line's bare `\r`, which the `yaml` package
			// reads as a stray scalar ("Unexpected scalar at node end"); YAML reads every line break as `\n`.
			const lf = text.replace(/\r\n?/g, "\n");
			const data = (parseYamlBounded(lf, { schema: "core", maxAliasCount: MAX_ALIAS_COUNT, prettyErrors: false, logLevel: "error" }) as object | null) ?? {};
			assertFinite(data);
			return data;
		} catch (error) {
			if (error instanceof ReferenceError) throw new TooComplexError(error.message);
			throw tooDeep(error) ?? error;
		}
	}
	// js-yaml counts the frontmatter's own map as a level, as Rapport does not.
	try {
		return (yaml.load(text, { schema: yaml.CORE_SCHEMA, maxDepth: MAX_FRONTMATTER_DEPTH + 1 } as yaml.LoadOptions) as object | null | undefined) ?? {};
	} catch (error) {
		throw tooDeep(error) ?? error;
	}
}

/**
 * The error of a parser that gave up on nesting, as a `TooDeepError` at its line: the stack overflowed (the `yaml`
 * package reports it as `RESOURCE_EXHAUSTION` at the collection it was in), or js-yaml reached `maxDepth`. Null for any other error.
 */
function tooDeep(error: unknown): TooDeepError | null {
	if (error instanceof RangeError) return new TooDeepError(0);
	const code = (error as { code?: unknown }).code;
	const reason = (error as { reason?: unknown }).reason;
	const deep = code === "RESOURCE_EXHAUSTION" || (typeof reason === "string" && reason.startsWith("nesting exceeded maxDepth"));
	return deep ? new TooDeepError(errorLine(error)) : null;
}


/**
 * An alias to an enclosing node (`a: &x [*x]`) makes a cycle, which every reader of the data would
 * follow forever: refused, as is data that expands to more than MAX_EXPANDED_VALUES values.
 */
function assertFinite(data: unknown): void {
	let count = 0;
	const open = new Set<object>();
	const visit = (value: unknown): void => {
		if (++count > MAX_EXPANDED_VALUES) throw new TooComplexError("too many values");
		if (typeof value !== "object" || value === null) return;
		if (open.has(value)) throw new TooComplexError("an alias refers to itself");
		open.add(value);
		for (const child of Object.values(value)) visit(child);
		open.delete(value);
	};
	visit(data);
}

/**
 * gray-matter, configured safely: YAML through `parseYamlBlock`, and the `js`/`javascript`/`coffee`
 * engines replaced so `---js` front matter is never run.
 */
const OPTIONS = {
	language: "yaml",
	engines: {
		yaml: { parse: parseYamlBlock },
		js: { parse: refuse },
		javascript: { parse: refuse },
		coffee: { parse: refuse },
		coffeescript: { parse: refuse },
		cson: { parse: refuse },
	},
};

const parseMatter = matter as unknown as (text: string, options: typeof OPTIONS) => { data: unknown };

/**
 * The block gray-matter would hand to its YAML engine, when the note opens with a bare `---` line;
 * null otherwise (`---js`, `----`, …), and then only the full path reads it.
 */
function plainFrontmatterBlock(content: string): string | null {
	const next = content[3];
	if (next !== "\n" && !(next === "\r" && content[4] === "\n")) return null;
	const rest = content.slice(3);
	const close = rest.indexOf("\n---");
	return close < 0 ? rest : rest.slice(0, close);
}

/**
 * A note whose opening `---` ends with a lone CR (an old Mac's line end): its line breaks as YAML and
 * Obsidian's editor read them (each `\r` alone is one), written as `\n` for gray-matter, which only
 * splits on `\n`. Any other note is returned as it is.
 */
function withLoneCrsAsLf(content: string): string {
	return content[3] === "\r" && content[4] !== "\n" ? content.replace(/\r(?!\n)/g, "\n") : content;
}

/** A note's frontmatter: the fast path for the plain frontmatter most notes have, the full parser otherwise. */
export function readFrontmatter(path: string, text: string): FrontmatterRead {
	const content = withLoneCrsAsLf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (!content.startsWith("---")) return { data: null, problems: [] };
	const block = plainFrontmatterBlock(content);
	if (block !== null && block.length <= MAX_FRONTMATTER_CHARS) {
		const fast = readSimpleFrontmatter(block);
		if (fast) return { data: fast, problems: [] };
	}
	return readFrontmatterFull(path, content);
}

/** The full path alone: gray-matter and a YAML parser (the fast path's fallback, and its reference in tests). */
export function readFrontmatterFull(path: string, text: string): FrontmatterRead {
	const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (!content.startsWith("---")) return { data: null, problems: [] };
	try {
		const data: unknown = parseMatter(content, OPTIONS).data;
		if (typeof data !== "object" || data === null || Array.isArray(data)) {
			return { data: null, problems: [problem(path, 0, "frontmatter-not-a-map")] };
		}
		return { data: data as Record<string, unknown>, problems: [] };
	} catch (error) {
		if (error instanceof RefusedEngineError) {
			return { data: null, problems: [problem(path, 0, "js-frontmatter")] };
		}
		if (error instanceof TooDeepError) {
			return { data: null, problems: [problem(path, deepLineIn(content) ?? error.line, "frontmatter-too-deep", { depth: MAX_FRONTMATTER_DEPTH })] };
		}
		if (error instanceof TooComplexError) {
			return { data: null, problems: [problem(path, 0, "frontmatter-too-complex", { kb: MAX_FRONTMATTER_CHARS / 1024, aliases: MAX_ALIAS_COUNT })] };
		}
		return { data: null, problems: [problem(path, errorLine(error), "bad-yaml", { cause: yamlCause(error), reason: errorReason(error) })] };
	}
}

/** The line where a note's frontmatter nests too deep (the parser's own line when it gave one is a fallback: a stack overflow gives none). */
function deepLineIn(content: string): number | null {
	const lines = splitLines(content);
	const end = frontmatterEnd(lines);
	return end === 0 ? null : tooDeepLine(lines, 1, end - 1);
}

/**
 * gray-matter hands the parser the text right after the opening `---`, newline included, so js-yaml's
 * 0-based line is already the note's line; the `yaml` package counts from 1.
 */
function errorLine(error: unknown): number {
	const mark = (error as { mark?: { line?: number } }).mark;
	if (typeof mark?.line === "number") return mark.line;
	const pos = (error as { linePos?: { line?: number }[] }).linePos;
	const line = pos?.[0]?.line;
	return typeof line === "number" ? Math.max(0, line - 1) : 0;
}

/**
 * What the user should fix, from the parser's error: js-yaml's reason, or the `yaml` package's code (the
 * anchor path). The wording of js-yaml 4's `throwError` calls, matched by their start.
 */
const CAUSE_BY_REASON: readonly (readonly [string, YamlCause])[] = [
	["bad indentation of a mapping entry", "colon-in-value"],
	["bad indentation of a sequence entry", "colon-in-value"],
	["duplicated mapping key", "duplicate-key"],
	["unidentified alias", "star-value"],
	["name of an alias node", "star-value"],
	["expected hexadecimal character", "backslash-in-quotes"],
	["unknown escape sequence", "backslash-in-quotes"],
	["unexpected end of the stream within a flow collection", "open-list"],
	["missed comma between flow collection entries", "open-list"],
	["unexpected end of the stream within a double quoted scalar", "open-quote"],
	["unexpected end of the stream within a single quoted scalar", "open-quote"],
	["unexpected end of the document within a double quoted scalar", "open-quote"],
	["unexpected end of the document within a single quoted scalar", "open-quote"],
	["end of the stream or a document separator is expected", "stray-line"],
	["tab characters must not be used in indentation", "tab-indent"],
	["can not read an implicit mapping pair", "missing-colon"],
	["can not read a block mapping entry", "missing-colon"],
	["nested arrays are not supported inside keys", "link-as-key"],
	["the stream contains non-printable characters", "control-characters"],
	["null byte is not allowed in input", "control-characters"],
	["unknown tag", "bang-value"],
];
const CAUSE_BY_YAML_CODE: Readonly<Record<string, YamlCause>> = {
	DUPLICATE_KEY: "duplicate-key",
	BAD_INDENT: "colon-in-value",
	TAB_AS_INDENT: "tab-indent",
	MISSING_CHAR: "open-list",
	BAD_DQ_ESCAPE: "backslash-in-quotes",
	BAD_ALIAS: "star-value",
	TAG_RESOLVE_FAILED: "bang-value",
};

function yamlCause(error: unknown): YamlCause {
	const code = (error as { code?: unknown }).code;
	if (typeof code === "string" && Object.prototype.hasOwnProperty.call(CAUSE_BY_YAML_CODE, code)) return CAUSE_BY_YAML_CODE[code] ?? "other";
	const reason = (error as { reason?: unknown }).reason;
	if (typeof reason !== "string") return "other";
	return CAUSE_BY_REASON.find(([start]) => reason.startsWith(start))?.[1] ?? "other";
}

function errorReason(error: unknown): string {
	return (error as { reason?: string }).reason ?? (error instanceof Error ? (error.message.split("\n")[0] ?? "") : "unreadable");
}
