import type { ParsedNote } from "../notes/note";
import { folderOf } from "../shared/text";
import { linkPathOf } from "../notes/logseq-page-names";
import { normalizeRelative, pick } from "./link-paths";
import { addTo, NOBODY, removeFrom, sortedPaths } from "./path-sets";
import { isPrintableAscii, linkKey } from "./person-keys";

/**
 * The person notes a link opens, the way Obsidian resolves links: by path or by file name,
 * case-insensitive (same folder, then the shortest path), and by alias when no file has the name. A
 * note that is no person but has the file name (`Places/Paris.md`) is what `[[Paris]]` opens, whoever
 * goes by Paris. Plain names are `PersonResolver`'s.
 */
export class PersonLinks {
	private readonly byPath = new Map<string, string>();
	private readonly byName = new Map<string, Set<string>>();
	private readonly byAlias = new Map<string, Set<string>>();
	/** The people whose Logseq page is named with dots (`pages/people.Anna Rossi.md`), with the path they are linked by (`pages/people/Anna Rossi`). */
	private readonly dottedLinkPaths = new Map<string, string>();
	/**
	 * The notes that are no person, by file name (`linkKey`): one path, or a list when several share
	 * it. Obsidian opens `[[Paris]]` by file name, never by alias, so a link to `Places/Paris.md` is
	 * the place, whoever goes by Paris.
	 */
	private readonly othersByName = new Map<string, string | string[]>();
	/** How many file names and aliases of people (`byName`, `byAlias`) have each length, in `linkKey` form. */
	private readonly nameLengths: number[] = [];
	/**
	 * Link targets (without a folder) already resolved, while no person came or went: a vault links the
	 * same few thousand names from tens of thousands of notes. Only answers that do not depend on the
	 * linking note's folder are kept (the name is one person's, nobody's, or only aliases').
	 */
	private readonly memo = new Map<string, readonly string[]>();

	/** `isPerson`: whether a path is a person note's, for the note Obsidian opens among people and other notes. */
	constructor(private readonly isPerson: (path: string) => boolean) {}

	/** A person note came. */
	add(person: ParsedNote): void {
		const linkPath = linkPathOf(person.path, person.title);
		this.byPath.set(linkKey(linkPath), person.path);
		if (linkPath !== linkPathOf(person.path)) this.dottedLinkPaths.set(person.path, linkPath);
		this.countName(addTo(this.byName, linkKey(person.title), person.path), 1);
		for (const alias of person.person?.aliases ?? []) this.countName(addTo(this.byAlias, linkKey(alias), person.path), 1);
	}

	/** A person note went. */
	remove(person: ParsedNote): void {
		this.byPath.delete(linkKey(linkPathOf(person.path, person.title)));
		this.dottedLinkPaths.delete(person.path);
		this.countName(removeFrom(this.byName, linkKey(person.title), person.path), -1);
		for (const alias of person.person?.aliases ?? []) this.countName(removeFrom(this.byAlias, linkKey(alias), person.path), -1);
	}

	/**
	 * A note that is no person came (`title`: its file name without `.md`). True when a link may now
	 * open another note than before: a person has that file name or alias.
	 */
	addOther(path: string, title: string): boolean {
		const key = linkKey(title);
		const known = this.othersByName.get(key);
		if (known === undefined) this.othersByName.set(key, path);
		else if (typeof known === "string") {
			if (known !== path) this.othersByName.set(key, [known, path]);
		} else if (!known.includes(path)) known.push(path);
		return this.namesPersonKey(key);
	}

	/** A note that is no person went; true as for `addOther`. */
	removeOther(path: string, title: string): boolean {
		const key = linkKey(title);
		const known = this.othersByName.get(key);
		if (known === undefined) return false;
		if (typeof known === "string") {
			if (known !== path) return false;
			this.othersByName.delete(key);
		} else {
			const i = known.indexOf(path);
			if (i < 0) return false;
			known.splice(i, 1);
			if (known.length === 1) this.othersByName.set(key, known[0] as string);
		}
		return this.namesPersonKey(key);
	}

	/** Whether a person has the file name or alias `title` (case and Unicode form aside). */
	namesPerson(title: string): boolean {
		// Most titles are printable ASCII of a length no person's name or alias has: no key to make and look up.
		const n = title.length;
		if ((n >= this.nameLengths.length || this.nameLengths[n] === 0) && isPrintableAscii(title)) return false;
		return this.namesPersonKey(linkKey(title));
	}

	/**
	 * The people whose file name or alias a link without a folder names (`[[Mario]]` → `People/Mario.md`),
	 * sorted; none for a link with a folder.
	 */
	peopleNamedByLink(target: string): readonly string[] {
		const t = linkKey(target).replace(/^\/+/, "");
		if (t.includes("/")) return NOBODY;
		const named = this.byName.get(t);
		const aliased = this.byAlias.get(t);
		return aliased === undefined ? sortedPaths(named) : sortedPaths(new Set([...(named ?? []), ...aliased]));
	}

	/** Whether a link to `target` resolves alike from every note: no folder, and a file name at most one person note has (the answers `candidates` keeps). */
	resolvesAlike(target: string): boolean {
		const t = linkKey(target).replace(/^\/+/, "");
		if (t.includes("/")) return false;
		const byName = this.byName.get(t);
		return !byName || (byName.size <= 1 && !this.othersByName.has(t));
	}

	/** The person notes a link to `target`, written in the note at `fromPath`, may open: none, one, or (by aliases only) several, sorted. */
	candidates(target: string, fromPath: string): readonly string[] {
		const known = this.memo.get(target);
		if (known !== undefined) return known;
		const t = linkKey(target).replace(/^\/+/, "");
		if (t.includes("/")) return this.pathCandidates(t, fromPath);
		const byName = this.byName.get(t);
		const others = this.othersByName.get(t);
		// Among files of that name, the one Obsidian opens, which may be no person.
		if (byName && (byName.size > 1 || others !== undefined)) return this.personOpened(byName, others, fromPath);
		const found = byName ? sortedPaths(byName) : others !== undefined ? NOBODY : sortedPaths(this.byAlias.get(t));
		this.memo.set(target, found);
		return found;
	}

	/** A person came or went, or a note took a person's name: every answer kept may have changed. */
	forgetAnswers(): void {
		// Only when there is something to forget: clearing a map makes it a new table, and a start adds ten thousand people in a row.
		if (this.memo.size > 0) this.memo.clear();
	}

	/** Whether a person has the file name or alias `key` (in `linkKey` form). */
	private namesPersonKey(key: string): boolean {
		return this.byName.has(key) || this.byAlias.has(key);
	}

	/** A key of `byName` or `byAlias` was filed (`by` 1) or taken out (-1); "" for neither. */
	private countName(key: string, by: number): void {
		if (key === "") return;
		while (this.nameLengths.length <= key.length) this.nameLengths.push(0);
		this.nameLengths[key.length] = (this.nameLengths[key.length] ?? 0) + by;
	}

	/** A link with a folder (`t`: its `linkKey`): the note at that path, else the notes whose paths end so. */
	private pathCandidates(t: string, fromPath: string): readonly string[] {
		const name = t.slice(t.lastIndexOf("/") + 1);
		const others = this.othersByName.get(name);
		for (const path of [t, linkKey(normalizeRelative(folderOf(fromPath), t))]) {
			const person = this.byPath.get(path);
			if (person) return [person];
			if (others !== undefined && listOf(others).some((p) => linkKey(linkPathOf(p)) === path)) return NOBODY;
		}
		const ending = (p: string): boolean => linkKey(this.dottedLinkPaths.get(p) ?? linkPathOf(p)).endsWith("/" + t);
		const people = [...(this.byName.get(name) ?? [])].filter(ending);
		return this.personOpened(people, others === undefined ? undefined : listOf(others).filter(ending), fromPath);
	}

	/** Of the people and other notes a link may open, the one Obsidian opens when it is a person: as a list of one, else none. */
	private personOpened(people: Iterable<string>, others: string | readonly string[] | undefined, fromPath: string): readonly string[] {
		const all = new Set(people);
		if (all.size === 0) return NOBODY;
		if (others !== undefined) for (const p of listOf(others)) all.add(p);
		const opened = pick(all, fromPath);
		return opened !== null && this.isPerson(opened) ? [opened] : NOBODY;
	}
}

function listOf(paths: string | readonly string[]): readonly string[] {
	return typeof paths === "string" ? [paths] : paths;
}
