import { basename, stringValues } from "../shared/text";
import { type Contact, type ContactFile, type ContactProblem, displayName, linkedinProfile } from "./contact";
import { nameKey, safeFileName } from "./names";
import { type FrontmatterValue, yamlEntry } from "./yaml-lite";

/** A person note already in the vault, as the import sees it. */
export interface ExistingPerson {
	path: string;
	frontmatter: Record<string, unknown>;
}

export interface PlannedNote {
	path: string;
	line: number;
	fields: [string, FrontmatterValue][];
}

export interface PlannedUpdate {
	path: string;
	line: number;
	/** Fields the note does not have yet, in the order they will be added. */
	add: [string, FrontmatterValue][];
}

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

/** What an import would do, shown before anything is written. */
export interface ImportPlan {
	source: ContactFile["source"];
	creates: PlannedNote[];
	updates: PlannedUpdate[];
	conflicts: Conflict[];
	ambiguous: Ambiguous[];
	/** Contacts already in the vault with nothing to add. */
	unchanged: number;
	problems: ContactProblem[];
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
	one("org", c.org ? [c.org] : []);
	one("role", c.role ? [c.role] : []);
	one("birthday", c.birthday ? [c.birthday] : []);
	one("linkedin", c.linkedin ? [c.linkedin] : []);
	one("website", c.websites);
	if (c.groups.length > 0) out.push(["groups", [...new Set(c.groups)]]);
	one("since", c.connectedOn ? [c.connectedOn] : []);
	one("note", c.note ? [c.note] : []);
	return out;
}

const EMAIL_FIELDS = ["email", "emails", "mail"];
const LINKEDIN_FIELDS = ["linkedin", "url", "website"];
const NAME_FIELDS = ["name", "nome"];

interface Known {
	path: string;
	fields: Map<string, unknown>;
	planned: PlannedNote | null;
}

function namesOf(k: Known): string[] {
	const names = [basename(k.path), ...NAME_FIELDS.flatMap((f) => stringValues(k.fields.get(f))), ...stringValues(k.fields.get("aliases")), ...stringValues(k.fields.get("alias"))];
	const first = stringValues(k.fields.get("first_name"))[0];
	const last = stringValues(k.fields.get("last_name"))[0];
	if (first || last) names.push(`${first ?? ""} ${last ?? ""}`);
	return names;
}

/** Where each existing person can be found: by email, LinkedIn profile and name key. */
class PeopleLookup {
	readonly byEmail = new Map<string, Set<Known>>();
	readonly byLinkedIn = new Map<string, Set<Known>>();
	readonly byName = new Map<string, Set<Known>>();

	add(k: Known): void {
		const put = (map: Map<string, Set<Known>>, key: string): void => {
			if (key === "") return;
			const set = map.get(key) ?? new Set();
			set.add(k);
			map.set(key, set);
		};
		for (const f of EMAIL_FIELDS) for (const e of stringValues(k.fields.get(f))) put(this.byEmail, e.trim().toLowerCase());
		for (const f of LINKEDIN_FIELDS) for (const u of stringValues(k.fields.get(f))) put(this.byLinkedIn, linkedinProfile(u) ?? "");
		for (const n of namesOf(k)) put(this.byName, nameKey(n));
	}

	/** The notes a contact matches: by email, else LinkedIn URL, else name and aliases. */
	find(c: Contact): Known[] {
		const emails = new Set<Known>();
		for (const e of c.emails) for (const k of this.byEmail.get(e.trim().toLowerCase()) ?? []) emails.add(k);
		if (emails.size > 0) return [...emails];
		const linked = c.linkedin ? [...(this.byLinkedIn.get(c.linkedin) ?? [])] : [];
		if (linked.length > 0) return linked;
		const keys = new Set([nameKey(displayName(c)), nameKey(`${c.firstName} ${c.lastName}`)].filter((k) => k !== ""));
		const named = new Set<Known>();
		for (const key of keys) for (const k of this.byName.get(key) ?? []) named.add(k);
		return [...named];
	}
}

/** Values compared as people write them: case and spaces aside, LinkedIn URLs in any form. */
function comparable(value: string): string {
	return linkedinProfile(value) ?? value.trim().toLowerCase();
}

function sameValue(existing: unknown, incoming: FrontmatterValue): boolean {
	const have = stringValues(existing).map(comparable);
	const want = (Array.isArray(incoming) ? incoming : [String(incoming)]).map(comparable);
	return want.every((w) => have.includes(w));
}

/**
 * Plans an import: each contact is matched to an existing person (email, then LinkedIn profile, then
 * name and aliases with case, accents, word order and honorifics ignored). A match gets the fields
 * it lacks; a field it has with another value is a conflict, kept as it is; a name that matches two
 * notes is ambiguous and left alone; no match becomes a new note in `folder` with a safe file name.
 * Contacts repeated in the file merge into one note. Nothing is written here.
 */
export function planImport(file: ContactFile, existing: readonly ExistingPerson[], options: { folder: string; takenPaths: ReadonlySet<string> }): ImportPlan {
	const plan: ImportPlan = { source: file.source, creates: [], updates: [], conflicts: [], ambiguous: [], unchanged: 0, problems: [...file.problems] };
	const lookup = new PeopleLookup();
	for (const p of existing) lookup.add({ path: p.path, fields: new Map(Object.entries(p.frontmatter)), planned: null });
	const taken = new Set([...options.takenPaths].map((p) => p.toLowerCase()));
	const updates = new Map<string, PlannedUpdate>();
	for (const c of file.contacts) {
		const fields = contactFields(c);
		const matches = lookup.find(c);
		if (matches.length > 1) {
			plan.ambiguous.push({ line: c.line, name: displayName(c), candidates: matches.map((m) => m.path).sort() });
			continue;
		}
		const match = matches[0];
		if (!match) {
			const safe = safeFileName(displayName(c), `Contact from line ${c.line}`);
			// The file name lost characters no platform allows: the full name stays in `name`.
			if (safe !== displayName(c)) fields.splice(1, 0, ["name", displayName(c)]);
			const base = `${options.folder === "" ? "" : `${options.folder}/`}${safe}`;
			let path = `${base}.md`;
			for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${base} ${n}.md`;
			taken.add(path.toLowerCase());
			const note: PlannedNote = { path, line: c.line, fields };
			plan.creates.push(note);
			lookup.add({ path, fields: new Map(fields), planned: note });
			continue;
		}
		const added: [string, FrontmatterValue][] = [];
		for (const [key, value] of fields) {
			if (key === "type") continue;
			const have = match.fields.get(key);
			const missing = have === undefined || have === null || have === "" || (Array.isArray(have) && have.length === 0);
			if (missing) {
				added.push([key, value]);
				match.fields.set(key, value);
			} else if (!sameValue(have, value)) {
				plan.conflicts.push({ path: match.path, line: c.line, field: key, existing: stringValues(have).join(", "), incoming: Array.isArray(value) ? value.join(", ") : String(value) });
			}
		}
		if (added.length === 0) {
			if (!match.planned) plan.unchanged++;
			continue;
		}
		if (match.planned) {
			match.planned.fields.push(...added);
			continue;
		}
		const update = updates.get(match.path) ?? { path: match.path, line: c.line, add: [] };
		update.add.push(...added);
		if (!updates.has(match.path)) {
			updates.set(match.path, update);
			plan.updates.push(update);
		}
	}
	return plan;
}

/** The text of a new person note. */
export function plannedNoteText(note: PlannedNote): string {
	return `---\n${note.fields.flatMap(([k, v]) => yamlEntry(k, v)).join("\n")}\n---\n`;
}

/** The person notes a contact matches, as the import matches them (email, LinkedIn profile, then name and aliases); used by the calendar import. */
export function personMatcher(existing: readonly ExistingPerson[]): (contact: Contact) => string[] {
	const lookup = new PeopleLookup();
	for (const p of existing) lookup.add({ path: p.path, fields: new Map(Object.entries(p.frontmatter)), planned: null });
	return (contact) => lookup.find(contact).map((k) => k.path).sort();
}
