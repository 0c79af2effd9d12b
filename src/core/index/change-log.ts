/** One change to the index: the note set or removed, the notes re-resolved because of it, the people it touched. */
interface IndexChange {
	revision: number;
	path: string;
	notes: readonly string[];
	people: readonly string[];
}

/** What changed, not covered before this revision (a log kept short: older changes are forgotten). */
const KEPT = 1000;

/**
 * The index's recent changes, one per revision, so that views keeping derived state (agenda,
 * insights) work out again only what a change touched: one note → the people it mentions → their rows.
 */
export class ChangeLog {
	private entries: IndexChange[] = [];
	/** The people whose state the change being applied touches. */
	private readonly touched = new Set<string>();

	/** Notes that the change being applied touches this person's state (note, interactions, follow-ups), or removes them. */
	touch(person: string): void {
		this.touched.add(person);
	}

	/** Closes the change being applied as `revision`. */
	record(revision: number, path: string, reresolved: ReadonlySet<string>): void {
		this.entries.push({ revision, path, notes: reresolved.size === 0 ? [path] : [path, ...reresolved], people: [...this.touched] });
		this.touched.clear();
		if (this.entries.length > 2 * KEPT) this.entries = this.entries.slice(-KEPT);
	}

	/** Paths changed after `revision` (up to `current`), or null when that is too long ago to tell. */
	pathsSince(revision: number, current: number): string[] | null {
		if (revision >= current) return [];
		const first = this.entries[0];
		if (!first || first.revision > revision + 1) return null;
		return [...new Set(this.entries.filter((c) => c.revision > revision).map((c) => c.path))];
	}

	/**
	 * The notes read again after `revision` (with the notes whose references were resolved again
	 * because of them) and the people whose state changed or who are gone; null when the log does
	 * not hold every change since then.
	 */
	since(revision: number, current: number): { notes: Set<string>; people: Set<string> } | null {
		const notes = new Set<string>();
		const people = new Set<string>();
		let covered = 0;
		for (let i = this.entries.length - 1; i >= 0; i--) {
			const c = this.entries[i] as IndexChange;
			if (c.revision <= revision) break;
			covered++;
			for (const n of c.notes) notes.add(n);
			for (const p of c.people) people.add(p);
		}
		return covered === Math.max(0, current - revision) ? { notes, people } : null;
	}
}
