import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, migrateSettings } from "../../../src/core/config/settings";
import { unknownSettings } from "../../../src/core/config/unknown-settings";

describe("a data.json edited by hand or written by another version", () => {
	it("keeps values written as text: numbers, comma-separated lists, true and false", () => {
		const s = migrateSettings({ version: 3, upcomingDays: "10", birthdayDays: " 30 ", autoInsert: "true", people: { folders: "People, Network", tags: "person" }, attendeeFields: "with, attendees" });
		expect(s).toMatchObject({ upcomingDays: 10, birthdayDays: 30, autoInsert: true, attendeeFields: ["with", "attendees"] });
		expect(s.people.folders).toEqual(["People", "Network"]);
		expect(s.people.tags).toEqual(["person"]);
	});

	it("keeps the cadence of a built-in circle whose key was written with a capital (Work)", () => {
		expect(migrateSettings({ version: 3, circleCadences: { Work: "weekly", Friend: " 2w " } }).circleCadences).toMatchObject({ work: "weekly", friend: "2w", family: DEFAULT_SETTINGS.circleCadences.family });
	});

	it("reads the language whatever its case", () => {
		expect(migrateSettings({ language: "IT" }).language).toBe("it");
	});

	it("sets apart the keys it does not know (a newer version's), and none it reads", () => {
		const raw = { version: 4, upcomingDays: 5, meetingReminders: { before: 10 }, peopleFolder: "Old", halfLifeDays: 30, graphLayout: {}, cadences: {} };
		expect(unknownSettings(raw)).toEqual({ meetingReminders: { before: 10 } });
		for (const garbage of [null, 42, "x", []]) expect(unknownSettings(garbage)).toEqual({});
	});
});
