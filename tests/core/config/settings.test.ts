import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, defaultSettings, migrateSettings, SETTINGS_VERSION, emailList } from "../../../src/core/config/settings";

describe("settings migration", () => {
	it("turns nothing or garbage into the defaults", () => {
		for (const raw of [undefined, null, 42, "x", [], { version: "?" }]) expect(migrateSettings(raw)).toEqual(defaultSettings());
	});

	it("keeps valid values and repairs invalid ones", () => {
		const s = migrateSettings({ version: 1, upcomingDays: 3, birthdayDays: -5, language: "it", attendeeFields: ["with", 7, " "], circleCadences: { work: "monthly" } });
		expect(s).toMatchObject({ upcomingDays: 3, birthdayDays: DEFAULT_SETTINGS.birthdayDays, language: "it", attendeeFields: ["with"] });
		expect(s.circleCadences).toEqual({ ...DEFAULT_SETTINGS.circleCadences, work: "monthly" });
	});

	it("migrates unversioned drafts that kept one people folder and per-circle cadences", () => {
		const s = migrateSettings({ peopleFolder: "Network", cadences: { friend: "2w" } });
		expect(s.version).toBe(SETTINGS_VERSION);
		expect(s.people.folders).toEqual(["Network"]);
		expect(s.circleCadences.friend).toBe("2w");
	});

	it("gives the two half-lives of version 2 names that say which is which", () => {
		const s = migrateSettings({ version: 2, halfLifeDays: 90, health: { halfLifeDays: 30 } });
		expect(s.version).toBe(SETTINGS_VERSION);
		expect(s.graphMeetingHalfLifeDays).toBe(90);
		expect(s.health.recencyHalfLifeDays).toBe(30);
		expect(s).not.toHaveProperty("halfLifeDays");
		expect(s.health).not.toHaveProperty("halfLifeDays");
		const current = migrateSettings({ version: 3, graphMeetingHalfLifeDays: 45, health: { recencyHalfLifeDays: 20 } });
		expect([current.graphMeetingHalfLifeDays, current.health.recencyHalfLifeDays]).toEqual([45, 20]);
	});

	it("never mutates the defaults or its input", () => {
		const raw = { people: { types: ["x"] } };
		const copy = structuredClone(raw);
		const s = migrateSettings(raw);
		s.people.folders.push("Mine");
		expect(raw).toEqual(copy);
		expect(DEFAULT_SETTINGS.people.folders).not.toContain("Mine");
		expect(Object.isFrozen(DEFAULT_SETTINGS.people.folders)).toBe(true);
	});

	it("keeps the user's own circles and their colours, and repairs health weights", () => {
		const s = migrateSettings({ version: 1, circleCadences: { work: "monthly", Neighbours: "2w", bad: 3 }, circleColors: { neighbours: "#123456", friend: "red" }, health: { weights: { recency: 0, frequency: 0, reciprocity: 0, length: 0 } } });
		expect(s.version).toBe(SETTINGS_VERSION);
		expect(s.circleCadences).toMatchObject({ work: "monthly", neighbours: "2w", friend: "monthly" });
		expect(s.circleCadences.bad).toBeUndefined();
		expect(s.circleColors.neighbours).toBe("#123456");
		expect(s.circleColors.friend).toBe(defaultSettings().circleColors.friend);
		expect(s.health.weights).toEqual(defaultSettings().health.weights);
		expect(s.followUpDelayDays).toBe(3);
	});
});

describe("calendar settings", () => {
	it("start empty for settings saved before calendars existed", () => {
		const s = migrateSettings({ version: 2, me: "People/Me.md" });
		expect([s.myEmails, s.calendarFiles, s.calendarDaysAhead]).toEqual([[], [], 0]);
	});

	it("keep the user's email addresses in lower case, once each, dropping what is not an address", () => {
		expect(migrateSettings({ myEmails: ["Giulia@Example.com", "giulia@example.com", "not an email", 3, "g.b@work.example"] }).myEmails).toEqual(["giulia@example.com", "g.b@work.example"]);
		expect(emailList("giulia@example.com, G.B@work.example;  x")).toEqual(["giulia@example.com", "g.b@work.example"]);
	});

	it("keep calendar files as vault paths, once each, and days ahead within a year", () => {
		const s = migrateSettings({ calendarFiles: ["/Calendars/work.ics", "Calendars/work.ics", "", 7], calendarDaysAhead: 9999 });
		expect(s.calendarFiles).toEqual(["Calendars/work.ics"]);
		expect(s.calendarDaysAhead).toBe(0);
	});
});

// Public vaults: 1:1 notes name their one other person in `person:`.
describe("attendee fields saved before `person` joined them", () => {
	it("follow the new defaults when saved unchanged, and stay as the user edited them otherwise", () => {
		expect(migrateSettings({ version: 3, attendeeFields: ["people", "attendees", "participants", "with", "partecipanti"] }).attendeeFields).toContain("person");
		expect(migrateSettings({ version: 3, attendeeFields: ["attendees", "guests"] }).attendeeFields).toEqual(["attendees", "guests"]);
	});
});
