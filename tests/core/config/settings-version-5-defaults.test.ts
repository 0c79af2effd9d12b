import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings, SETTINGS_VERSION } from "../../../src/core/config/settings";

// Version 5's lists (version 6's too, but for its attendee fields), before German and Hungarian words and the Metadata Menu plugin's `fileClass` joined them.
const version5 = {
	version: 5,
	people: { types: ["person", "people", "contact", "persona", "persone", "contatto", "contatti"], tags: ["person", "people", "contact"], folders: ["People", "Persone", "Contacts", "Contatti"] },
	meetings: {
		types: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "121", "1on1", "one-on-one", "event", "events", "conference", "evento", "conferenza", "interaction"],
		tags: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "1on1", "one-on-one", "event", "conference"],
		folders: ["Meetings", "Meeting notes", "Riunioni", "Incontri", "1-1", "1on1", "One on ones", "Calls", "Events", "Eventi", "Interactions"],
	},
	typeFields: ["type", "category", "categories", "tipo", "categoria", "categorie"],
	attendeeFields: ["people", "attendees", "participants", "with", "partecipanti", "person", "persona", "contacts"],
};

describe("settings saved by version 5 or 6 with its default lists", () => {
	it("follow today's defaults: fileClass, Typ and típus as type keys, Personen, Kontakte and Besprechungen as folders, Teilnehmer as attendees", () => {
		const s = migrateSettings(version5);
		const d = defaultSettings();
		expect(s.version).toBe(SETTINGS_VERSION);
		expect(s.people).toEqual(d.people);
		expect(s.meetings).toEqual(d.meetings);
		expect(s.typeFields).toEqual(d.typeFields);
		expect(s.attendeeFields).toEqual(d.attendeeFields);
		expect(s.typeFields).toEqual(expect.arrayContaining(["fileClass", "typ", "típus"]));
		expect(s.people.folders).toEqual(expect.arrayContaining(["Personen", "Kontakte", "Emberek"]));
		expect(s.meetings.folders).toEqual(expect.arrayContaining(["Besprechungen", "Megbeszélések"]));
		expect(s.attendeeFields).toEqual(expect.arrayContaining(["teilnehmer", "résztvevők"]));
	});

	it("stay as the user edited them, list by list", () => {
		const s = migrateSettings({ ...version5, people: { ...version5.people, folders: ["Leute"] }, typeFields: ["type"], attendeeFields: ["wer"] });
		expect(s.people.folders).toEqual(["Leute"]);
		expect(s.people.types).toEqual(defaultSettings().people.types);
		expect(s.typeFields).toEqual(["type"]);
		expect(s.attendeeFields).toEqual(["wer"]);
	});

	it("follow today's defaults when saved by version 6 with its own defaults", () => {
		const s = migrateSettings({ ...version5, version: 6, attendeeFields: [...version5.attendeeFields, "contact", "contatto"] });
		const d = defaultSettings();
		expect([s.people, s.meetings, s.typeFields, s.attendeeFields]).toEqual([d.people, d.meetings, d.typeFields, d.attendeeFields]);
	});

	it("stay as saved by version 7, even when equal to version 6's defaults", () => {
		const s = migrateSettings({ ...version5, version: 7 });
		expect(s.people.folders).toEqual(version5.people.folders);
		expect(s.typeFields).toEqual(version5.typeFields);
		expect(s.attendeeFields).toEqual(version5.attendeeFields);
	});

	it("still bring version 4's unedited lists up to today's", () => {
		const s = migrateSettings({ version: 4, attendeeFields: ["people", "attendees", "participants", "with", "partecipanti", "person", "persona"] });
		expect(s.attendeeFields).toEqual(defaultSettings().attendeeFields);
	});
});
