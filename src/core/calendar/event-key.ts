import type ICAL from "ical.js";
import { stableId } from "../contacts/export";

type Component = InstanceType<typeof ICAL.Component>;

/**
 * What `calendar_uid` holds for an event: its UID, or, for an event written without one (booking
 * sites, hand-made invitations), a key made of its start and its title, the same every time the file
 * is imported (`DTSTAMP`, the moment of the export, is left out) and another for every other event.
 */
export function eventKey(vevent: Component): string {
	const uid = String(vevent.getFirstPropertyValue("uid") ?? "");
	if (uid.trim() !== "") return uid;
	const start = vevent.getFirstProperty("dtstart")?.toICALString() ?? "";
	const summary = String(vevent.getFirstPropertyValue("summary") ?? "");
	return `no-uid-${stableId(`${start}\n${summary}`)}`;
}
