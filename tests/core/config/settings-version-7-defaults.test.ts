import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings, SETTINGS_VERSION } from "../../../src/core/config/settings";

// Version 7's lists, before `noteType` and `note_type` joined the type keys and Bear's `meeting notes` the meeting tags.
const version7TypeFields = ["type", "category", "categories", "tipo", "categoria", "categorie", "fileClass", "typ", "kategorie", "típus"];
const version7MeetingTags = ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "1on1", "one-on-one", "event", "conference", "besprechung", "megbeszélés"];

function savedBy7(changes: Record<string, unknown> = {}): Record<string, unknown> {
	const d = defaultSettings();
	return { ...d, version: 7, typeFields: version7TypeFields, meetings: { ...d.meetings, tags: version7MeetingTags }, ...changes };
}

describe("settings saved by version 7", () => {
	it("follow today's defaults when their lists are version 7's: noteType and note_type are type keys, meeting notes a meeting tag", () => {
		const s = migrateSettings(savedBy7());
		const d = defaultSettings();
		expect(s.version).toBe(SETTINGS_VERSION);
		expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(8);
		expect(s.typeFields).toEqual(d.typeFields);
		expect(s.typeFields).toEqual(expect.arrayContaining(["noteType", "note_type"]));
		expect(s.meetings).toEqual(d.meetings);
		expect(s.meetings.tags).toContain("meeting notes");
	});

	it("stay as the user edited them, list by list", () => {
		const d = defaultSettings();
		const raw = savedBy7({ typeFields: ["type", "kind"], meetings: { ...d.meetings, tags: ["meeting", "sync"], folders: ["Calls"] } });
		const before = JSON.stringify(raw);
		const s = migrateSettings(raw);
		expect(s.typeFields).toEqual(["type", "kind"]);
		expect(s.meetings).toEqual({ types: d.meetings.types, tags: ["meeting", "sync"], folders: ["Calls"] });
		// Pure: what was stored is untouched.
		expect(JSON.stringify(raw)).toBe(before);
	});

	it("stay as saved by version 8, even when equal to version 7's defaults", () => {
		const s = migrateSettings(savedBy7({ version: 8 }));
		expect(s.typeFields).toEqual(version7TypeFields);
		expect(s.meetings.tags).toEqual(version7MeetingTags);
	});

	it("bring version 5's unedited lists to today's too", () => {
		const s = migrateSettings({ version: 5, typeFields: ["type", "category", "categories", "tipo", "categoria", "categorie"] });
		expect(s.typeFields).toEqual(defaultSettings().typeFields);
	});
});
