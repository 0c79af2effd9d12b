import type ICAL from "ical.js";
import { stableId } from "../contacts/export";

type Component = InstanceType<typeof ICAL.Component>;

/**
 * What `calendar_uid` holds for an event: its UID, or, for an event written without one (booking
 * sites, hand-made invitations), a key made of its start, its title and its guests' addresses, the same
 * every time the file is imported (`DTSTAMP`, the moment of the export, is left out; the guests in any
 * order or case) and another for every other event.
 */
export function eventKey(vevent: Component): string {
	const uid = String(vevent.getFirstPropertyValue("uid") ?? "");
	if (uid.trim() !== "") return uid;
	const start = vevent.getFirstProperty("dtstart")?.toICALString() ?? "";
	const summary = String(vevent.getFirstPropertyValue("summary") ?? "");
	// A group class a booking site exports as one event per seat has one start and title for all.
	const guests = guestAddresses(vevent);
	return `no-uid-${stableId(guests === "" ? `${start}\n${summary}` : `${start}\n${summary}\n${guests}`)}`;
}

/** The event's attendees' addresses, in lower case and in order, one per line; "" when it has none. */
function guestAddresses(vevent: Component): string {
	const addresses = vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue() ?? "").replace(/^mailto:/i, "").trim().toLowerCase());
	return [...new Set(addresses.filter((a) => a !== ""))].sort().join("\n");
}
