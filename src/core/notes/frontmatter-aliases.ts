/**
 * YAML aliases (`*name`) repeat the list or map of their anchor (`&name`): a parser hands the same object
 * at every place, and a reader walking the values walks it again each time. Ten lists of ten aliases of
 * the one before ("billion laughs") is a few lines of text and a billion values to walk: the note would
 * freeze Obsidian, or the `rapport` command, for hours. Obsidian's metadata cache reads such a note as
 * it is written, so Rapport counts what the aliases add before any rule reads a value.
 */

/** Frontmatter longer than this is not parsed by the CLI (real frontmatter is a few hundred bytes). */
export const MAX_FRONTMATTER_CHARS = 256 * 1024;
/** How many aliases of a list or map one frontmatter may expand: enough for any real note, far too few for an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Values a frontmatter with aliases may hold once they are expanded: far above any real note. */
export const MAX_EXPANDED_VALUES = 20_000;

/** What a list or map holds once its aliases are expanded. */
interface Expanded {
	/** Its values, and theirs, however deep. */
	values: number;
	/** The lists and maps in it, however deep, each counted at every place it appears. */
	nested: number;
}

const isNested = (value: unknown): value is object => typeof value === "object" && value !== null;

/** Counts what lists and maps hold expanded, each walked once however many aliases repeat it. */
class AliasCount {
	private readonly known = new Map<object, Expanded>();
	/** Lists and maps on the way down: one met again holds itself (a cycle: counted as too many). */
	private readonly open = new Set<object>();

	/** The distinct lists and maps walked so far. */
	get distinct(): number {
		return this.known.size;
	}

	of(value: object): Expanded {
		const known = this.known.get(value);
		if (known !== undefined) return known;
		if (this.open.has(value)) return { values: Infinity, nested: Infinity };
		this.open.add(value);
		const out: Expanded = { values: 0, nested: 0 };
		for (const child of Object.values(value)) {
			out.values++;
			if (!isNested(child)) continue;
			const inner = this.of(child);
			out.values += inner.values;
			out.nested += 1 + inner.nested;
		}
		this.open.delete(value);
		this.known.set(value, out);
		return out;
	}
}

/**
 * The first key of `frontmatter` by which its aliases have expanded more than `MAX_ALIAS_COUNT` lists or maps,
 * or, with any alias, more than `MAX_EXPANDED_VALUES` values; null for a frontmatter without such aliases (each
 * list or map is walked once, so an alias bomb costs as many steps as it has lines). Its lists and maps must nest
 * at most a few hundred levels (`tooDeepKey` first).
 */
export function aliasBombKey(frontmatter: Record<string, unknown>): string | null {
	// Made for the first value that nests lists or maps: most frontmatters hold flat lists only (tags, attendees).
	let count: AliasCount | null = null;
	const flat: unknown[][] = [];
	let values = 0;
	let places = 0;
	for (const key of Object.keys(frontmatter)) {
		const value = frontmatter[key];
		if (!isNested(value)) continue;
		places++;
		if (isFlatList(value)) {
			values += 1 + value.length;
			if (!flat.includes(value)) flat.push(value);
		} else {
			count ??= new AliasCount();
			const inner = count.of(value);
			values += 1 + inner.values;
			places += inner.nested;
		}
		const aliases = places - flat.length - (count?.distinct ?? 0);
		if (aliases > MAX_ALIAS_COUNT || (aliases > 0 && values > MAX_EXPANDED_VALUES)) return key;
	}
	return null;
}

/** A list of plain values only (`[work, q3]`), as nearly every frontmatter list is. */
function isFlatList(value: object): value is unknown[] {
	if (!Array.isArray(value)) return false;
	for (const item of value as unknown[]) if (isNested(item)) return false;
	return true;
}
