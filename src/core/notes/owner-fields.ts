import { MASK } from "./links";

/*
 * Dataview inline fields that say who does a task: `- [ ] Send the deck [owner:: @Max]`,
 * `[assignee:: Max Bianchi]`, `(who:: @Anna, @Zoe)`, Italian `[responsabile:: @Max]`. A link in one
 * (`[owner:: [[Max]]]`) is the task's link, read as any other.
 */

/** The keys of owner fields, lower case. */
const OWNER_KEYS: ReadonlySet<string> = new Set(["owner", "owners", "assignee", "assignees", "who", "responsabile"]);

export function isOwnerKey(key: string): boolean {
	return OWNER_KEYS.has(key.toLowerCase());
}

/**
 * The people owner fields' values name, as `@` names a task's text would (`Max Bianchi, @Anna` →
 * `@Max Bianchi, @Anna`); null when they name nobody. `values` come from the task's text with links and
 * inline code masked: such a part names nobody here, and a name before one ends there. A part with an `@` already is kept as written, so an
 * address (`max@example.com`) stays an address.
 */
export function ownerFieldNames(values: readonly string[]): string | null {
	const names: string[] = [];
	for (const value of values) {
		for (const part of value.split(/[,;]/)) {
			// A link, or struck-out text, after a name (`Max Bianchi [[Deck v2]]`) ends it; a part that is one names nobody here.
			const masked = part.indexOf(MASK);
			const name = (masked < 0 ? part : part.slice(0, masked)).trim();
			if (name === "") continue;
			names.push(name.includes("@") ? name : `@${name}`);
		}
	}
	return names.length === 0 ? null : names.join(", ");
}

/**
 * What ends the value of a bare owner field (`owner:: @Max Bianchi`), which runs on to the end of the
 * line as Dataview reads a bare field: another field (bare or in brackets), a Tasks emoji field
 * (`📅 2026-12-01`, a priority, `🔁`, `🆔`) or a block id at the end of the line.
 */
const OWNER_VALUE_END = /\s[A-Za-z][\w-]*\s*::|[[(]\s*[A-Za-z][\w-]*\s*::|[📅📆🗓⏳⌛🛫✅➕❌🔁🔺⏫🔼🔽⏬🆔⛔🏁]|\s\^[\w-]+\s*$/gu;

/** Where the value of a bare owner field that starts at `from` (after its `::` and spaces) ends. */
export function bareOwnerValueEnd(text: string, from: number): number {
	// Searched from `from` in place (no copy of the rest of a long line per field).
	OWNER_VALUE_END.lastIndex = from;
	const end = OWNER_VALUE_END.exec(text);
	return end ? end.index : text.length;
}

/** A bare Dataview field: its key, then `::` and the spaces after it. */
const BARE_FIELD = /(?:^|\s)([A-Za-z][\w-]*)\s*::\s*/g;

/**
 * The task text without its bare owner fields, each with its whole value (`Send the deck owner:: @Max
 * Bianchi` → `Send the deck `); other bare fields are left to the caller. Linear: each field is read once.
 */
export function withoutBareOwnerFields(text: string): string {
	let out = "";
	let copied = 0;
	for (const m of text.matchAll(BARE_FIELD)) {
		if (m.index < copied || !isOwnerKey(m[1] ?? "")) continue;
		const end = bareOwnerValueEnd(text, m.index + m[0].length);
		out += text.slice(copied, m.index) + " ";
		copied = end;
	}
	return copied === 0 ? text : out + text.slice(copied);
}
