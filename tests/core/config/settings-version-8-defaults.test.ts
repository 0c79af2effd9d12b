import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings, SETTINGS_VERSION } from "../../../src/core/config/settings";

// The attendee keys versions 7 and 8 shipped, before `organizer`, `organiser`, `host`, `organizzatore` and `who` joined them.
const version8AttendeeFields = ["people", "attendees", "participants", "with", "partecipanti", "person", "persona", "contacts", "contact", "contatto", "teilnehmer", "résztvevők"];

function savedBy(version: number, changes: Record<string, unknown> = {}): Record<string, unknown> {
	return { ...defaultSettings(), version, attendeeFields: version8AttendeeFields, ...changes };
}

describe("attendee keys saved by version 8 or earlier", () => {
	it("follow today's defaults when unedited: the organiser's and host's keys and who read a meeting's people", () => {
		for (const version of [7, 8]) {
			const s = migrateSettings(savedBy(version));
			expect(s.version).toBe(SETTINGS_VERSION);
			expect(SETTINGS_VERSION).toBe(9);
			expect(s.attendeeFields).toEqual(defaultSettings().attendeeFields);
			expect(s.attendeeFields).toEqual(expect.arrayContaining(["organizer", "organiser", "host", "organizzatore", "who"]));
		}
	});

	it("stay as the user edited them, and the stored settings are untouched", () => {
		const raw = savedBy(8, { attendeeFields: ["with", "attendees", "chi"] });
		const before = JSON.stringify(raw);
		expect(migrateSettings(raw).attendeeFields).toEqual(["with", "attendees", "chi"]);
		expect(JSON.stringify(raw)).toBe(before);
	});

	it("stay as saved by version 9, even when equal to version 8's defaults (the user took the new keys out)", () => {
		expect(migrateSettings(savedBy(9)).attendeeFields).toEqual(version8AttendeeFields);
	});
});
