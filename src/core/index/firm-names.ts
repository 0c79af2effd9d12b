import type { ContactRef, ParsedNote } from "../notes/note";
import { personOrgs } from "../notes/parsed-note";
import { foldName } from "../shared/text";
import { nameKeyOf } from "./person-keys";
import { orgNames } from "./person-marks";

/*
 * The firms a vault knows, folded: the organisations its people work for (`org: Apple`, `company: "[[Orgs/Apple Inc.|Apple]]"`),
 * and the notes named after a firm in a folder of firms (`Organizations/Apple.md`, `Aziende/Lumen.md`). A meeting's name that
 * says it was with one (`Meeting with Apple`, `Call with Acme`) names the firm, not a person whose first name it is.
 * So does a word any other note that is no person or meeting is named (`Atlas.md`, `Projects/Atlas.md`): `# Atlas / Registry
 * sync` names the project, as `[[Atlas]]` opens its note, not Atlas Kim; not an empty note (`Anna.md` made by clicking `[[Anna]]`),
 * nor one that only points at the person of its name (`Anna.md`: `See [[Anna Rossi]]`).
 */

/** Folders that hold notes about firms (folded), as vaults name them in English and Italian. */
const FIRM_FOLDERS = new Set([
	"organizations", "organisations", "organization", "organisation", "orgs", "companies", "company", "firms", "businesses", "clients", "customers",
	"vendors", "suppliers", "partners", "organizzazioni", "aziende", "azienda", "societa", "clienti", "fornitori", "imprese", "enti",
]);

/**
 * The firms a note tells the vault of, folded: a person's organisations, or a firm's own note's name, or the name of one word
 * of a plain note with something in it (a project's, a place's: see `isOneWord`); none for any other note.
 */
export function firmsOf(note: ParsedNote | null): readonly string[] {
	if (note === null) return NO_FIRMS;
	if (note.kind === "person") {
		const orgs = note.person === null ? NO_FIRMS : personOrgs(note.person);
		if (orgs.length === 0) return NO_FIRMS;
		const keys = new Set<string>();
		for (const org of orgs) for (const name of orgNames(org)) if (nameKeyOf(name) !== "") keys.add(nameKeyOf(name));
		return [...keys];
	}
	if (note.kind !== "other" || !((isOneWord(note.title) && note.empty !== true) || inFirmFolder(note.path))) return NO_FIRMS;
	const key = nameKeyOf(note.title);
	return key === "" ? NO_FIRMS : [key];
}

/** A name of one word of letters (`Atlas`, `Zürich`, `Jean-Luc`): one a meeting's name may take for a first name. */
const ONE_WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

/** Whether a note's name is one word of letters, as a first name is written (a day, `2026-11-20`, or a phrase is none). */
function isOneWord(title: string): boolean {
	return title.length <= 64 && ONE_WORD.test(title);
}

/** Whether a note sits in a folder of firms (`Organizations/Apple.md`, `CRM/Companies/Acme/Acme.md`). */
function inFirmFolder(path: string): boolean {
	const parts = path.split("/");
	for (let i = parts.length - 2; i >= 0; i--) if (FIRM_FOLDERS.has(foldName(parts[i] ?? ""))) return true;
	return false;
}

/** The firms in `a` and not in `b`, or in `b` and not in `a`. */
export function firmsChanged(a: readonly string[], b: readonly string[]): string[] {
	if (a.length === 0 && b.length === 0) return [];
	return [...a.filter((k) => !b.includes(k)), ...b.filter((k) => !a.includes(k))];
}

/** Whether a contact is a name a meeting's own name gives (`Sync with Anna`): the only contacts written without a link. */
export function isTitleName(c: ContactRef): boolean {
	return c.kind === "mention" && !c.ref.link;
}

const NO_FIRMS: readonly string[] = Object.freeze([]);

/** The firms a vault knows, folded, with how many notes tell of each (`firmsOf`). */
export class KnownFirms {
	private readonly count = new Map<string, number>();

	/** A note tells of the firm `key`; true when the vault knew no firm of that name before. */
	add(key: string): boolean {
		const n = this.count.get(key) ?? 0;
		this.count.set(key, n + 1);
		return n === 0;
	}

	/** A note no longer tells of the firm `key`. */
	remove(key: string): void {
		const n = this.count.get(key) ?? 0;
		if (n <= 1) this.count.delete(key);
		else this.count.set(key, n - 1);
	}

	has(key: string): boolean {
		return this.count.has(key);
	}

	none(): boolean {
		return this.count.size === 0;
	}
}
