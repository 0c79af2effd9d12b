import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { buildAgenda } from "../../src/core/agenda/agenda";

/**
 * Vaults written by hand in the styles of public vaults tried this round (tests/fixtures/vaults),
 * read as the CLI reads them: a Templater work-notes vault and a CRM plugin's contacts and interactions.
 */
const FIXTURES = join(__dirname, "..", "fixtures", "vaults");
const TODAY = "2026-11-30";

const [worknotes, crm] = await Promise.all([loadVault(join(FIXTURES, "worknotes-templater")), loadVault(join(FIXTURES, "crm-interactions"))]);

describe("a work-notes vault with Templater scripts in _templates and numbered folders", () => {
	it("finds the three contacts and the two meetings, and no template among them", () => {
		expect(worknotes.index.personNotes().map((n) => n.path).sort()).toEqual([
			"05 - Contacts/Q100234 - Laura Bianchi.md",
			"05 - Contacts/Q100871 - Tom Becker.md",
			"05 - Contacts/Q200114 - Priya Natarajan.md",
		]);
		const meetings = [...worknotes.index.allNotes()].filter((n) => n.kind === "meeting").map((n) => [n.path, n.date]);
		expect(meetings.sort()).toEqual([
			["04 - Meetings/2026-11-20 - Roadmap sync.md", "2026-11-20"],
			["04 - Meetings/2026-11-24 - Test strategy.md", "2026-11-24"],
		]);
	});

	it("counts the conversations of the daily log as contact on its day", () => {
		expect(worknotes.index.lastInteraction("05 - Contacts/Q200114 - Priya Natarajan.md", TODAY)?.day).toBe("2026-11-26");
		expect(worknotes.index.lastInteraction("05 - Contacts/Q100871 - Tom Becker.md", TODAY)?.day).toBe("2026-11-26");
		expect(worknotes.index.lastInteraction("05 - Contacts/Q100234 - Laura Bianchi.md", TODAY)?.day).toBe("2026-11-20");
	});

	it("gives doctor nothing to say about the templates' ${endDate} or the example attendees person1 and person2", () => {
		expect(worknotes.index.problems().map((p) => [p.path, p.code])).toEqual([]);
	});
});

describe("a CRM plugin's contacts, companies and interactions", () => {
	it("knows the people by their prefixed types, and no company as a person", () => {
		expect(crm.index.personNotes().map((n) => n.path).sort()).toEqual(["CRM/Contacts/Ben Okoro.md", "People/Ana Duarte.md"]);
	});

	it("counts each logged interaction as contact on its date", () => {
		expect(crm.index.lastInteraction("CRM/Contacts/Ben Okoro.md", TODAY)?.day).toBe("2026-11-19");
		expect(crm.index.lastInteraction("People/Ana Duarte.md", TODAY)?.day).toBe("2026-11-18");
	});

	it("lists the CRM's next follow-ups as overdue, with the next action as their text", () => {
		const overdue = buildAgenda(crm.index, TODAY, crm.settings).items.filter((i) => i.kind === "followup" && i.status === "overdue");
		expect(overdue.map((i) => [i.text, i.date, i.people])).toEqual([
			["Follow up: Ben Okoro", "2026-11-25", ["CRM/Contacts/Ben Okoro.md"]],
			["Send the proposal", "2026-11-26", ["People/Ana Duarte.md"]],
		]);
	});

	it("gives doctor nothing to say about the interactions' empty next action", () => {
		expect(crm.index.problems().filter((p) => p.code !== "meeting-without-follow-up").map((p) => [p.path, p.code])).toEqual([]);
	});
});
