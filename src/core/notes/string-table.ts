import { sharedString } from "../shared/text";

/** The strings many notes repeat (names, days), each kept once; stored notes refer to them by number. */
export class StringTable {
	private readonly list: string[];
	private ids: Map<string, number> | null = null;

	/** A table holding `list` (as stored), its strings shared with the parser's pool. */
	constructor(list: readonly string[] = []) {
		this.list = list.map(sharedString);
	}

	get size(): number {
		return this.list.length;
	}

	/** Adds `strings` at the end, in order (the strings another table added since it was last told, as a reading thread sends them). */
	extend(strings: readonly string[]): void {
		for (const text of strings) {
			const shared = sharedString(text);
			if (this.ids !== null && !this.ids.has(shared)) this.ids.set(shared, this.list.length);
			this.list.push(shared);
		}
	}

	/** The strings added from number `from` on, to be stored. */
	since(from: number): string[] {
		return this.list.slice(from);
	}

	/** The number of `text`, added when new. */
	id(text: string): number {
		if (this.ids === null) this.ids = new Map(this.list.map((t, i) => [t, i]));
		let id = this.ids.get(text);
		if (id === undefined) {
			id = this.list.length;
			this.list.push(text);
			this.ids.set(text, id);
		}
		return id;
	}

	/** The string of number `id`; throws when the table has none (the note is then read again). */
	text(id: unknown): string {
		const text = typeof id === "number" ? this.list[id] : undefined;
		if (text === undefined) throw new TypeError("no such string");
		return text;
	}
}
