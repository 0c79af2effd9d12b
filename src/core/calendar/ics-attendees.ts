import ICAL from "ical.js";
import { withoutInvisibleEdges } from "../contacts/characters";
import { isSpace, trimEndWhile } from "../shared/scan";
import { foldName, oneLine } from "../shared/text";
import { RUN_TOGETHER_PARAMETER } from "./name-folds";

/**
 * A value written as a mail header writes an address, `Anna Rossi <anna@example.com>`: the name before
 * the `<` and the address inside (no blanks, an `@` with text either side); null for any other value.
 * Read by hand in one pass: the pattern `^([^<>]*)<([^<>\s]+@[^<>\s]+)>\s*$` tried every `@` of a long
 * value with every length after it (a 20,000-character attendee took half a second, a megabyte hours).
 */
export function angledAddress(text: string): { name: string; address: string } | null {
	const trimmed = trimEndWhile(text, isSpace);
	const open = trimmed.indexOf("<");
	if (open < 0 || !trimmed.endsWith(">") || trimmed.indexOf(">") !== trimmed.length - 1) return null;
	const address = trimmed.slice(open + 1, -1);
	if (address.includes("<") || [...address].some(isSpace)) return null;
	const at = address.indexOf("@", 1);
	return at > 0 && at < address.length - 1 ? { name: trimmed.slice(0, open), address } : null;
}

type Component = InstanceType<typeof ICAL.Component>;

/** `RUN_TOGETHER_PARAMETER` as ical.js names a parameter: in lower case. */
const RUN_TOGETHER_KEY = RUN_TOGETHER_PARAMETER.toLowerCase();

/**
 * Someone invited to an event: their email (lower case) and the name the calendar gives them (`CN`), "" when none;
 * `runTogether` when that name was folded at the width where a small letter meets a capital, and may have lost a
 * space there (`JohnSmith`, see `RUN_TOGETHER_PARAMETER`).
 */
export interface CalendarAttendee {
	email: string;
	name: string;
	runTogether?: true;
}

function emailOf(value: unknown): string {
	return (typeof value === "string" ? value : "").replace(/^mailto:/i, "").trim().toLowerCase();
}

/** A property as jCal holds it: name, parameters, value type, values. */
type JCalProperty = [string, Record<string, string | string[] | undefined>, string, ...unknown[]];

/**
 * The first value of an ORGANIZER or ATTENDEE: read from the jCal for a plain `cal-address` (what
 * ical.js's Property would give, without making one per attendee), through ical.js otherwise.
 */
function addressValue(prop: JCalProperty, component: Component): unknown {
	if (prop[2] === "cal-address") return prop.length > 3 ? prop[3] : null;
	return new ICAL.Property(prop, component).getFirstValue();
}

/**
 * Addresses of Google calendars rather than people: a shared calendar that organises its events
 * (`…@group.calendar.google.com`), a room or resource (`…@resource.calendar.google.com`), Google's
 * own birthdays and holidays calendars (`…@group.v.calendar.google.com`), an imported calendar, and
 * the stand-in guest of each birthday in Google's older contacts' birthdays calendar (`CN=Contacts`,
 * `…@virtual`, a domain no mail reaches).
 */
const CALENDAR_ADDRESS = /@(?:(?:group(?:\.v)?|resource|import)\.calendar\.google\.com|virtual)$/;

/**
 * The name an attendee's `CN` gives, "" when it gives none: Outlook quotes a name or an address it
 * could not resolve in single quotes (`CN='marco@example.com'`), and many calendars repeat the
 * address as the name, in any case.
 */
function displayName(cn: string | string[] | undefined, email: string): string {
	// Marks around the name (`\u200FHana Kareem\u200E`, from a right-to-left chat) are no part of it, in her note's `name:` or its file name.
	const name = withoutInvisibleEdges(oneLine(withoutInvisibleEdges(oneLine(Array.isArray(cn) ? cn.join(" ") : String(cn ?? ""))).replace(/^'(.*)'$/s, "$1")));
	// A name of invisible marks only (`CN=\u200F`) is no name: the guest is named by her address, as with none.
	return name.toLowerCase() === email || name.toLowerCase() === `mailto:${email}` || foldName(name) === "" ? "" : name;
}

/** The people of an event but the user (rooms and resources left out), and whether the user declined it. */
export function people(component: Component, mine: Set<string>): { others: CalendarAttendee[]; declined: boolean } {
	const others = new Map<string, CalendarAttendee>();
	let declined = false;
	const add = (prop: JCalProperty, isOrganizer: boolean): void => {
		const params = prop[1];
		const written = addressValue(prop, component);
		// vCalendar 1.0 (.vcs) writes an attendee as a mail header does: `Anna Rossi <anna@example.com>`.
		const angled = typeof written === "string" ? angledAddress(written) : null;
		const value = emailOf(angled ? angled.address : written);
		// Apple writes some attendees as `urn:uuid:…` with the address in an EMAIL parameter.
		const email = value.includes("@") ? value : emailOf(params.email);
		const name = displayName(params.cn ?? angled?.name.trim().replace(/^"(.*)"$/s, "$1"), email);
		const cutype = String(params.cutype ?? "").toUpperCase();
		if (mine.has(email)) {
			// vCalendar 1.0 (.vcs) says it with STATUS, iCalendar with PARTSTAT.
			if (!isOrganizer && String(params.partstat ?? params.status ?? "").toUpperCase() === "DECLINED") declined = true;
			return;
		}
		if (cutype === "ROOM" || cutype === "RESOURCE" || cutype === "GROUP" || CALENDAR_ADDRESS.test(email)) return;
		if (!email.includes("@") && name === "") return;
		const key = email || name.toLowerCase();
		const known = others.get(key);
		const guest: CalendarAttendee = params[RUN_TOGETHER_KEY] === undefined ? { email, name } : { email, name, runTogether: true };
		if (!known) others.set(key, guest);
		else if (known.name === "") others.set(key, guest);
	};
	const props = (component.jCal as unknown[])[1] as JCalProperty[];
	for (const prop of props) if (prop[0] === "organizer") add(prop, true);
	for (const prop of props) if (prop[0] === "attendee") add(prop, false);
	return { others: [...others.values()], declined };
}
