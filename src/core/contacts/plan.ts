import type { DeathDate } from "../notes/death-period";
import { stringValues } from "../shared/text";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, displayName, hasIdentity } from "./contact";
import { type Known, sameValue, type NamesakeReason, writtenAs } from "./match";
import { PeopleLookup } from "./people-lookup";
import { knownFields } from "./known-fields";
import { ENGLISH_FILE_NAME_WORDS, type FileNameWords, safeFileName } from "./names";
import { type FrontmatterValue, isEmptyValue, yamlEntry } from "./yaml-lite";

/** A person note already in the vault, as the import sees it. */
export interface ExistingPerson {
	path: string;
	frontmatter: Record<string, unknown>;
	/** That the person died, as the index read it (see `PersonInfo.died`): the vCard export writes it as `DEATHDATE`. */
	died?: DeathDate | true;
	/** Its properties cannot be read (YAML that does not parse): it is matched by its name only, and never written. */
	unreadable?: true;
}

export interface PlannedNote {
	path: string;
	line: number;
	fields: [string, FrontmatterValue][];
}

export interface PlannedUpdate {
	path: string;
	line: number;
	/** Fields the note does not have yet (or has empty), in the order they will be added. */
	add: [string, FrontmatterValue][];
	/** The name of the contact that completes the note, when the note writes no name so (`Rossi Anna` for `Anna Maria Rossi.md`): the preview says it. */
	from?: string;
}

/** A field of a note in the vault that the file gives another value: the note's value is kept. */
export interface Conflict {
	path: string;
	line: number;
	field: string;
	existing: string;
	incoming: string;
}

export interface Ambiguous {
	line: number;
	name: string;
	candidates: string[];
}

/**
 * A contact with the name of someone else (a note, or an earlier contact of the file) who is another
 * person: it gets a note of its own with a telling name, and the preview says why.
 */
export interface Distinct {
	line: number;
	name: string;
	/** The new note. */
	path: string;
	/** The namesake's note; `otherLine` is set when that note is planned from an earlier line of this file. */
	other: string;
	otherLine: number | null;
	reason: NamesakeReason;
}

/** A contact that repeats an earlier line of the same file: merged into the note planned for it. */
export interface Repeat {
	line: number;
	firstLine: number;
	path: string;
	/** Fields whose value differs from the earlier line's: the earlier value is kept. */
	dropped: string[];
}

/** A person note of the vault a contact matches whose properties cannot be read: left as it is, and said. */
export interface UnreadablePerson {
	path: string;
	/** The first line of the file that matches it. */
	line: number;
}

/** What an import would do, shown before anything is written. */
export interface ImportPlan {
	source: ContactFile["source"];
	creates: PlannedNote[];
	updates: PlannedUpdate[];
	conflicts: Conflict[];
	ambiguous: Ambiguous[];
	distinct: Distinct[];
	repeats: Repeat[];
	/** Notes a contact matches whose properties cannot be read: nothing is planned for them (see `ExistingPerson.unreadable`). */
	unreadable: UnreadablePerson[];
	/** Contacts already in the vault with nothing to add. */
	unchanged: number;
	problems: ContactProblem[];
	/** Fields of the file that no field of a note keeps (a photo, an address, a custom field): not written, and said. */
	notKept: ContactProblem[];
	/** The file was cut short: the contacts after this line are missing (see `ContactFile.cutShortAfterLine`); null when whole. */
	cutShortAfterLine: number | null;
}

/** The fields Rapport writes for a contact, in this order. Lists only when there is more than one value. */
export function contactFields(c: Contact): [string, FrontmatterValue][] {
	const out: [string, FrontmatterValue][] = [["type", "person"]];
	const one = (key: string, values: readonly string[]): void => {
		const unique = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))];
		if (unique.length === 1 && unique[0] !== undefined) out.push([key, unique[0]]);
		else if (unique.length > 1) out.push([key, unique]);
	};
	one("first_name", [c.firstName]);
	one("last_name", [c.lastName]);
	one("email", c.emails);
	one("phone", c.phones);
	one("fax", c.faxes);
	one("org", c.org ? [c.org] : []);
	one("role", c.role ? [c.role] : []);
	one("department", c.department ? [c.department] : []);
	one("birthday", c.birthday ? [c.birthday] : []);
	one("died", c.died ? [c.died] : []);
	one("linkedin", c.linkedin ? [c.linkedin] : []);
	one("website", c.websites);
	if (c.groups.length > 0) out.push(["groups", [...new Set(c.groups)]]);
	one("since", c.connectedOn ? [c.connectedOn] : []);
	one("note", c.note ? [c.note] : []);
	return out;
}

/** Fields that hold several values: a repeated contact adds to them instead of being dropped. */
const LIST_FIELDS = new Set(["email", "phone", "fax", "website", "groups"]);

/** What tells this person apart from a namesake, for the file name: the organisation, else the email, else the phone. */
function distinguisher(c: Contact, name: string): string {
	const org = c.org?.trim() ?? "";
	if (org !== "" && !name.toLowerCase().includes(org.toLowerCase())) return org;
	return c.emails[0]?.trim() || c.phones[0]?.trim() || "";
}

class Planner {
	readonly plan: ImportPlan;
	private readonly lookup: PeopleLookup;
	private readonly taken: Set<string>;
	private readonly updates = new Map<string, PlannedUpdate>();
	private readonly plannedNotes = new Map<string, PlannedNote>();
	/** For a file name, the first number that may be free after it (`Anna Rossi 7`): see {@link create}. */
	private readonly nextNumber = new Map<string, number>();

	constructor(
		file: ContactFile,
		existing: readonly ExistingPerson[],
		private readonly folder: string,
		takenPaths: ReadonlySet<string>,
		lookup?: PeopleLookup,
		private readonly words: FileNameWords = ENGLISH_FILE_NAME_WORDS,
	) {
		this.plan = { source: file.source, creates: [], updates: [], conflicts: [], ambiguous: [], distinct: [], repeats: [], unreadable: [], unchanged: 0, problems: [...file.problems], notKept: [...(file.notKept ?? [])], cutShortAfterLine: file.cutShortAfterLine ?? null };
		this.lookup = lookup ?? peopleLookup(existing);
		this.taken = new Set([...takenPaths].map((p) => p.normalize("NFC").toLowerCase()));
	}

	add(c: Contact): void {
		if (!hasIdentity(c)) {
			this.plan.problems.push(contactProblem(c.line, "noName"));
			return;
		}
		const fields = contactFields(c);
		const match = this.lookup.find(c, fields);
		if (match.kind === "ambiguous") {
			this.plan.ambiguous.push({ line: c.line, name: displayName(c), candidates: match.candidates.map((m) => m.path).sort() });
		} else if (match.kind === "none") {
			// A namesake of another generation is told apart by the name itself (`Marco Bianchi Jr.`): no organisation or email in the file name.
			const note = this.create(c, fields, match.namesake !== null && match.namesake.reason !== "generation");
			if (match.namesake) this.plan.distinct.push({ line: c.line, name: displayName(c), path: note.path, other: match.namesake.known.path, otherLine: match.namesake.known.plannedLine, reason: match.namesake.reason });
		} else if (match.known.unreadable === true) {
			if (!this.plan.unreadable.some((u) => u.path === match.known.path)) this.plan.unreadable.push({ path: match.known.path, line: c.line });
		} else if (match.known.plannedLine !== null) {
			this.repeat(c, fields, match.known);
		} else {
			this.complete(c, fields, match.known);
		}
	}

	private freePath(name: string): string | null {
		const base = `${this.folder === "" ? "" : `${this.folder}/`}${name}`;
		return this.taken.has(`${base}.md`.normalize("NFC").toLowerCase()) ? null : `${base}.md`;
	}

	/** A new note, with a telling name when a namesake exists: "Anna Rossi (Lumen)", then numbers. */
	private create(c: Contact, fields: [string, FrontmatterValue][], hasNamesake: boolean): PlannedNote {
		const name = displayName(c);
		const plain = safeFileName(name, [c.emails[0] ?? "", c.phones[0] ?? "", c.org ?? ""], this.words);
		const telling = distinguisher(c, name);
		const tellingName = telling === "" ? null : safeFileName(`${name} (${telling})`, [], this.words);
		let path = (hasNamesake && tellingName ? this.freePath(tellingName) : null) ?? this.freePath(plain) ?? (tellingName ? this.freePath(tellingName) : null);
		// Numbers below the last one given to this name are still taken (nothing is freed): thousands of namesakes with nothing to tell them apart are not counted again from 2 each.
		let n = this.nextNumber.get(plain) ?? 2;
		for (; path === null; n++) path = this.freePath(`${plain} ${n}`);
		this.nextNumber.set(plain, n);
		this.taken.add(path.normalize("NFC").toLowerCase());
		// The file name is not the name (characters no platform allows, a namesake): the full name stays in `name`.
		if (path.slice(path.lastIndexOf("/") + 1, -3) !== name && name !== "") fields.splice(1, 0, ["name", name]);
		const note: PlannedNote = { path, line: c.line, fields };
		this.plan.creates.push(note);
		this.plannedNotes.set(path, note);
		this.lookup.add({ path, fields: new Map(fields), plannedLine: c.line });
		return note;
	}

	/** The same person again in the file: list fields gain the new values, other fields keep the first line's. */
	private repeat(c: Contact, fields: [string, FrontmatterValue][], known: Known): void {
		const note = this.plannedNotes.get(known.path);
		if (!note) return;
		const dropped: string[] = [];
		for (const [key, value] of fields) {
			if (key === "type") continue;
			const at = note.fields.findIndex(([k]) => k === key);
			const have = at >= 0 ? note.fields[at]?.[1] : undefined;
			if (have === undefined) note.fields.push([key, value]);
			else if (sameValue(have, value, key)) continue;
			else if (LIST_FIELDS.has(key)) note.fields[at] = [key, [...new Set([...stringValues(have), ...stringValues(value)])]];
			else dropped.push(key);
		}
		known.fields = new Map(note.fields);
		this.lookup.add(known);
		this.plan.repeats.push({ line: c.line, firstLine: note.line, path: note.path, dropped });
	}

	/** A person of the vault: empty or missing fields are filled, different values are conflicts and kept. */
	private complete(c: Contact, fields: [string, FrontmatterValue][], known: Known): void {
		// Before the card's names fill the note's empty `first_name` and `last_name`.
		const named = writtenAs(c, known);
		const added: [string, FrontmatterValue][] = [];
		for (const [key, value] of fields) {
			if (key === "type") continue;
			const have = known.fields.get(key);
			if (isEmptyValue(have)) {
				added.push([known.written?.get(key) ?? key, value]);
				known.fields.set(key, value);
			} else if (!sameValue(have, value, key)) {
				this.plan.conflicts.push({ path: known.path, line: c.line, field: key, existing: stringValues(have).join(", "), incoming: Array.isArray(value) ? value.join(", ") : String(value) });
			}
		}
		if (added.length === 0) {
			this.plan.unchanged++;
			return;
		}
		// Filed again only when a field was filled: the same person on thousands of cards is not filed again for each.
		this.lookup.add(known);
		const update = this.updates.get(known.path);
		if (update) update.add.push(...added);
		else {
			const fresh: PlannedUpdate = named ? { path: known.path, line: c.line, add: added } : { path: known.path, line: c.line, add: added, from: displayName(c) };
			this.updates.set(known.path, fresh);
			this.plan.updates.push(fresh);
		}
	}
}

export interface ImportOptions {
	folder: string;
	takenPaths: ReadonlySet<string>;
	/** `existing` already filed by {@link peopleLookup} (the calendar import matched attendees with it): not filed twice. The plan files its new notes into it. */
	lookup?: PeopleLookup;
	/** The words a new note's file name may need, in the user's language (English when missing). */
	fileNameWords?: FileNameWords;
}

/**
 * Plans an import. A contact is a person of the vault when they share a strong key (email, LinkedIn
 * profile, phone) or the same full name with no strong key that differs (case, accents, word order
 * and honorifics aside); a given name alone never matches. A matched note gets the fields it lacks
 * or has empty; a field with another value is a conflict, kept as it is; a contact matching two notes
 * is ambiguous and left alone; anyone else becomes a new note in `folder`, with a telling name
 * ("Anna Rossi (Lumen)") when a namesake exists. Contacts repeated in the file merge into one note.
 * Nothing is written here.
 */
export function planImport(file: ContactFile, existing: readonly ExistingPerson[], options: ImportOptions): ImportPlan {
	const planner = new Planner(file, existing, options.folder, options.takenPaths, options.lookup, options.fileNameWords);
	for (const c of file.contacts) planner.add(c);
	// A contact left ambiguous may be decided by notes that later lines planned: look again, as a second import would.
	for (let pass = 0; pass < 3; pass++) {
		const ambiguous = planner.plan.ambiguous;
		if (ambiguous.length === 0) break;
		planner.plan.ambiguous = [];
		const lines = new Set(ambiguous.map((a) => a.line));
		for (const c of file.contacts) if (lines.has(c.line)) planner.add(c);
		if (planner.plan.ambiguous.length === ambiguous.length) break;
	}
	return planner.plan;
}

/** The person notes of the vault, filed by email, LinkedIn profile, phone and names, for matching contacts to them. */
export function peopleLookup(existing: readonly ExistingPerson[]): PeopleLookup {
	const lookup = new PeopleLookup();
	for (const p of existing) lookup.add({ path: p.path, ...knownFields(p.frontmatter), plannedLine: null, ...(p.unreadable === true ? { unreadable: true as const } : {}) });
	return lookup;
}

/** The text of a new person note. */
export function plannedNoteText(note: PlannedNote): string {
	return `---\n${note.fields.flatMap(([k, v]) => yamlEntry(k, v)).join("\n")}\n---\n`;
}

/** The person notes a contact matches, as the import matches them (email, LinkedIn profile, then name and aliases); used by the calendar import. */
export function personMatcher(existing: readonly ExistingPerson[] | PeopleLookup): (contact: Contact) => string[] {
	const lookup = existing instanceof PeopleLookup ? existing : peopleLookup(existing);
	return (contact) => {
		const match = lookup.find(contact, contactFields(contact));
		if (match.kind === "one") return [match.known.path];
		return match.kind === "ambiguous" ? match.candidates.map((k) => k.path).sort() : [];
	};
}
