import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings } from "../../../src/core/config/settings";
import { unknownSettings } from "../../../src/core/config/unknown-settings";

const VERSION_5_ATTENDEE_FIELDS = ["people", "attendees", "participants", "with", "partecipanti", "person", "persona", "contacts"];

describe("interaction notes in the settings", () => {
	it("gives settings saved before interactions had a rule the default interaction folders, types and tags", () => {
		const s = migrateSettings({ version: 5, attendeeFields: VERSION_5_ATTENDEE_FIELDS });
		expect(s.interactions).toEqual(defaultSettings().interactions);
		expect(s.interactions.folders).toEqual(expect.arrayContaining(["Interactions", "Interazioni", "Calls", "Log"]));
		expect(s.interactions.types).toEqual(expect.arrayContaining(["interaction", "interazione"]));
	});

	it("adds `contact` and `contatto` to attendee fields saved unchanged by version 5", () => {
		const s = migrateSettings({ version: 5, attendeeFields: VERSION_5_ATTENDEE_FIELDS });
		expect(s.attendeeFields).toEqual(defaultSettings().attendeeFields);
		expect(s.attendeeFields).toEqual(expect.arrayContaining(["contact", "contatto"]));
	});

	it("keeps attendee fields and interaction rules the user edited, and version 4's list saved by version 5", () => {
		expect(migrateSettings({ version: 5, attendeeFields: ["with"] }).attendeeFields).toEqual(["with"]);
		expect(migrateSettings({ version: 5, attendeeFields: VERSION_5_ATTENDEE_FIELDS.slice(0, 7) }).attendeeFields).toEqual(VERSION_5_ATTENDEE_FIELDS.slice(0, 7));
		expect(migrateSettings({ version: 6, attendeeFields: VERSION_5_ATTENDEE_FIELDS }).attendeeFields).toEqual(VERSION_5_ATTENDEE_FIELDS);
		const own = { types: ["touchpoint"], tags: [], folders: ["CRM/Log"] };
		expect(migrateSettings({ version: 6, interactions: own }).interactions).toEqual(own);
		expect(migrateSettings({ version: 6, interactions: { folders: "Calls, Log" } }).interactions.folders).toEqual(["Calls", "Log"]);
	});

	it("keeps a newer version's keys inside the interaction rule", () => {
		expect(unknownSettings({ interactions: { types: [], tags: [], folders: [], channels: ["phone"] } })).toEqual({ interactions: { channels: ["phone"] } });
	});
});
