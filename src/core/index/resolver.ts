import type { ContactRef, ParsedNote, Ref } from "../notes/note";
import { familyKeys, markOf, personMarks, withoutTrailingParenthesis } from "./person-marks";
import { addTo, NOBODY, removeFrom, sortedPaths } from "./path-sets";
import { PersonHandles } from "./person-handles";
import { PersonLinks } from "./person-links";
import { RefKeys } from "./ref-keys";
import { umlautsWrittenOut } from "../shared/umlauts";
import { isTitleName, KnownFirms } from "./firm-names";
import { NamesakePointers } from "./namesake-pointers";
import { pointerAlike, throughPointer } from "./pointer-links";
import { emailIn, firstWordKeyOfPlainName, isEmailKey, isOneWordHandle, isNameKey, isWordOrderKey, nameBeforeEmail, nameKeyOf, personKeys, spellingOf, spellingsOf, wordOrderKey } from "./person-keys";

export { nameKeyOf, personKeys } from "./person-keys";
export { familyKeys, personMarks } from "./person-marks";

/**
 * Finds the person a link or a name points to: a link the way Obsidian resolves it, by path or by
 * file name, case-insensitive, aliases included (`PersonLinks`); a plain name (an attendee, a handle,
 * an address) by its folded name, ignoring accents, word order and what a parenthesis adds.
 */
export class PersonResolver {
	/** Links, by path or file name, as Obsidian opens them. */
	private readonly links = new PersonLinks((path) => this.spellingsOf.has(path));
	private readonly byFolded = new Map<string, Set<string>>();
	/** `anna@lumen.example` → the people whose `email` it is: an attendee written as an email address. */
	private readonly byEmail = new Map<string, Set<string>>();
	/** The people whose notes give an email address. */
	private readonly withEmail = new Set<string>();
	/** A name's words in alphabetical order (`wordOrderKey`) → the people named so in some order. */
	private readonly byWords = new Map<string, Set<string>>();
	/** The people each handle names (`@AnnaRossi`, `@anna`), filed once a handle is looked up. */
	private readonly handles = new PersonHandles(this.byFolded);
	/** A person's names as written (case aside), for people whose folded names are shared: `Niccolò` beside `Niccolo`. */
	private readonly spellingsOf = new Map<string, readonly string[]>();
	/** `anna rossi` → the people named `Anna Rossi (…)`: same-named people told apart by a parenthesis. */
	private readonly byFamily = new Map<string, Set<string>>();
	/** A person's marks (see `personMarks`), for people who have any. */
	private readonly marksOf = new Map<string, readonly string[]>();
	/**
	 * Plain names (`attendees: Anna Rossi`) already resolved, while no person came or went: the person,
	 * or null for nobody or several. A plain name never depends on the note it is written in.
	 */
	private readonly nameMemo = new Map<string, string | null>();
	/** The firms the vault knows (`firmsOf`: people's organisations, firms' own notes). */
	readonly firms = new KnownFirms();
	/** The one-word notes that only point at the person of their name (`Anna.md`: `See [[Anna Bianchi]]`). */
	readonly pointers = new NamesakePointers();
	/** The keys each reference is filed under (this resolver's own, never shared between vaults). */
	private readonly keysOfRefs = new RefKeys();

	/**
	 * A person note came. `keys`, `family` and `marks`: its `personKeys`, their `familyKeys` and its
	 * `personMarks`, when the caller worked them out already (the index does, to compare a note's old and new names).
	 */
	add(person: ParsedNote, keys: readonly string[] = personKeys(person), family: readonly string[] = familyKeys(keys), marks: readonly string[] = personMarks(person, keys)): void {
		this.forgetAnswers();
		this.links.add(person);
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
		if (this.firms.none() && this.pointers.none()) return false;
		const word = target.startsWith("@") ? target.slice(1) : target;
		if (/\s/.test(word.trim())) return false;
		const key = nameKeyOf(word);
		if (this.byFolded.has(key)) return false;
		// `Anna.md` only pointing at [[Anna Bianchi]], who has no person note: `Anna` is hers, not Anna Rossi's.
		return this.firms.has(key) || this.pointers.pointsAtNoPerson(key, (name) => this.byFolded.has(name));
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
		this.links.remove(person);
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
		return this.forgetAnswersWhen(this.links.addOther(path, title));
	}

	/** A note that is no person went; true as for `addOther`. */
	removeOther(path: string, title: string): boolean {
		return this.forgetAnswersWhen(this.links.removeOther(path, title));
	}

	/** Whether a person has the file name or alias `title` (case and Unicode form aside). */
	namesPerson(title: string): boolean {
		return this.links.namesPerson(title);
	}

	/**
	 * The people whose file name or alias a link without a folder names (`[[Mario]]` → `People/Mario.md`),
	 * sorted; none for a link with a folder.
	 */
	peopleNamedByLink(target: string): readonly string[] {
		return this.links.peopleNamedByLink(target);
	}

	/** `changed`, having forgotten the answers kept when true: a link may now open another note. */
	private forgetAnswersWhen(changed: boolean): boolean {
		if (changed) this.forgetAnswers();
		return changed;
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
	 * link without a folder to a file name at most one person note has (the answers `PersonLinks` keeps).
	 */
	resolvesAlike(ref: Ref): boolean {
		if (ref.fromTitle === true) return false;
		return !ref.link || (this.links.resolvesAlike(ref.target) && pointerAlike(this.pointers, ref.target));
	}

	/** A person came or went: every answer kept may have changed. */
	private forgetAnswers(): void {
		// Only when there is something to forget: clearing a map makes it a new table, and a start adds ten thousand people in a row.
		this.links.forgetAnswers();
		if (this.nameMemo.size > 0) this.nameMemo.clear();
	}

	/**
	 * The person notes `ref` may point to: none, exactly one, or several it cannot tell apart (sorted).
	 * A link that names a file resolves as Obsidian resolves it (same folder, then the shortest path)
	 * and is never ambiguous; a link that matches only aliases, or a plain name (file name, `name` or
	 * alias, ignoring case and accents), is ambiguous when it matches more than one person.
	 */
	candidates(ref: Ref, fromPath: string): readonly string[] {
		if (ref.link) {
			const opened = this.links.candidates(ref.target, fromPath);
			// `[[Anna]]` opening `Anna.md`, which only says `See [[Anna Rossi]]`: Anna Rossi, when hers is a person note.
			return opened.length > 0 ? opened : throughPointer(this.pointers, ref.target, fromPath, (target, from) => this.links.candidates(target, from));
		}
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
		return this.keysOfRefs.of(ref);
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
}

function onlyOne(paths: readonly string[]): string | null {
	return paths.length === 1 ? (paths[0] ?? null) : null;
}
