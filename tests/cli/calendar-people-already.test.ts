import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeCalendarImport } from "../../src/cli/calendar-command";
import { planCalendarImport } from "../../src/core/calendar/plan";
import { readCalendar } from "../../src/core/calendar/read-ics";
import { importWindow } from "../../src/core/calendar/window";
import { emptyImportOutcome } from "../../src/core/contacts/import-outcome";
import { translator } from "../../src/i18n";

const text = readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook.ics"), "utf8");
const window = importWindow("2026-11-20", "2026-08-01", 0);
const read = readCalendar(text, { from: window.from, to: window.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
const plan = read ? planCalendarImport(read, [{ path: "People/Marco Verdi.md", frontmatter: { type: "person", aliases: ["Marco"] } }], [], { window, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set(["People/Marco Verdi.md"]) }) : null;

/** `rapport import --write --create-people` when Sara's note was there by the time of writing (another device, a disk that does not tell cases apart). */
function written(lang: "en" | "it"): string {
	if (!plan) throw new Error("not planned");
	const outcome = { ...emptyImportOutcome(), created: plan.creates.map((c) => c.path), exists: ["People/Sara Conti.md"] };
	return describeCalendarImport(plan, { createPeople: true, write: true }, translator(lang), outcome).join("\n");
}

describe("rapport import --write --create-people, an attendee's person note already there", () => {
	it("is said to be in the vault already, not listed among the notes not created", () => {
		expect(plan?.people.map((p) => p.note.path)).toEqual(["People/Sara Conti.md"]);
		const en = written("en");
		expect(en).toContain("Already in your vault (left as it is) (1):\n  Sara Conti <sara.conti@example.net> → People/Sara Conti.md");
		expect(en).not.toContain("Not created, a file is already there");
		expect(written("it")).toContain("Già nel vault (lasciata com'è) (1):\n  Sara Conti <sara.conti@example.net> → People/Sara Conti.md");
	});
});
