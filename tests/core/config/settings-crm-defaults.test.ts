import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings } from "../../../src/core/config/settings";

// Public CRM plugins: an `Interactions` folder, `contacts:` on an interaction, `last_contacted`, `next_follow_up`, `next_action_date`.
describe("settings saved before CRM plugins' interactions and keys joined the defaults", () => {
	const version4 = {
		version: 4,
		meetings: {
			types: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "121", "1on1", "one-on-one", "event", "events", "conference", "evento", "conferenza"],
			tags: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "1on1", "one-on-one", "event", "conference"],
			folders: ["Meetings", "Meeting notes", "Riunioni", "Incontri", "1-1", "1on1", "One on ones", "Calls", "Events", "Eventi"],
		},
		attendeeFields: ["people", "attendees", "participants", "with", "partecipanti", "person", "persona"],
		lastContactFields: ["last_contact"],
		followUpFields: ["follow_up"],
	};

	it("follow the new defaults when saved unchanged by version 4", () => {
		const s = migrateSettings(version4);
		const d = defaultSettings();
		expect(s.meetings).toEqual(d.meetings);
		expect(s.meetings.folders).toContain("Interactions");
		expect(s.attendeeFields).toContain("contacts");
		expect(s.lastContactFields).toEqual(["last_contact", "last_contacted"]);
		expect(s.followUpFields).toEqual(["follow_up", "next_follow_up", "next_action_date"]);
	});

	it("follow them from version 3's defaults too", () => {
		const s = migrateSettings({ version: 3, attendeeFields: ["people", "attendees", "participants", "with", "partecipanti"], meetings: { types: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "event", "events", "conference", "evento", "conferenza"], tags: [], folders: ["Meetings", "Riunioni", "Events", "Eventi"] } });
		expect(s.attendeeFields).toEqual(defaultSettings().attendeeFields);
		expect(s.meetings.folders).toEqual(defaultSettings().meetings.folders);
		expect(s.meetings.tags).toEqual([]);
	});

	it("stay as the user edited them, and as saved by version 5", () => {
		expect(migrateSettings({ ...version4, lastContactFields: ["ultimo_contatto"], followUpFields: ["richiamare"] })).toMatchObject({ lastContactFields: ["ultimo_contatto"], followUpFields: ["richiamare"] });
		const five = migrateSettings({ ...version4, version: 5 });
		expect(five.lastContactFields).toEqual(["last_contact"]);
		expect(five.meetings.folders).not.toContain("Interactions");
	});
});
