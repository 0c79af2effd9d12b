/** How many changes the log holds: older ones are forgotten (views then work everything out again). */
const CAPACITY = 2000;

/**
 * The index's recent changes, one per revision, so that views keeping derived state (agenda,
 * insights) work out again only what a change touched: one note → the people it mentions → their rows.
 *
 * Kept in a ring of parallel lists, written in place: recording a change makes no object, and a
 * change that re-resolved no other note and touched at most one person makes no list either (adding
 * a whole vault records a hundred thousand changes, nearly all of them so).
 */
export class ChangeLog {
	private readonly revisions: number[] = new Array<number>(CAPACITY).fill(0);
	private readonly paths: string[] = new Array<string>(CAPACITY).fill("");
	/** The notes resolved again because of the change, or null for none. */
	private readonly reresolved: (readonly string[] | null)[] = new Array<readonly string[] | null>(CAPACITY).fill(null);
	/** The people whose state the change touched: none, one, or a list. */
	private readonly people: (readonly string[] | string | null)[] = new Array<readonly string[] | string | null>(CAPACITY).fill(null);
	/** Where the next change is written, and how many the ring holds. */
	private next = 0;
	private count = 0;
	/** The people whose state the change being applied touches. */
	private readonly touched = new Set<string>();
	/** During a bulk build: nothing is noted, the whole build is one change that forgets what came before. */
	private inBulk = false;

	/** Notes that the change being applied touches this person's state (note, interactions, follow-ups), or removes them. */
	touch(person: string): void {
		if (!this.inBulk) this.touched.add(person);
	}

	/**
	 * A bulk build starts: until `endBulk`, changes are not noted one by one (a vault of a hundred
	 * thousand notes would make a hundred thousand records, nearly all pushed out of the ring again).
	 */
	startBulk(): void {
		this.inBulk = true;
	}

	/**
	 * The bulk build is over, as one change: the log forgets every change before it, so a view asking
	 * what changed since an earlier revision is told to work everything out again (as it would be after
	 * more changes than the log holds).
	 */
	endBulk(): void {
		this.inBulk = false;
		this.touched.clear();
		this.count = 0;
	}

	/** Closes the change being applied as `revision`. */
	record(revision: number, path: string, reresolved: ReadonlySet<string>): void {
		const i = this.next;
		this.revisions[i] = revision;
		this.paths[i] = path;
		this.reresolved[i] = reresolved.size === 0 ? null : [...reresolved];
		this.people[i] = this.touchedPeople();
		this.touched.clear();
		this.next = (i + 1) % CAPACITY;
		this.count = Math.min(this.count + 1, CAPACITY);
	}

	/** Paths changed after `revision` (up to `current`), or null when that is too long ago to tell. */
	pathsSince(revision: number, current: number): string[] | null {
		if (revision >= current) return [];
		const newer = this.newerThan(revision, current);
		if (newer < 0) return null;
		const paths = new Set<string>();
		for (let k = newer - 1; k >= 0; k--) paths.add(this.paths[this.slot(k)] ?? "");
		return [...paths];
	}

	/**
	 * The notes read again after `revision` (with the notes whose references were resolved again
	 * because of them) and the people whose state changed or who are gone; null when the log does
	 * not hold every change since then.
	 */
	since(revision: number, current: number): { notes: Set<string>; people: Set<string> } | null {
		const newer = this.newerThan(revision, current);
		if (newer < 0) return null;
		const notes = new Set<string>();
		const people = new Set<string>();
		for (let k = 0; k < newer; k++) {
			const i = this.slot(k);
			notes.add(this.paths[i] ?? "");
			for (const n of this.reresolved[i] ?? []) notes.add(n);
			const touched = this.people[i] ?? null;
			if (typeof touched === "string") people.add(touched);
			else for (const p of touched ?? []) people.add(p);
		}
		return { notes, people };
	}

	private touchedPeople(): readonly string[] | string | null {
		if (this.touched.size === 0) return null;
		if (this.touched.size > 1) return [...this.touched];
		for (const p of this.touched) return p;
		return null;
	}

	/** The ring slot of the `k`-th newest change (0: the newest). */
	private slot(k: number): number {
		return (this.next - 1 - k + 2 * CAPACITY) % CAPACITY;
	}

	/** How many changes came after `revision` (up to `current`), or -1 when the log no longer holds them all. */
	private newerThan(revision: number, current: number): number {
		const wanted = Math.max(0, current - revision);
		if (wanted > this.count) return -1;
		// Changes are recorded one per revision: the newest `wanted` ones are those after `revision`, when they are.
		return wanted === 0 || this.revisions[this.slot(wanted - 1)] === revision + 1 ? wanted : -1;
	}
}
