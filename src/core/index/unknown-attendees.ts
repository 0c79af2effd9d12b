import { type Problem, problem } from "../shared/problems";
import { basename, unwrapLink } from "../shared/text";
import { nameKeyOf } from "./person-keys";

/** Words people write for themselves in an attendee list. */
const SELF_WORDS = ["me", "myself", "io", "me stesso", "me stessa"];

/**
 * The folded names that stand for the vault's owner: the `me` setting (a note name, path or link)
 * and the words for oneself. The owner is never an unknown attendee, with or without a person note.
 */
export function ownerKeys(me: string): Set<string> {
	const keys = new Set(SELF_WORDS);
	const value = unwrapLink(me.trim());
	if (value !== "") keys.add(nameKeyOf(basename(value)));
	return keys;
}

interface Mention {
	/** Meeting path → line of its first mention there. */
	meetings: Map<string, number>;
	/** Meeting path → the name as written there (`Zoë Müller`, `zoe muller`). */
	names: Map<string, string>;
}

/**
 * Attendees that are no person note, grouped by name across meetings, so that `doctor` says
 * "Mario Verdi: in 23 meetings, no person note" once instead of once per meeting.
 */
export class UnknownAttendees {
	private readonly byKey = new Map<string, Mention>();
	private readonly keysOf = new Map<string, string[]>();

	/** Records the unknown attendees of one meeting (replacing what it had). */
	set(path: string, attendees: readonly { key: string; name: string; line: number }[]): void {
		this.remove(path);
		if (attendees.length === 0) return;
		const keys: string[] = [];
		for (const a of attendees) {
			let mention = this.byKey.get(a.key);
			if (!mention) this.byKey.set(a.key, (mention = { meetings: new Map(), names: new Map() }));
			if (!mention.meetings.has(path)) {
				mention.meetings.set(path, a.line);
				mention.names.set(path, a.name);
				keys.push(a.key);
			}
		}
		this.keysOf.set(path, keys);
	}

	remove(path: string): void {
		for (const key of this.keysOf.get(path) ?? []) {
			const mention = this.byKey.get(key);
			mention?.meetings.delete(path);
			mention?.names.delete(path);
			if (mention?.meetings.size === 0) this.byKey.delete(key);
		}
		this.keysOf.delete(path);
	}

	/** How many distinct names are unknown, the owner aside. */
	count(owner: ReadonlySet<string>): number {
		let n = 0;
		for (const key of this.byKey.keys()) if (!owner.has(key)) n++;
		return n;
	}

	/**
	 * One problem per unknown name, at its first meeting (by path), spelled as written there, with the
	 * number of meetings: the same words whatever order the notes were read in.
	 */
	problems(owner: ReadonlySet<string>): Problem[] {
		const out: Problem[] = [];
		for (const [key, mention] of this.byKey) {
			if (owner.has(key)) continue;
			const paths = [...mention.meetings.keys()].sort();
			const first = paths[0] ?? "";
			out.push(problem(first, mention.meetings.get(first) ?? 0, "unknown-attendee", { name: mention.names.get(first) ?? "", n: paths.length }));
		}
		return out;
	}
}
