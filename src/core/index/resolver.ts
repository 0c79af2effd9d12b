import type { ContactRef, ParsedNote, Ref } from "../notes/note";
import { basename, folderOf } from "../shared/text";
import { linkPathOf } from "../notes/logseq-page-names";
import { normalizeRelative, pick } from "./link-paths";
import { familyKeys, markOf, personMarks, withoutTrailingParenthesis } from "./person-marks";
import { addTo, NOBODY, removeFrom, sortedPaths } from "./path-sets";
import { PersonHandles } from "./person-handles";
import { umlautsWrittenOut } from "../shared/umlauts";
import { isTitleName, KnownFirms } from "./firm-names";
import { emailIn, firstWordKeyOfPlainName, firstWordKeyOfTarget, handleKeyOfTarget, isEmailKey, isOneWordHandle, isPrintableAscii, isNameKey, isWordOrderKey, linkKey, nameBeforeEmail, nameKeyOf, personKeys, spellingOf, spellingsOf, wordOrderKey } from "./person-keys";

export { nameKeyOf, personKeys } from "./person-keys";
export { familyKeys, personMarks } from "./person-marks";

/**
 * Finds the person a link or a name points to, the way Obsidian resolves links: by path or by
 * file name, case-insensitive, aliases included; plain names also ignore accents.
 */
export class PersonResolver {
	private readonly byPath = new Map<string, string>();
	private readonly byName = new Map<string, Set<string>>();
	private readonly byAlias = new Map<string, Set<string>>();
	private readonly byFolded = new Map<string, Set<string>>();
	/** `anna@lumen.example` → the people whose `email` it is: an attendee written as an email address. */
	private readonly byEmail = new Map<string, Set<string>>();
	/** The people whose notes give an email address. */
	private readonly withEmail = new Set<string>();
	/** A name's words in alphabetical order (`wordOrderKey`) → the people named so in some order. */
	private readonly byWords = new Map<string, Set<string>>();
	/** The people whose Logseq page is named with dots (`pages/people.Anna Rossi.md`), with the path they are linked by (`pages/people/Anna Rossi`). */
	private readonly dottedLinkPaths = new Map<string, string>();
	/** The people each handle names (`@AnnaRossi`, `@anna`), filed once a handle is looked up. */
	private readonly handles = new PersonHandles(this.byFolded);
	/** A person's names as written (case aside), for people whose folded names are shared: `Niccolò` beside `Niccolo`. */
	private readonly spellingsOf = new Map<string, readonly string[]>();
	/** `anna rossi` → the people named `Anna Rossi (…)`: same-named people told apart by a parenthesis. */
	private readonly byFamily = new Map<string, Set<string>>();
	/** A person's marks (see `personMarks`), for people who have any. */
	private readonly marksOf = new Map<string, readonly string[]>();
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
	private readonly linkMemo = new Map<string, readonly string[]>();
	/**
	 * Plain names (`attendees: Anna Rossi`) already resolved, while no person came or went: the person,
	 * or null for nobody or several. A plain name never depends on the note it is written in.
	 */
	private readonly nameMemo = new Map<string, string | null>();
	/** The firms the vault knows (`firmsOf`: people's organisations, firms' own notes). */
	readonly firms = new KnownFirms();
	/** Link targets and plain names → the keys each is filed under (this resolver's own memos, never shared between vaults). */
	private readonly linkKeysMemo = new Map<string, readonly string[]>();
	private readonly nameKeysMemo = new Map<string, readonly string[]>();

	/**
	 * A person note came. `keys`, `family` and `marks`: its `personKeys`, their `familyKeys` and its
	 * `personMarks`, when the caller worked them out already (the index does, to compare a note's old and new names).
	 */
	add(person: ParsedNote, keys: readonly string[] = personKeys(person), family: readonly string[] = familyKeys(keys), marks: readonly string[] = personMarks(person, keys)): void {
		this.forgetAnswers();
		const linkPath = linkPathOf(person.path, person.title);
		this.byPath.set(linkKey(linkPath), person.path);
		if (linkPath !== linkPathOf(person.path)) this.dottedLinkPaths.set(person.path, linkPath);
		this.countName(addTo(this.byName, linkKey(person.title), person.path), 1);
		for (const alias of person.person?.aliases ?? []) this.countName(addTo(this.byAlias, linkKey(alias), person.path), 1);
		for (const key of keys) {
			if (!isNameKey(key)) {
				if (isWordOrderKey(key)) addTo(this.byWords, key, person.path);
				else this.handles.add(key, person.path);
			} else if (isEmailKey(key)) {
				addTo(this.byEmail, key, person.path);
				this.withEmail.add(person.path);
			} else addTo(this.byFolded, key, person.path);
		}
		for (const key of family) addTo(this.byFamily, key, person.path);
		if (marks.length > 0) this.marksOf.set(person.path, marks);
		this.spellingsOf.set(person.path, spellingsOf(person));
	}

	/** Whether a contact is a meeting's own name that names a firm the vault knows (`Meeting with Apple`): it is with no person. */
	titleNamesFirm(contact: ContactRef): boolean {
		return isTitleName(contact) && this.namesFirm(contact.ref.target);
	}

	/**
	 * Whether a name of one word that a meeting's own name gives (`Meeting with Apple`, read as `@apple`) is a firm the
	 * vault knows and no person's file name, `name` or alias: it names the firm, not whoever has that first name.
	 */
	namesFirm(target: string): boolean {
		if (this.firms.none()) return false;
		const word = target.startsWith("@") ? target.slice(1) : target;
		if (/\s/.test(word.trim())) return false;
		const key = nameKeyOf(word);
		return this.firms.has(key) && !this.byFolded.has(key);
	}

	/** Whether some person has the folded word `key` as her first name (`apple`: Apple Martin), which a title's firm would take. */
	isFirstName(key: string): boolean {
		return !/\s/.test(key) && this.handles.candidates(`@${key}`).length > 0;
	}

	/** The people whose first name is the folded word `key` (`apple`: Apple Martin). */
	firstNamed(key: string): readonly string[] {
		return /\s/.test(key) ? NOBODY : this.handles.candidates(`@${key}`);
	}

	/** A person's names as written, case aside: file name, `name`, aliases; none for no person. */
	names(path: string): readonly string[] {
		return this.spellingsOf.get(path) ?? NOBODY;
	}

	/** A person note went (`keys`, `family`: as for `add`). */
	remove(person: ParsedNote, keys: readonly string[] = personKeys(person), family: readonly string[] = familyKeys(keys)): void {
		this.forgetAnswers();
		this.byPath.delete(linkKey(linkPathOf(person.path, person.title)));
		this.dottedLinkPaths.delete(person.path);
		this.countName(removeFrom(this.byName, linkKey(person.title), person.path), -1);
		for (const alias of person.person?.aliases ?? []) this.countName(removeFrom(this.byAlias, linkKey(alias), person.path), -1);
		for (const key of keys) {
			if (isNameKey(key)) removeFrom(isEmailKey(key) ? this.byEmail : this.byFolded, key, person.path);
			else if (isWordOrderKey(key)) removeFrom(this.byWords, key, person.path);
			else this.handles.remove(key, person.path);
		}
		for (const key of family) removeFrom(this.byFamily, key, person.path);
		this.marksOf.delete(person.path);
		this.spellingsOf.delete(person.path);
		this.withEmail.delete(person.path);
	}

	/**
	 * A note that is no person came (`title`: its file name without `.md`). True when a link may now
	 * open another note than before: a person has that file name or alias (the notes that link it must
	 * be read again); the answers kept are then forgotten.
	 */
	addOther(path: string, title: string): boolean {
		const key = linkKey(title);
		const known = this.othersByName.get(key);
		if (known === undefined) this.othersByName.set(key, path);
		else if (typeof known === "string") {
			if (known !== path) this.othersByName.set(key, [known, path]);
		} else if (!known.includes(path)) known.push(path);
		return this.othersChanged(key);
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
		return this.othersChanged(key);
	}

	/** Whether a person has the file name or alias `title` (case and Unicode form aside). */
	namesPerson(title: string): boolean {
		// Most titles are printable ASCII of a length no person's name or alias has: no key to make and look up.
		const n = title.length;
		if ((n >= this.nameLengths.length || this.nameLengths[n] === 0) && isPrintableAscii(title)) return false;
		const key = linkKey(title);
		return this.byName.has(key) || this.byAlias.has(key);
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

		/** A key of `byName` or `byAlias` was filed (`by` 1) or taken out (-1); "" for neither. */
	private countName(key: string, by: number): void {
		if (key === "") return;
		while (this.nameLengths.length <= key.length) this.nameLengths.push(0);
		this.nameLengths[key.length] = (this.nameLengths[key.length] ?? 0) + by;
	}

	/** Whether a link to the file name `key` may name a person, forgetting the answers kept when it may. */
	private othersChanged(key: string): boolean {
		if (!this.byName.has(key) && !this.byAlias.has(key)) return false;
		this.forgetAnswers();
		return true;
	}

	/**
	 * The person note `ref`, written in the note at `fromPath`, points to; null when it is nobody, or
	 * when it could be several people (see `candidates`): a CRM never credits the wrong person.
	 */
	resolve(ref: Ref, fromPath: string): string | null {
		// `1:1 with Apple` where Apple is a firm the vault knows: the firm, not Apple Martin.
		if (ref.fromTitle === true && this.namesFirm(ref.target)) return null;
		if (!ref.link) return this.resolveName(ref.target);
		const found = this.candidates(ref, fromPath);
		return found.length === 1 ? (found[0] ?? null) : null;
	}

	/** A plain name: the one person it names, else null; worked out once per spelling while no person comes or goes. */
	private resolveName(target: string): string | null {
		const known = this.nameMemo.get(target);
		if (known !== undefined) return known;
		const named = this.byFolded.get(nameKeyOf(target));
		let found: string | null;
		if (named) found = named.size === 1 ? (named.values().next().value ?? null) : onlyOne(this.asSpelled(named, target));
		else {
			const list = this.candidates({ target, link: false, line: 0 }, "");
			found = list.length === 1 ? (list[0] ?? null) : null;
		}
		if (this.nameMemo.size > 100000) this.nameMemo.clear();
		this.nameMemo.set(target, found);
		return found;
	}

	/**
	 * Whether `ref` resolves alike from every note (while no person comes or goes): a plain name, or a
	 * link without a folder to a file name at most one person note has (the answers `linkCandidates` keeps).
	 */
	resolvesAlike(ref: Ref): boolean {
		if (ref.fromTitle === true) return false;
		if (!ref.link) return true;
		const t = linkKey(ref.target).replace(/^\/+/, "");
		if (t.includes("/")) return false;
		const byName = this.byName.get(t);
		return !byName || (byName.size <= 1 && !this.othersByName.has(t));
	}

	/** A person came or went: every answer kept may have changed. */
	private forgetAnswers(): void {
		// Only when there is something to forget: clearing a map makes it a new table, and a start adds ten thousand people in a row.
		if (this.linkMemo.size > 0) this.linkMemo.clear();
		if (this.nameMemo.size > 0) this.nameMemo.clear();
	}

	/**
	 * The person notes `ref` may point to: none, exactly one, or several it cannot tell apart (sorted).
	 * A link that names a file resolves as Obsidian resolves it (same folder, then the shortest path)
	 * and is never ambiguous; a link that matches only aliases, or a plain name (file name, `name` or
	 * alias, ignoring case and accents), is ambiguous when it matches more than one person.
	 */
	candidates(ref: Ref, fromPath: string): readonly string[] {
		if (ref.link) return this.linkCandidates(ref.target, fromPath);
		// A lowercase handle keeps its `@` (`@anna`): a person named so whole is it before any whose first name it is.
		const whole = isOneWordHandle(ref.target) ? ref.target.slice(1) : ref.target;
		const named = this.byFolded.get(nameKeyOf(whole));
		if (named) return named.size === 1 ? sortedPaths(named) : this.asSpelled(named, whole);
		// `Jörg Schröder` for `Joerg Schroeder.md`: the umlauts as his note writes them out.
		const writtenOut = umlautsWrittenOut(whole);
		const spelledOut = writtenOut === null ? undefined : this.byFolded.get(nameKeyOf(writtenOut));
		if (spelledOut) return spelledOut.size === 1 ? sortedPaths(spelledOut) : this.asSpelled(spelledOut, writtenOut ?? whole);
		const email = emailIn(ref.target);
		if (email !== null) {
			const owners = this.byEmail.get(email);
			const name = nameBeforeEmail(ref.target);
			const named = name === "" ? NOBODY : this.namedBeside(name, ref.line, fromPath);
			if (!owners) return named; // `Anna Rossi <anna@home.example>`, an address no note has: the name decides.
			// `Anna Rossi <marco@lumen.example>`, Marco's address beside another person's name: either could be meant.
			const others = named.filter((p) => !owners.has(p));
			return others.length > 0 && others.length === named.length ? [...owners, ...others].sort() : sortedPaths(owners);
		}
		// `Anna Rossi (Lumen)`: the name with what tells her apart in parentheses, when no note is named so.
		const bare = withoutTrailingParenthesis(ref.target);
		if (bare !== ref.target) {
			const marked = this.markedCandidates(nameKeyOf(bare), markOf(ref.target));
			// `Luca (remote)`, `Marco (Lumen)`: a first name alone, told apart by the parenthesis when several share it.
			return marked.length > 0 || firstWordKeyOfPlainName(bare) === null ? marked : this.markedAmong(this.handles.candidates(bare), markOf(ref.target));
		}
		// `Rossi Anna`: a name no one has, whose words are in another order one's name.
		const words = wordOrderKey(nameKeyOf(ref.target));
		if (words !== null) return sortedPaths(this.byWords.get(words));
		// `@AnnaRossi`, `@anna.rossi`: a handle, one's name run together; `@anna`, `@jean-luc`, a plain `Anna`: one's first name.
		return this.handles.candidates(ref.target);
	}

	/**
	 * The people the name written beside an address (`Li Wei <li.wei@x.example>`) may be, for `candidates`:
	 * a person whose name has those words only in another order (`Wei Li`) is none when her note gives
	 * addresses, since the address then would be hers (`candidates` looks at the address's owners).
	 */
	private namedBeside(name: string, line: number, fromPath: string): readonly string[] {
		const named = this.candidates({ target: name, link: false, line }, fromPath);
		const swapped = named.length > 0 && !this.byFolded.has(nameKeyOf(name)) && withoutTrailingParenthesis(name) === name;
		return swapped ? named.filter((p) => !this.withEmail.has(p)) : named;
	}

	/**
	 * Among people who share a folded name, the ones who write it as `target` does (case aside):
	 * `Niccolò` is the Niccolò of a vault that also has a Niccolo. All of them when none or several do.
	 */
	private asSpelled(named: ReadonlySet<string>, target: string): readonly string[] {
		const spelled = spellingOf(target);
		const exact = [...named].filter((p) => this.spellingsOf.get(p)?.includes(spelled));
		return exact.length > 0 ? exact.sort() : sortedPaths(named);
	}

	/**
	 * `Anna Rossi (Lumen)` among the people named Anna Rossi or `Anna Rossi (…)`: the ones whose
	 * organisation or parenthesis is Lumen; else the ones nothing marks as someone else; else, when one
	 * plain Anna Rossi is the only one of her name, her (the parenthesis may say where they met); else
	 * all of them, which is ambiguous.
	 */
	private markedCandidates(bareKey: string, mark: string): readonly string[] {
		const plain = this.byFolded.get(bareKey);
		const family = new Set([...(plain ?? []), ...(this.byFamily.get(bareKey) ?? [])]);
		if (family.size === 0) return NOBODY;
		const marked = [...family].filter((p) => this.marksOf.get(p)?.includes(mark));
		if (marked.length > 0) return marked.sort();
		const unmarked = [...family].filter((p) => !this.marksOf.has(p));
		if (unmarked.length > 0) return unmarked.sort();
		if (family.size === 1) return plain ? sortedPaths(plain) : NOBODY;
		return [...family].sort();
	}

	/** Among the people of one first name, the one the parenthesis names (`Marco (Lumen)`); the one there is, whatever it says. */
	private markedAmong(people: readonly string[], mark: string): readonly string[] {
		if (people.length <= 1) return people;
		const marked = people.filter((p) => this.marksOf.get(p)?.includes(mark));
		return marked.length > 0 ? marked : people;
	}

	/**
	 * The folded keys under which an index files a reference, matching `personKeys`: its name, and
	 * for `Anna Rossi (Lumen)` also `anna rossi`, so the reference is read again when either person
	 * comes or goes.
	 */
	refKeys(ref: Ref): readonly string[] {
		// A link's folder is a path (`[[Clients/Anna]]` names Anna); a plain name is whole, slashes and all (`AC/DC`).
		const memo = ref.link ? this.linkKeysMemo : this.nameKeysMemo;
		let keys = memo.get(ref.target);
		if (keys === undefined) {
			const name = ref.link ? basename(ref.target) : ref.target;
			const key = nameKeyOf(name);
			const bare = withoutTrailingParenthesis(name);
			keys = bare === name ? [key] : [key, nameKeyOf(bare)];
			const words = ref.link || bare !== name ? null : wordOrderKey(key);
			if (words !== null) keys = [...keys, words];
			const writtenOut = ref.link ? null : umlautsWrittenOut(name);
			if (writtenOut !== null) keys = [...keys, nameKeyOf(writtenOut)];
			const handle = ref.link ? null : handleKeyOfTarget(name);
			if (handle !== null) keys = [...keys, handle];
			const first = ref.link ? null : (firstWordKeyOfTarget(name) ?? firstWordKeyOfPlainName(bare));
			if (first !== null) keys = [...keys, first];
			const email = ref.link ? null : emailIn(name);
			if (email !== null && email !== key) {
				const before = nameBeforeEmail(name);
				const named = nameKeyOf(before);
				// `Luca <luca@lumen.example>`: the name beside the address may be a first name alone (see `namedBeside`).
				keys = [...keys, email, named, wordOrderKey(named) ?? "", firstWordKeyOfPlainName(before) ?? ""].filter((k) => k !== "");
			}
			if (memo.size > 100000) memo.clear();
			memo.set(ref.target, keys);
		}
		return keys;
	}

	/** The key under which an unknown reference is grouped (its written name, folded). */
	refKey(ref: Ref): string {
		return this.refKeys(ref)[0] ?? "";
	}

	/** Groups of people who share a name (ignoring case and accents). */
	duplicates(): string[][] {
		const out: string[][] = [];
		for (const paths of this.byFolded.values()) if (paths.size > 1) out.push([...paths].sort());
		return out;
	}

	private linkCandidates(target: string, fromPath: string): readonly string[] {
		const known = this.linkMemo.get(target);
		if (known !== undefined) return known;
		const t = linkKey(target).replace(/^\/+/, "");
		if (t.includes("/")) return this.pathCandidates(t, fromPath);
		const byName = this.byName.get(t);
		const others = this.othersByName.get(t);
		// Among files of that name, the one Obsidian opens, which may be no person.
		if (byName && (byName.size > 1 || others !== undefined)) return this.personOpened(byName, others, fromPath);
		const found = byName ? sortedPaths(byName) : others !== undefined ? NOBODY : sortedPaths(this.byAlias.get(t));
		this.linkMemo.set(target, found);
		return found;
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
		// `spellingsOf` holds every person's path.
		return opened !== null && this.spellingsOf.has(opened) ? [opened] : NOBODY;
	}
}

function listOf(paths: string | readonly string[]): readonly string[] {
	return typeof paths === "string" ? [paths] : paths;
}

function onlyOne(paths: readonly string[]): string | null {
	return paths.length === 1 ? (paths[0] ?? null) : null;
}
