import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings, SETTINGS_VERSION } from "../../../src/core/config/settings";

/** Settings saved by this version are the user's choice: a list edited back to an older version's defaults stays as edited. */
describe("settings the user edited back to an older version's defaults", () => {
	const savedNow = (changes: Record<string, unknown>): Record<string, unknown> => JSON.parse(JSON.stringify({ ...defaultSettings(), ...changes })) as Record<string, unknown>;

	it("keeps type fields without the Italian ones after a save and a restart", () => {
		const edited = savedNow({ typeFields: ["type", "category", "categories"] });
		expect(migrateSettings(edited).typeFields).toEqual(["type", "category", "categories"]);
		expect(migrateSettings(JSON.parse(JSON.stringify(migrateSettings(edited)))).typeFields).toEqual(["type", "category", "categories"]);
	});

	it("keeps attendee fields without person and persona", () => {
		expect(migrateSettings(savedNow({ attendeeFields: ["people", "attendees", "participants", "with", "partecipanti"] })).attendeeFields).toEqual(["people", "attendees", "participants", "with", "partecipanti"]);
	});

	it("keeps meeting folders edited back to the first defaults", () => {
		const meetings = { ...defaultSettings().meetings, folders: ["Meetings", "Riunioni", "Events", "Eventi"] };
		expect(migrateSettings(savedNow({ meetings })).meetings.folders).toEqual(["Meetings", "Riunioni", "Events", "Eventi"]);
	});

	it("still brings lists saved unedited by version 3 up to today's defaults", () => {
		const old = migrateSettings({ version: 3, typeFields: ["type", "category", "categories"], attendeeFields: ["people", "attendees", "participants", "with", "partecipanti"] });
		expect(old.typeFields).toContain("categoria");
		expect(old.attendeeFields).toContain("person");
		expect(old.version).toBe(SETTINGS_VERSION);
	});
});
