import { ageTurned, type Birthday, parseBirthday } from "../dates/birthday";
import { addDays, type CalendarDay, formatDay } from "../dates/dates";
import { basename, stringValues } from "../shared/text";
import type { VaultIndex } from "../index/vault-index";
import { isOwedByTheDead } from "../index/tasks-of-the-dead";
import { type DeathDate, deathFirstDay } from "../notes/death-period";
import { hasDied } from "../notes/note";
import { filterCharacters, isControl } from "./characters";
import { linkedinProfile } from "./contact";
import { knownFields } from "./known-fields";
import { deathWords, vcardDeathDate } from "./vcard-death-date";
import { DEATH_KEYS } from "../notes/death-fields";
import { foldKey } from "../notes/note-record";
import type { ExistingPerson } from "./plan";

/** A stable short id from text (two 32-bit FNV-1a hashes): the same follow-up or person gets the same UID every export. */
export function stableId(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
	}
	return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** Text without control characters: line breaks become `\n`, tabs spaces, every other C0/C1 control and DEL is dropped. */
export function withoutControls(value: string): string {
	return filterCharacters(value.replace(/\r\n?/g, "\n"), (code) => isControl(code) && code !== 0x0a && code !== 0x09, (code) => code === 0x09);
}

/**
 * Escapes a TEXT value for iCalendar (RFC 5545 §3.3.11) and vCard (RFC 6350 §3.4): backslash, `;`,
 * `,` and line breaks; control characters dropped. A one-line value (a name, a summary) turns its
 * line breaks into spaces; a `multiline` one (a note, a description) keeps them as `\n`.
 */
export function escapeText(value: string, multiline = false): string {
	const clean = withoutControls(value);
	return (multiline ? clean : clean.replace(/\n+/g, " ")).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
}

/**
 * Escapes a TEXT value for vCard 4.0 (RFC 6350 §3.4): backslash, `,` and line breaks, and `;` only
 * inside a component of a compound value (N, ORG), where it separates components.
 */
export function escapeVCardText(value: string, options: { multiline?: boolean; compound?: boolean } = {}): string {
	const clean = withoutControls(value);
	const escaped = (options.multiline ? clean : clean.replace(/\n+/g, " ")).replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/\n/g, "\\n");
	return options.compound ? escaped.replace(/;/g, "\\;") : escaped;
}

/** A URI value (vCard URL): no controls or whitespace, which could end the line; spaces as `%20`. URIs are not TEXT-escaped (RFC 6350 §4). */
export function uriValue(value: string): string {
	return withoutControls(value).replace(/\n/g, "").trim().replace(/\s/g, "%20");
}

/** Folds a content line at 75 octets (UTF-8), never inside a character, continuing with CRLF and a space. */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = "";
	let octets = 0;
	for (const ch of line) {
		const code = ch.codePointAt(0) ?? 0;
		const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		if (octets + size > (out.length === 0 ? 75 : 74)) {
			out.push(current);
			current = "";
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join("\r\n ");
}

const compact = (day: CalendarDay): string => day.replace(/-/g, "");

/**
 * Follow-ups and birthdays as an iCalendar file: one all-day event per dated follow-up, and a yearly
 * event per birthday (29 February falls on the last day of February in other years). UIDs come from
 * the follow-up's note and text, and from the person's note, so importing again updates events.
 */
export function calendarFor(index: VaultIndex, nameOf: (path: string) => string, stamp: CalendarDay, lineOf: (path: string, line: number) => string): string | null {
	const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport//Rapport for Obsidian//EN", "CALSCALE:GREGORIAN", "X-WR-CALNAME:Rapport"];
	const dtstamp = `DTSTAMP:${compact(stamp)}T000000Z`;
	// Not the tasks only people who have died were to do, as the agenda shows none (see `isOwedByTheDead`).
	const followUps = [...index.followUpsByDate().dated].flatMap(([day, list]) => list.filter((f) => !isOwedByTheDead(f, index, stamp)).map((f) => ({ day, f })));
	const uids = followUpUids(followUps.map(({ f }) => f));
	followUps.forEach(({ day, f }, i) => {
		const people = f.people.map(nameOf).join(", ");
		lines.push(
			"BEGIN:VEVENT",
			`UID:${uids[i] ?? ""}`,
			dtstamp,
			`DTSTART;VALUE=DATE:${compact(day)}`,
			...endOfDay(day),
			`SUMMARY:${escapeText(people ? `${f.text.replace(/\[\[(?:[^[\]|]*\|)?([^[\]]*)\]\]/g, "$1")} (${people})` : f.text)}`,
			`DESCRIPTION:${escapeText(lineOf(f.source, f.line + 1), true)}`,
			"END:VEVENT",
		);
	});
	for (const note of index.personNotes()) {
		const birthday = note.person?.birthday;
		// No yearly birthday for someone who has died.
		if (!birthday || hasDied(note.person, stamp)) continue;
		lines.push("BEGIN:VEVENT", `UID:birthday-${stableId(note.path)}@rapport`, dtstamp, ...birthdayLines(birthday, stamp, note.person?.died), `SUMMARY:${escapeText(`🎂 ${nameOf(note.path)}`)}`, "END:VEVENT");
	}
	// A calendar needs at least one event (RFC 5545 §3.6): with none, there is nothing to export.
	if (!lines.includes("BEGIN:VEVENT")) return null;
	lines.push("END:VCALENDAR");
	return lines.map(foldLine).join("\r\n") + "\r\n";
}

/**
 * One UID per follow-up, from its note and text: the same follow-up keeps its UID when lines move or
 * its day changes. Follow-ups with the same text in one note (a "Call back" due twice) are told
 * apart by their order in the note (`-2`, `-3`…): one UID for two events makes a calendar keep only one.
 */
function followUpUids(followUps: readonly { source: string; text: string; line: number }[]): string[] {
	const order = followUps.map((f, i) => ({ f, i })).sort((a, b) => (a.f.source < b.f.source ? -1 : a.f.source > b.f.source ? 1 : a.f.line - b.f.line));
	const seen = new Map<string, number>();
	const uids: string[] = [];
	for (const { f, i } of order) {
		const key = `${f.source}\n${f.text}`;
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		uids[i] = `followup-${stableId(key)}${n > 1 ? `-${n}` : ""}@rapport`;
	}
	return uids;
}

/**
 * The end of an all-day event on `day`: the next day, as calendars write it; none after 9999-12-31 (a
 * "someday" follow-up), whose next day has no four-digit year, and an event with a day and no end lasts that day (RFC 5545 §3.6.1).
 */
function endOfDay(day: CalendarDay): string[] {
	const next = addDays(day, 1);
	return next > "9999-12-31" || next.length !== 10 ? [] : [`DTEND;VALUE=DATE:${compact(next)}`];
}

/**
 * A birthday's yearly event, from the birth day when its year makes an age on `stamp`'s year (see
 * `ageTurned`); a year after it (a typo: the series would show nothing until then) or a placeholder
 * (Apple's 1604, 0001) starts it as a birthday without a year does. A death day after `stamp` ends it the day before.
 */
function birthdayLines(b: Birthday, stamp: CalendarDay, died?: DeathDate | true): string[] {
	const known = b.year !== null && ageTurned(b.year, Number(stamp.slice(0, 4)) + 1) !== null ? b.year : null;
	const year = known ?? (b.month === 2 && b.day === 29 ? 2000 : 1970);
	const start = formatDay(year, b.month, b.day);
	// A death day still to come (see `hasDied`) ends the series: no birthday after it (UNTIL is the last day it may fall on).
	const from = typeof died === "string" ? deathFirstDay(died) : null;
	const until = from !== null && from > start ? `;UNTIL=${compact(addDays(from, -1))}` : "";
	const rule = (b.month === 2 && b.day === 29 ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY") + until;
	return [`DTSTART;VALUE=DATE:${compact(start)}`, `DTEND;VALUE=DATE:${compact(addDays(start, 1))}`, rule];
}

/** People as vCard 4.0, with every field an import writes: names, emails, phones and faxes, organisation and department, role, birthday, death day, note, LinkedIn and websites, groups. */
export function vcardsFor(people: readonly ExistingPerson[]): string | null {
	const cards: string[] = [];
	for (const p of [...people].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		// Rapport's own keys win; `Email:`, `Company:`, `BirthDate:` (contact-sync plugins' keys) count too.
		const fm: Record<string, unknown> = { ...Object.fromEntries(knownFields(p.frontmatter).fields), ...p.frontmatter };
		const first = (key: string): string | undefined => stringValues(fm[key])[0];
		const all = (...keys: string[]): string[] => keys.flatMap((k) => stringValues(fm[k]));
		const fn = first("name") ?? basename(p.path);
		const lines = ["BEGIN:VCARD", "VERSION:4.0", `UID:urn:rapport:${stableId(p.path)}`, `FN:${escapeVCardText(fn)}`];
		const family = first("last_name") ?? "";
		const given = first("first_name") ?? "";
		if (family || given) lines.push(`N:${escapeVCardText(family, { compound: true })};${escapeVCardText(given, { compound: true })};;;`);
		for (const e of all("email", "emails")) lines.push(`EMAIL:${escapeVCardText(e)}`);
		for (const t of all("phone")) lines.push(`TEL;VALUE=text:${escapeVCardText(t)}`);
		for (const t of all("fax")) lines.push(`TEL;TYPE=fax;VALUE=text:${escapeVCardText(t)}`);
		const org = first("org") ?? first("company");
		const department = first("department");
		if (org) lines.push(`ORG:${escapeVCardText(org, { compound: true })}${department ? `;${escapeVCardText(department, { compound: true })}` : ""}`);
		const role = first("role") ?? first("title");
		if (role) lines.push(`TITLE:${escapeVCardText(role)}`);
		const birthday = parseBirthday(first("birthday") ?? "");
		if (birthday) lines.push(`BDAY:${birthday.year !== null ? String(birthday.year).padStart(4, "0") : "--"}${String(birthday.month).padStart(2, "0")}${String(birthday.day).padStart(2, "0")}`);
		const words = p.died === true ? deathWords(p.frontmatter, DEATH_KEYS, foldKey) : null;
		const death = vcardDeathDate(p.died, words === null ? null : escapeVCardText(words));
		if (death) lines.push(death);
		const note = first("note");
		if (note) lines.push(`NOTE:${escapeVCardText(note, { multiline: true })}`);
		for (const url of all("linkedin", "website")) lines.push(`URL:${uriValue(linkedinProfile(url) ?? url)}`);
		const groups = all("groups");
		if (groups.length > 0) lines.push(`CATEGORIES:${groups.map((g) => escapeVCardText(g)).join(",")}`);
		lines.push("END:VCARD");
		cards.push(lines.map(foldLine).join("\r\n"));
	}
	return cards.length === 0 ? null : cards.join("\r\n") + "\r\n";
}
