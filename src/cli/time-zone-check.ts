import { existsSync } from "node:fs";

/** TZ values that mean UTC itself, as POSIX writes it (`UTC0`, `GMT`, `UTC+00:00`). */
const UTC_ITSELF = /^(?:UTC|GMT|UCT|Zulu|Z)(?:[+-]?0+(?::0+){0,2})?$/i;

/**
 * Whether `TZ` names a time zone the command cannot read: a zone misspelt (`America/Los_Angles`), a
 * zoneinfo file that is not there, or a POSIX rule (`<-08>8`, `CET-1CEST,M3.5.0,M10.5.0/3`), which
 * Node does not read. Node then counts days in UTC without a word, and "today" may be another day
 * than the user's. A zone Node knows by name, a zoneinfo file, UTC itself, or TZ unset or empty is fine.
 */
export function unreadableTimeZone(tz: string | undefined): boolean {
	if (tz === undefined) return false;
	const name = tz.startsWith(":") ? tz.slice(1) : tz;
	if (name === "" || UTC_ITSELF.test(name)) return false;
	if (name.startsWith("/")) return !existsSync(name);
	try {
		new Intl.DateTimeFormat("en", { timeZone: name });
		return false;
	} catch {
		return true;
	}
}
