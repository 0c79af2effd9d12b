import { plainAttendees } from "./attendee-lines";
import { extractLinks, MASK, maskLinks } from "./links";
import type { BodyScan } from "./markdown";

/**
 * A checkbox in a meeting's list of attendees (`## Participants` then `- [x] [[Anna Rossi]]`, `- [ ] Ben Cho`), as
 * templates that take the roll write them: a box ticked for each person who came. It names people, it is no
 * follow-up. Each check is one pass over the line.
 */

/** Longer boxes are a task's sentence, not a name. */
const BOX_MAX = 200;
/** A remark after a name (`(PM)`, `- Design`): the entry is still that name. */
const REMARK = /[ \t]*(?:\([^()]{0,60}\)|[ \t][-\u2013\u2014][ \t][^[\]]{0,60})[ \t]*$/u;
/** What may stand between the links of one box: spaces, commas, `and`, `&`, an `@`, bold marks. */
const BETWEEN_LINKS = /^(?:[\s,;&@*_]|\band\b|\be\b|\bund\b)*$/u;

export interface AttendanceBox {
	/** Whether the box is ticked (`[x]`): the person came. */
	ticked: boolean;
	/** Whether it is cancelled (`[-]`): the person did not come. */
	cancelled: boolean;
	/** The people it names by link. */
	links: { target: string; markdown: boolean }[];
	/** The people it names without a link (`- [ ] Ben Cho`). */
	names: string[];
}

/**
 * The people a checkbox under an attendees heading or label names, when its text (past the Tasks plugin's fields, such
 * as the `✅ 2026-11-20` it adds on ticking) is only their links or names; null for a box that says anything else
 * (`- [ ] Send [[Anna]] the deck`), which stays a follow-up.
 */
export function attendanceBox(status: string, text: string): AttendanceBox | null {
	const body = text.trim();
	if (body === "" || body.length > BOX_MAX) return null;
	const ticked = status === "x" || status === "X";
	const cancelled = status === "-";
	const links = extractLinks(body).filter((l) => !l.embed);
	if (links.length > 0) {
		const rest = maskLinks(body).split(MASK).join(" ").replace(REMARK, "");
		return BETWEEN_LINKS.test(rest) ? { ticked, cancelled, links: links.map((l) => ({ target: l.target, markdown: l.markdown })), names: [] } : null;
	}
	if (body.includes("[")) return null;
	const names = plainAttendees(`- ${body}`, true);
	return names.length > 0 ? { ticked, cancelled, links: [], names } : null;
}

/** A checkbox of a roll (`- [x] [[Anna Rossi]]` under `## Participants`): its people are listed, not given a follow-up. */
export function readAttendanceBox(box: AttendanceBox, i: number, absent: boolean, scan: Pick<BodyScan, "links" | "listedAttendees" | "someoneAbsent">): void {
	const away = absent || box.cancelled;
	if (away) scan.someoneAbsent = true;
	const mark = box.ticked ? "ticked" : "open";
	for (const l of box.links) {
		scan.links.push({ target: l.target, line: i, context: away ? "absent" : "text", markdown: l.markdown });
		if (!away) scan.listedAttendees.push({ target: l.target, line: i, link: true, box: mark });
	}
	if (!away) for (const name of box.names) scan.listedAttendees.push({ target: name, line: i, link: false, box: mark });
}
