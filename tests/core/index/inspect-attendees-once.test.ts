import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import { inspectNote } from "../../../src/core/index/inspect";
import { parseNoteDetail } from "../../../src/core/notes/note";
import { buildVault, md, person } from "../../builders";

/**
 * `rapport inspect` (and the plugin's Inspect note) lists each attendee of a meeting once, however many
 * places name them: a `participants::` field and a `## Participants` heading, a property and a heading,
 * a link and a plain name. The agenda and the follow-ups count them once already.
 */

const MEETING = "Meetings/2026-11-23 Sync.md";

function attendeesShown(body: string[], props: Record<string, unknown> = {}, more: Record<string, string> = {}) {
	const files = { "People/Anna Rossi.md": person(), "People/Marco Bellini.md": person(), [MEETING]: md({ type: "meeting", date: "2026-11-23", ...props }, ...body), ...more };
	const v = buildVault(files);
	const text = files[MEETING];
	const detail = parseNoteDetail(MEETING, text, readFrontmatter(MEETING, text).data, v.ctx);
	return inspectNote(detail, v.index).attendees;
}

const ANNA = { target: "Anna Rossi", person: "People/Anna Rossi.md" };
const MARCO = { target: "Marco Bellini", person: "People/Marco Bellini.md" };

describe("inspect's attendees", () => {
	// Both failed on the old inspectNote: Anna was listed twice.
	it("lists once a person named by participants:: and under ## Participants", () => {
		expect(attendeesShown(["participants:: [[Anna Rossi]]", "", "## Participants", "- [[Anna Rossi]]", "- [[Marco Bellini]]"])).toEqual([ANNA, MARCO]);
	});

	it("lists once a person named by the attendees property and, as a plain name, under a heading", () => {
		expect(attendeesShown(["## Partecipanti", "- Anna Rossi"], { attendees: ["[[Anna Rossi]]"] })).toEqual([ANNA]);
	});

	// Guards: these pass on the old code too.
	it("lists once a name with no person note, written twice with other capitals", () => {
		console.error(JSON.stringify(attendeesShown(["participants:: Zoe Verdi", "", "## Participants", "- zoe verdi"])));expect(attendeesShown(["participants:: Zoe Verdi", "", "## Participants", "- zoe verdi"])).toEqual([{ target: "Zoe Verdi", person: null }]);
	});

	it("keeps two people apart", () => {
		expect(attendeesShown(["## Participants", "- [[Anna Rossi]]", "- [[Marco Bellini]]"])).toEqual([ANNA, MARCO]);
	});

	it("lists no name a host key or a line under a label gives when no person has it (host: Zoom, Budget), and lists those a person has", () => {
		expect(attendeesShown(["Attendees:", "Anna Rossi", "Budget"], { host: "Zoom", organizer: "Acme Corp", who: "[[Marco Bellini]]" })).toEqual([MARCO, ANNA]);
	});
});
