import { type Birthday, parseBirthday } from "../dates/birthday";
import { type Cadence, parseCadence } from "../dates/cadence";
import { type CalendarDay, parseDay } from "../dates/dates";
import type { FrontmatterLines } from "./frontmatter-lines";
import { first, firstString, NONE, type Ref, refsFromValue, sharedStrings } from "./frontmatter-values";
import type { ParseContext, ParsedNote, PersonInfo } from "./parsed-note";
import { type Problem, problem } from "../shared/problems";
import type { Circle } from "../config/settings";
import { foldName, sharedString, stringValues } from "../shared/text";

const CIRCLE_WORDS: Record<string, Circle> = {
	work: "work", lavoro: "work", colleague: "work", collega: "work", colleghi: "work", professional: "work", business: "work",
	friend: "friend", friends: "friend", amico: "friend", amica: "friend", amici: "friend", amicizia: "friend",
	family: "family", famiglia: "family", parente: "family", parenti: "family",
	partner: "partner", compagno: "partner", compagna: "partner", spouse: "partner",
};

/** The canonical circle for a `circle`/`relationship` value (`amici` → friend), or the value itself folded. */
export function normalizeCircle(value: string): string {
	const folded = foldName(value);
	return CIRCLE_WORDS[folded] ?? folded;
}

/** What a person note says about its person: names, cadence, circle, birthday, organisation, interests, relations, closeness. */
export function readPerson(note: ParsedNote, fmData: Record<string, unknown>, fm: FrontmatterLines, ctx: ParseContext, problems: Problem[], bodyTags: string[]): PersonInfo {
	const { settings } = ctx;
	const circleValue = firstString(fmData, settings.circleFields);
	const circle = circleValue ? sharedString(normalizeCircle(circleValue)) : null;
	let cadence: Cadence | null = null;
	let cadenceFromCircle = false;
	const cadenceField = first(fmData, settings.cadenceFields);
	if (cadenceField) {
		cadence = parseCadence(cadenceField.value);
		if (!cadence) problems.push(problem(note.path, fm.keyLine(cadenceField.key), "bad-cadence", { field: cadenceField.key, value: JSON.stringify(cadenceField.value) }));
	} else if (circle) {
		cadence = ctx.circleCadences.get(circle) ?? null;
		cadenceFromCircle = cadence !== null;
	}
	let birthday: Birthday | null = null;
	const birthdayField = first(fmData, settings.birthdayFields);
	if (birthdayField) {
		birthday = parseBirthday(birthdayField.value);
		if (!birthday) problems.push(problem(note.path, fm.keyLine(birthdayField.key), "bad-birthday", { field: birthdayField.key, value: JSON.stringify(birthdayField.value) }));
	}
	const aliasField = first(fmData, ["aliases", "alias"]);
	const refs = (keys: string[]): Ref[] => {
		const f = first(fmData, keys);
		return f ? refsFromValue(f.value, fm, f.key) : NONE;
	};
	return {
		name: firstString(fmData, ["name", "nome"]) ?? note.title,
		aliases: aliasField ? sharedStrings(aliasField.value) : NONE,
		cadence,
		cadenceFromCircle,
		circle,
		birthday,
		org: firstString(fmData, ["org", "company", "organization", "azienda"]),
		role: firstString(fmData, ["role", "title", "ruolo"]),
		email: firstString(fmData, ["email", "mail"]),
		phone: firstString(fmData, ["phone", "telefono", "mobile"]),
		location: firstString(fmData, ["location", "city", "città", "citta"]),
		interests: sharedStrings(first(fmData, ["interests", "interessi"])?.value),
		tags: sharedStrings([...stringValues(fmData.tags), ...bodyTags].map((t) => t.replace(/^#/, ""))),
		metVia: refs(["met_via", "introduced_by", "conosciuto_tramite"]),
		knows: refs(["knows", "conosce"]),
		partner: refs(["partner", "spouse", "coniuge"]),
		family: refs(["family", "famiglia", "parents", "children", "siblings"]),
		closeness: readCloseness(note.path, fmData, fm, problems),
		since: (() => {
			const f = first(fmData, ["since", "connected_on", "met_on", "conosciuto_il"]);
			return f ? dateFieldOf(note.path, f.key, f.value, fm, problems) : null;
		})(),
		offers: sharedStrings(first(fmData, ["offers", "offre"])?.value),
		asks: sharedStrings(first(fmData, ["asks", "needs", "cerca"])?.value),
	};
}

function dateFieldOf(path: string, key: string, value: unknown, fm: FrontmatterLines, problems: Problem[]): CalendarDay | null {
	const day = parseDay(value);
	if (day === null) problems.push(problem(path, fm.keyLine(key), "bad-date", { field: key, value: JSON.stringify(value) }));
	return day;
}

/** `closeness: 80` (0–100) overrides the computed tie strength. */
function readCloseness(path: string, fmData: Record<string, unknown>, fm: FrontmatterLines, problems: Problem[]): number | null {
	const f = first(fmData, ["closeness", "vicinanza"]);
	if (!f) return null;
	const n = typeof f.value === "number" ? f.value : typeof f.value === "string" ? Number(f.value.trim()) : NaN;
	if (!Number.isFinite(n) || n < 0 || n > 100) {
		problems.push(problem(path, fm.keyLine(f.key), "bad-closeness", { field: f.key, value: JSON.stringify(f.value) }));
		return null;
	}
	return Math.round(n);
}
