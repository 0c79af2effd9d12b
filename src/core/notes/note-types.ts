import { unwrapLink } from "../shared/text";
import type { NoteRecord } from "./note-record";

/**
 * The types a note gives itself, links unwrapped (`"[[People]]"` → `People`): the values of the first of `keys`
 * that is set. When those name no kind of note Rapport tells apart (`known` says no) and a later key's values
 * name a person or a meeting (`decides` says so), those are added: a template that keeps a sub-kind in `type`
 * (`type: [[Authors]]` under `categories: [[People]]`, as Steph Ango's vault template writes people) or a generic
 * `category: note` beside Metadata Menu's `fileClass: person` still says what the note is. A first type that
 * names a kind (`type: project`, `type: person`) is all there is: a later key never overrides it.
 */
export function noteTypes(record: NoteRecord, keys: readonly string[], known: (types: readonly string[]) => boolean, decides: (types: readonly string[]) => boolean): string[] {
	let first = -1;
	let types: string[] = [];
	for (let i = 0; i < keys.length && first < 0; i++) {
		const values = record.list([keys[i] as string]);
		if (values.length > 0) {
			first = i;
			types = values.map((v) => unwrapLink(v));
		}
	}
	if (first < 0 || known(types)) return types;
	for (let i = first + 1; i < keys.length; i++) {
		const values = record.list([keys[i] as string]).map((v) => unwrapLink(v));
		if (values.length > 0 && decides(values)) return [...types, ...values];
	}
	return types;
}
