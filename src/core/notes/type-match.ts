import { foldWord } from "./fold-word";
import { memoryOf, remembered } from "../shared/remembered";

/** The last part of a type a plugin prefixes with its own name: `crm/person`, `crm-contact`, `crm_interaction`. */
const PREFIXED_TYPE = /^[\p{L}\d]+[/_-]([\p{L}\d]+)$/u;

/** For each set of wanted words, what each type as written was found to be: every note of a vault gives the same few types. */
const matched = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * A type matches when the whole value or one of its words does (`customer meeting`, `Team Call`), or
 * the part after a plugin's prefix (`crm/person`, `crm-interaction`); `ux-personas-board` is no person.
 * Each type is looked at once per set of `wanted` words and remembered (past 10,000 types, forgotten).
 */
export function typeMatches(types: readonly string[], wanted: ReadonlySet<string>): boolean {
	const known = memoryOf(matched, wanted);
	for (const t of types) if (remembered(known, t, 10_000, (type) => typeMatchesAnew(type, wanted))) return true;
	return false;
}

function typeMatchesAnew(t: string, wanted: ReadonlySet<string>): boolean {
	return wanted.has(foldWord(t)) || t.split(/\s+/).some((word) => wanted.has(foldWord(word))) || wanted.has(foldWord(PREFIXED_TYPE.exec(t.trim())?.[1] ?? ""));
}
