import { makeRef, type Ref } from "../notes/frontmatter-values";
import { isRoleAttendee } from "../notes/role-words";

/**
 * A meeting's attendees as the people the vault knows make them. A value of names joined by `and`
 * (`Ref.joined`) is one person when a person is named so (`Simon and Garfunkel`); its names when each is
 * a person (`Anna and Ben`, `2026-11-23 Anna and Ben` however the meeting is titled); else whole when
 * the meeting's title starts with it and none of its names is a person (`Pride and Prejudice` at the `Pride and
 * Prejudice reading group`, `Romeo e Giulietta` at a rehearsal of it), or it is a list entry whose names are not all full
 * names (`- Romeo e Giulietta`, `- Ernst & Young` under `## Attendees`; see `joinedEntry`): the book or play, never two people;
 * else its names, as any other value of joined names (`Ada Park and Ben Cho`, both new). A word for oneself or a role
 * among them (`Noi` of `Noi e Marco`) counts only when a person is named so (`Ref.ifKnown`).
 */
export function standingRefs(refs: readonly Ref[], resolve: (ref: Ref) => string | null): readonly Ref[] {
	if (!hasJoinedRef(refs)) return refs;
	const out: Ref[] = [];
	for (const r of refs) {
		if (r.joined === undefined) {
			out.push(r);
			continue;
		}
		const whole = makeRef(r.target, false, r.line);
		const couple = coupleNames(r.joined.names);
		// `Anna e Marco Rossi`: Anna is Anna Rossi when the vault knows her so, and not by her first name alone.
		const names = r.joined.names.map((name, i) => {
			// `Noi` of `Noi e Marco`: a word for oneself or a role counts only when a person is named so, as it does alone.
			const ref = isRoleAttendee(name) ? { ...makeRef(name, false, r.line), ifKnown: true as const } : makeRef(name, false, r.line);
			const full = couple?.[i];
			return full === undefined || resolve(ref) !== null || resolve(makeRef(full, false, r.line)) === null ? ref : makeRef(full, false, r.line);
		});
		if (resolve(whole) !== null) {
			out.push(whole);
			continue;
		}
		const known = names.filter((n) => resolve(n) !== null).length;
		// Whole only when none of its names is a person: `Anna e Marco` at `Anna e Marco - cena`, with Anna's note and Marco's not yet, is Anna and Marco.
		out.push(...(known === 0 && r.joined.whole ? [whole] : names));
	}
	return out;
}

/** Whether any of `refs` is a value of names joined by `and` (most meetings have none: a loop, no function made per meeting). */
export function hasJoinedRef(refs: readonly Ref[]): boolean {
	for (let i = 0; i < refs.length; i++) if ((refs[i] as Ref).joined !== undefined) return true;
	return false;
}

/**
 * The names of a couple written with one surname (`Anna e Marco Rossi`: `Anna Rossi`, `Marco Rossi`): each first name
 * before the last with the last one's surname; null when the names are not so written (`Eszti és Péter Kovács` reads so
 * too, and is Eszti and Péter Kovács where the vault knows Eszti by that name).
 */
function coupleNames(names: readonly string[]): string[] | null {
	const last = (names[names.length - 1] ?? "").split(/[ \t]+/);
	if (names.length < 2 || last.length < 2 || !names.slice(0, -1).every((n) => !/[ \t]/.test(n))) return null;
	const surname = last.slice(1).join(" ");
	return [...names.slice(0, -1).map((first) => `${first} ${surname}`), names[names.length - 1] ?? ""];
}

/** The references a reference is filed under, to read its note again when a person comes or goes: a joined value's names (and a couple's full names) too. */
export function refsToFile(ref: Ref): readonly Ref[] {
	if (ref.joined === undefined) return [ref];
	const names = [...ref.joined.names, ...(coupleNames(ref.joined.names)?.slice(0, -1) ?? [])];
	return [ref, ...names.map((name) => makeRef(name, false, ref.line))];
}
