import { type Birthday, parseBirthday } from "../dates/birthday";
import { type CalendarDay, parseDay, parseDayFirst } from "../dates/dates";
import { foldKey } from "./note-record";
import { type Cadence, parseCadence } from "../dates/cadence";
import { makeRef, type Ref, refsOf, sharedStrings } from "./frontmatter-values";
import type { NoteRecord } from "./note-record";
import type { ParseContext, ParsedNote, PersonInfo } from "./parsed-note";
import { type Problem, problem } from "../shared/problems";
import type { Circle } from "../config/settings";
import { foldName, sharedString, unwrapLink } from "../shared/text";
import { diedOf } from "./death-fields";
import { folderNoteName } from "./person-folders";
import { isEmailAddress, isPhoneNumber, labelledValue } from "./labelled-values";
import { nameFromJoinedWords } from "./file-name-words";
import { fewOfValue } from "../shared/few-of";

/** A map, not an object: a word such as `constructor` or `__proto__` (a tag, an imported group) is no circle. */
const CIRCLE_WORDS: ReadonlyMap<string, Circle> = new Map(Object.entries({
	work: "work", lavoro: "work", colleague: "work", collega: "work", colleghi: "work", professional: "work", business: "work",
	friend: "friend", friends: "friend", amico: "friend", amica: "friend", amici: "friend", amicizia: "friend",
	family: "family", famiglia: "family", parente: "family", parenti: "family",
	partner: "partner", compagno: "partner", compagna: "partner", spouse: "partner",
}) as [string, Circle][]);

/**
 * What a `relationship` field names besides a circle's own words (`relationship: sister`, `relazione: sorella`):
 * kin are family, a spouse or a partner is the partner, a client, a boss or a co-worker is work. Only the field:
 * a tag such as `#parent` or `#client` says less about whom it is on.
 */
const RELATION_WORDS: ReadonlyMap<string, Circle> = new Map([
	...["coworker", "co-worker", "coworkers", "colleagues", "client", "clients", "cliente", "clienti", "boss", "capo", "manager"].map((w): [string, Circle] => [w, "work"]),
	...["amiche", "best friend", "migliore amico", "migliore amica"].map((w): [string, Circle] => [w, "friend"]),
	...["sorelle", "fratelli", "figli", "cugini", "zii", "nonni", "genitori", "parents", "relatives", "suocero", "suocera", "cognato", "cognata", "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "in-laws"].map((w): [string, Circle] => [w, "family"]),
].map(([w, c]): [string, Circle] => [foldName(w), c]));

/** The circle a relationship field's word puts a person in, when it is kin or a partner (`sister`, `moglie`); null otherwise. */
function relationCircle(folded: string): Circle | null {
	if (PARTNER_WORDS.has(folded)) return "partner";
	if (FAMILY_WORDS.has(folded)) return "family";
	return RELATION_WORDS.get(folded) ?? null;
}

/** Keys people templates give the kind of tie (`person_type: Friend`, from a QuickAdd choice of Family, Friend, Work, Other). */
const KIND_OF_PERSON_KEYS = ["person_type", "relationship_type", "relation_type"];

/** A kind of tie that is a circle Rapport knows (`Friend`, `Family`, `Work`), else null: `Other` or `POC` is no circle. */
function circleOfKind(value: string | null): string | null {
	return value !== null && CIRCLE_WORDS.has(foldName(value)) ? value : null;
}

/** The canonical circle for a `circle`/`relationship` value (`amici` → friend), or the value itself folded. */
export function normalizeCircle(value: string): string {
	const folded = foldName(value);
	return CIRCLE_WORDS.get(folded) ?? folded;
}

/**
 * The circle a note's `circle` or `relationship` field writes: a circle's word (`amici`) or a circle the user
 * added (`client`, when it has a cadence), else kin, a partner or a colleague (`sister`, `moglie`), else the value itself folded.
 */
function circleOfField(value: string, userCircles: ReadonlySet<string>): string {
	const folded = foldName(value);
	if (userCircles.has(folded)) return folded;
	// The kin and partner words are kept with their accents (`papà`): the value is looked up folded, then as written.
	return CIRCLE_WORDS.get(folded) ?? relationCircle(folded) ?? relationCircle(value.trim().toLowerCase()) ?? folded;
}

const CIRCLE_TAG_ROOTS = new Set(["circle", "circles", "cerchia", "cerchie"]);

/**
 * The circle a note's tags put it in: `#circle/friends`, `#family`, `#amici`, `#person/colleague`, or
 * a circle the user added (`#climbing` when "climbing" has a cadence); null when none does.
 */
export function circleFromTags(tags: readonly string[], userCircles: ReadonlySet<string>): string | null {
	const known = (word: string): string | null => {
		const folded = foldName(word);
		return CIRCLE_WORDS.get(folded) ?? (userCircles.has(folded) ? folded : null);
	};
	for (const tag of tags) {
		const parts = tag.replace(/^#/, "").split("/").filter((p) => p !== "");
		if (parts.length >= 2 && CIRCLE_TAG_ROOTS.has(foldName(parts[0] ?? ""))) return normalizeCircle(parts.slice(1).join("/"));
	}
	for (const tag of tags) {
		const parts = tag.replace(/^#/, "").split("/").filter((p) => p !== "");
		const found = known(parts.join("/")) ?? known(parts[parts.length - 1] ?? "");
		if (found) return found;
	}
	return null;
}

const PARTNER_WORDS = new Set(["spouse", "partner", "husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "marito", "moglie", "compagno", "compagna", "fidanzato", "fidanzata", "coniuge"]);
const PAST_WORDS = new Set(["ex", "former", "previous", "divorced", "separated", "separata", "separato", "divorziata", "divorziato", "precedente"]);
const FAMILY_WORDS = new Set([
	"parent", "mother", "father", "mom", "dad", "child", "son", "daughter", "sibling", "brother", "sister", "grandparent", "grandmother", "grandfather",
	"grandchild", "grandson", "granddaughter", "aunt", "uncle", "cousin", "niece", "nephew", "relative", "kin", "family",
	"genitore", "madre", "padre", "mamma", "papà", "figlio", "figlia", "fratello", "sorella", "nonno", "nonna", "nipote", "zio", "zia", "cugino", "cugina", "parente", "famiglia",
]);

/** A person note's `## Related` list split by kind: a spouse is a partner, a sister family, anyone else someone they know. */
function relatedByKind(related: readonly { target: string; line: number; kind: string }[]): { knows: Ref[]; partner: Ref[]; family: Ref[] } {
	const out = { knows: [] as Ref[], partner: [] as Ref[], family: [] as Ref[] };
	for (const r of related) {
		const words = r.kind.split(/\s+/);
		const word = words[words.length - 1] ?? "";
		// An ex-wife or a former partner (`ex moglie`) is someone they know, no longer their partner.
		const past = words.some((w) => PAST_WORDS.has(w));
		const list = PARTNER_WORDS.has(word) && !past ? out.partner : FAMILY_WORDS.has(word) ? out.family : out.knows;
		list.push(makeRef(r.target, true, r.line));
	}
	return out;
}

/**
 * Birthday keys of people templates in other languages, read after the settings' own: German `Geburtstag`, `Geburtsdatum`,
 * Spanish `cumpleaños`, `fecha_de_nacimiento`, French `anniversaire`, `date_de_naissance`.
 */
const FOREIGN_BIRTHDAY_KEYS = ["geburtstag", "geburtsdatum", "cumpleaños", "cumpleanos", "fecha_de_nacimiento", "anniversaire", "date_de_naissance"];

/** Keys whose dates are written day first: Italian `compleanno: 12/05/1980`, `data_di_nascita: 12.05.1980`, and the other languages' above. */
const ITALIAN_BIRTHDAY_KEYS = new Set(["compleanno", "data_di_nascita", "nascita", ...FOREIGN_BIRTHDAY_KEYS]);

/** A day and month without the year, day first, as Italians write a birthday: `12/05` (`12-05` stays ISO's month-day; an unquoted `12.05` is a number to YAML). */
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})$/;

/**
 * A birthday written as a day Rapport reads elsewhere: with dots, day first under any key (`03.12.1992`,
 * as German and Italian notes write it), written out (`Dec 2nd, 1990`), or a link to a day
 * (`[[1990-12-02]]`, Logseq's `[[Dec 2nd, 1990]]`).
 */
function dayBirthday(value: unknown): Birthday | null {
	if (typeof value !== "string" || value.length > 60) return null;
	const day = parseDay(unwrapLink(value));
	return day ? parseBirthday(day) : null;
}

function italianBirthday(key: string, value: unknown): Birthday | null {
	if (!ITALIAN_BIRTHDAY_KEYS.has(foldKey(key))) return null;
	const day = parseDayFirst(value);
	if (day) return parseBirthday(day);
	const m = typeof value === "string" ? DAY_MONTH.exec(value.trim()) : null;
	return m ? parseBirthday(`--${m[2] ?? ""}-${m[1] ?? ""}`) : null;
}

/**
 * Keys other templates give the last contact, read after the settings' own (`last_contact`):
 * `lastContact` (camelCase, as JSON-minded templates write it), `last_contacted`, `last_chatted`,
 * `date_last_spoken` (a widely shared Templater people template), `last_met` (rdegges/pkms' people, beside
 * `meeting_count`), Italian `ultimo_contatto`, German `letzter_kontakt`, Spanish `último_contacto` and French `dernier_contact`.
 */
const MORE_LAST_CONTACT_KEYS = ["last_contacted", "lastcontact", "last_contact_date", "last_chatted", "date_last_spoken", "last_met", "ultimo_contatto", "data_ultimo_contatto", "letzter_kontakt", "último_contacto", "ultimo_contacto", "dernier_contact"];
/** Last-contact keys read day first, as Italian, German, Spanish and French write dates (`ultimo_contatto: 01/11/2026`, `letzter_kontakt: 01.11.2026`). */
const ITALIAN_LAST_CONTACT_KEYS = new Set(["ultimo_contatto", "data_ultimo_contatto", "letzter_kontakt", "último_contacto", "ultimo_contacto", "dernier_contact"]);

/** The day a person note says its person was last contacted, and its line; a `bad-date` problem when it is not a day. */
export function readLastContact(record: NoteRecord, settings: { lastContactFields: readonly string[] }): { day: CalendarDay; line: number } | null {
	const keys = [...settings.lastContactFields, ...MORE_LAST_CONTACT_KEYS];
	const f = record.field(keys);
	if (!f) return null;
	// Italian keys are read day first, as Italians write dates (`ultimo_contatto: 01/11/2026` is 1 November).
	const dayFirst = ITALIAN_LAST_CONTACT_KEYS.has(foldKey(f.key)) ? parseDayFirst(f.value) : null;
	if (dayFirst) return { day: dayFirst, line: f.line };
	const read = record.day(keys);
	return read?.day ? { day: read.day, line: read.field.line } : null;
}

/**
 * Keys other templates give the keep-in-touch cadence and the circle, read after the settings' own: CRM
 * templates' `contact_frequency`, Italian `cadenza`, `frequenza` (`frequenza: ogni 2 settimane`), `cerchia`
 * (`cerchia: amici`) and `relazione` (`relazione: sorella`).
 */
const MORE_CADENCE_KEYS = ["contact_frequency", "cadenza", "frequenza"];
const MORE_CIRCLE_KEYS = ["cerchia", "relazione"];

const withRelated = (own: Ref[], more: Ref[]): Ref[] => (more.length === 0 ? own : [...own, ...more]);

/** What a person note says about its person: names, cadence, circle, birthday, organisation, interests, relations, closeness. */
export function readPerson(
	note: ParsedNote,
	record: NoteRecord,
	ctx: ParseContext,
	problems: Problem[],
	tags: readonly string[],
	related: readonly { target: string; line: number; kind: string }[] = [],
	details: ReadonlyMap<string, string> = NO_DETAILS,
): PersonInfo {
	const ties = relatedByKind(related);
	const { settings } = ctx;
	const circleValue = record.text([...settings.circleFields, ...MORE_CIRCLE_KEYS]) ?? circleOfKind(record.text(KIND_OF_PERSON_KEYS));
	// vCard's CATEGORIES (`friend,illustration`, as the VCF Contacts plugin writes them) and the `groups` a contacts import writes (an exporter's labels, categories, lists) are the contact's tags.
	const labels = [...record.list(["categories"]), ...record.list(["groups"])].flatMap((c) => c.split(",")).map((c) => c.trim());
	const circleName = circleValue ? circleOfField(circleValue, ctx.userCircles) : (circleFromTags(tags, ctx.userCircles) ?? circleFromTags(labels, ctx.userCircles));
	const circle = circleName ? sharedString(circleName) : null;
	let cadence: Cadence | null = null;
	let cadenceFromCircle = false;
	// `KeepInTouch: true`, a checkbox property as people templates write it, says to keep in touch, not how often: the
	// circle's cadence; unticked, no cadence at all.
	const cadenceField = record.field([...settings.cadenceFields, ...MORE_CADENCE_KEYS]);
	const checkbox = typeof cadenceField?.value === "boolean" ? cadenceField.value : null;
	if (cadenceField && checkbox === null) {
		cadence = parseCadence(cadenceField.value);
		if (!cadence) problems.push(problem(note.path, cadenceField.line, "bad-cadence", { field: cadenceField.key, value: fewOfValue(cadenceField.value) }));
	} else if (circle && checkbox !== false) {
		cadence = ctx.circleCadences.get(circle) ?? null;
		cadenceFromCircle = cadence !== null;
	}
	// A card's table (`| **Company** | Saltmarsh Foods |`) says what the properties do not.
	const fromCard = (keys: readonly string[], looksRight: (text: string) => boolean = () => true): string | null => {
		const value = keys.map((k) => details.get(k)).find((v) => v !== undefined && looksRight(v));
		return value === undefined ? null : sharedString(value);
	};
	const listed = record.list(ORG_KEYS);
	const cardOrg = listed.length === 0 ? fromCard(ORG_KEYS) : null;
	const orgs = cardOrg === null ? listed : [cardOrg];
	let birthday: Birthday | null = null;
	const birthdayField = record.field([...settings.birthdayFields, "birthdate", "birth_date", "date_of_birth", "dob", "bday", "data_di_nascita", ...FOREIGN_BIRTHDAY_KEYS]);
	if (birthdayField) {
		birthday = parseBirthday(birthdayField.value) ?? italianBirthday(birthdayField.key, birthdayField.value) ?? dayBirthday(birthdayField.value);
		if (!birthday) problems.push(problem(note.path, birthdayField.line, "bad-birthday", { field: birthdayField.key, value: fewOfValue(birthdayField.value) }));
	}
	const inParts = namesInParts(record);
	// `Lucia_Moreno.md`, as a CRM template names a contact: she is Lucia Moreno, and links so written find her.
	const written = inParts ?? record.text(["name", "nome", "full_name", "fn"]) ?? nameFromJoinedWords(note.title);
	const aliases = [...record.list(["aliases", "alias", "nickname"])];
	// A name the note writes is the person's name wherever the file is named (`Contact 1`, as a plugin names it;
	// `people/dana-evans.md`, a slug): links to it find her, as links to an alias do.
	if (written !== null && foldName(written) !== foldName(note.title) && !aliases.some((a) => foldName(a) === foldName(written))) aliases.push(written);
	// Without the middle name (`Ana Paredes` for `Ana Lucía Paredes`), as she is often called: links so written find her still.
	const short = inParts === null ? null : namesInParts(record, false);
	if (short !== null && foldName(short) !== foldName(note.title) && !aliases.some((a) => foldName(a) === foldName(short))) aliases.push(short);
	const info: PersonInfo = {
		// `@Anna Rossi.md`, as mention plugins name people notes: the person is Anna Rossi.
		name: written ?? mondoShownName(record) ?? folderNoteName(note.path, note.title) ?? note.title.replace(/^@(?=\S)/, ""),
		aliases: sharedStrings(aliases),
		cadence,
		cadenceFromCircle,
		circle,
		birthday,
		org: orgs[0] === undefined ? null : sharedString(orgs[0]),
		role: readRole(record, [note.title, written ?? note.title]) ?? fromCard(["role", "job_title", "ruolo"]),
		email: record.text(EMAIL_KEYS) ?? record.indexed("email") ?? labelledValue(record.field(EMAIL_KEYS)?.value, isEmailAddress) ?? fromCard(EMAIL_KEYS, isEmailAddress),
		phone: record.text(PHONE_KEYS) ?? record.indexed("tel") ?? labelledValue(record.field(PHONE_KEYS)?.value, isPhoneNumber) ?? fromCard(PHONE_KEYS, isPhoneNumber),
		location: record.text(LOCATION_KEYS) ?? fromCard(LOCATION_KEYS),
		interests: sharedStrings(record.list(["interests", "interessi"])),
		tags: sharedStrings(tags.map((t) => t.replace(/^#/, ""))),
		metVia: refsOf(record, ["met_via", "introduced_by", "conosciuto_tramite"]),
		knows: withRelated(refsOf(record, ["knows", "conosce", "friends"]), ties.knows),
		partner: withRelated(refsOf(record, ["partner", "spouse", "coniuge"]), ties.partner),
		family: withRelated(refsOf(record, ["family", "famiglia", "parents", "children", "kids", "figli", "siblings"]), ties.family),
		closeness: readCloseness(note.path, record, problems),
		since: record.day(["since", "connected_on", "met_on", "met_date", "date_met", "conosciuto_il"])?.day ?? null,
		offers: sharedStrings(record.list(["offers", "offre"])),
		asks: sharedStrings(record.list(["asks", "needs", "cerca"])),
	};
	// Only a person at several organisations has the list: one organisation is `org` alone.
	if (orgs.length > 1) info.orgs = sharedStrings(orgs);
	// Only a person who has died has the fact, after `orgs` (the stored codec writes and reads them in that order).
	const death = diedOf(record);
	if (death !== null) {
		info.died = death.died;
		info.diedLine = death.line;
	}
	return info;
}

const NO_DETAILS: ReadonlyMap<string, string> = new Map();
/** Also as German, Spanish and French templates write them: `E-Mail`, `correo`, `courriel`; `Telefon`, `Handy`, `teléfono`, `móvil`, `téléphone`. */
const EMAIL_KEYS = ["email", "emails", "mail", "e_mail", "correo", "courriel"];
const LOCATION_KEYS = ["location", "city", "città", "citta"];
const PHONE_KEYS = ["phone", "phones", "phonenumbers", "phone_numbers", "telefono", "mobile", "cell", "tel", "telefon", "handy", "teléfono", "móvil", "movil", "téléphone"];

/** Keys of a first name and a last name, as contact templates split a name: `first_name`/`last_name`, `firstName`/`lastName`, Italian `nome`/`cognome`. */
const FIRST_KEYS = ["first_name", "firstname", "given_name", "nome"];
const LAST_KEYS = ["last_name", "lastname", "family_name", "surname", "cognome"];
/** Keys of the names between, as address-book templates write them (`Middle Name: Lucía`, vCard's additional names). */
const MIDDLE_KEYS = ["middle_name", "middlename", "middle_names", "additional_names", "additional_name", "secondo_nome"];

/** Keys a person's role is written under; `title` only when it is not the note's own title (`title: <% tp.file.title %>`). */
const ROLE_KEYS = ["role", "title", "job_title", "ruolo"];

/** The person's role or job title; a `title` that is the note's name or the person's (as templates stamp on every note) is none. */
function readRole(record: NoteRecord, names: readonly string[]): string | null {
	for (const key of ROLE_KEYS) {
		const role = record.text([key]);
		if (role === null) continue;
		if (key === "title" && names.some((n) => foldName(n) === foldName(role))) continue;
		return role;
	}
	return null;
}

/** A part of a name written as text (`Livia`, `De Luca`), trimmed; null for anything else. */
function namePart(value: unknown): string | null {
	if (typeof value !== "string" && typeof value !== "number") return null;
	const text = String(value).trim();
	return text === "" || text.length > 100 ? null : text;
}

/**
 * A person's name written in two parts, both set: under `name` as the Contacts NextGen plugin writes it
 * (`name: {first: Livia, last: Marchetti}`, on a note it names `Contact 1`; `Name: {First: …, Last: …}` as
 * asphaltbuffet/obsidian-templates' people template writes it, on `👤 Hanna Kovac`), or as two keys
 * (`first_name`/`last_name`, Italian `nome`/`cognome`), a middle name between when one is written (`Middle Name`,
 * as address-book templates keep it; left out when `withMiddle` is false). Null when the first or the last is missing.
 */
function namesInParts(record: NoteRecord, withMiddle = true): string | null {
	const whole = record.field(["name"])?.value;
	if (whole !== null && typeof whole === "object" && !Array.isArray(whole)) {
		const part = partsByKey(whole as Record<string, unknown>);
		const first = namePart(part("first") ?? part("given") ?? part("nome"));
		const last = namePart(part("last") ?? part("family") ?? part("cognome"));
		return first !== null && last !== null ? joined(first, withMiddle ? namePart(part("middle")) : null, last) : null;
	}
	const first = namePart(record.field(FIRST_KEYS)?.value);
	const last = namePart(record.field(LAST_KEYS)?.value);
	if (first === null || last === null) return null;
	// `nome: Marco Rossi` with `cognome: Rossi` is the whole name already.
	return first.toLowerCase().endsWith(" " + last.toLowerCase()) ? first : joined(first, withMiddle ? namePart(record.field(MIDDLE_KEYS)?.value) : null, last);
}

/**
 * The parts of a name written as a map, by their key in any case: `name: {first: Livia}` as the Contacts NextGen plugin
 * writes it, `Name: {First: Hanna, Last: Kovac}` as a Templater people template does. Own keys only (no `constructor`).
 */
function partsByKey(parts: Record<string, unknown>): (key: string) => unknown {
	const byKey = new Map(Object.entries(parts).map(([k, value]) => [k.trim().toLowerCase(), value]));
	return (key) => byKey.get(key);
}

/** A name from its parts, the middle one between when set (`Ana`, `Lucía`, `Paredes`): the name the note's owner wrote. */
function joined(first: string, middle: string | null, last: string): string {
	return middle === null ? `${first} ${last}` : `${first} ${middle} ${last}`;
}

/** The name the Mondo plugin shows for a note (`show: Hugo Laine` on `hugo.md`), read only on a note Mondo typed. */
function mondoShownName(record: NoteRecord): string | null {
	return record.field(["mondoType"]) ? record.text(["show"]) : null;
}

/**
 * Keys a person's organisation is written under (German `Firma`, `Unternehmen`, Spanish `empresa`, French `entreprise` too); a list
 * under one (`org: [Acme, Lumen]`, `organizations: [Acme, Lumen]` as contact pipelines write it) names each organisation she is at.
 */
const ORG_KEYS = ["org", "company", "organization", "organisation", "azienda", "organizations", "organisations", "companies", "orgs", "aziende", "firma", "unternehmen", "empresa", "entreprise"];

/** `closeness: 80` (0–100) overrides the computed tie strength. */
function readCloseness(path: string, record: NoteRecord, problems: Problem[]): number | null {
	const f = record.field(["closeness", "vicinanza"]);
	if (!f) return null;
	const n = typeof f.value === "number" ? f.value : typeof f.value === "string" ? Number(f.value.trim()) : NaN;
	if (!Number.isFinite(n) || n < 0 || n > 100) {
		problems.push(problem(path, f.line, "bad-closeness", { field: f.key, value: fewOfValue(f.value) }));
		return null;
	}
	return Math.round(n);
}
