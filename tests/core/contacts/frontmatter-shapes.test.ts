import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";

/**
 * Frontmatter as real notes write it, beyond `key: value` lines: JSON (which Obsidian accepts as
 * properties), quoted keys, line separators inside quoted values. Rapport's writes (a contacts import
 * filling a person's fields, a calendar import bringing a meeting's date and attendees up to date)
 * must leave a frontmatter every YAML reader still reads, with the user's other properties as they were.
 */

/** The properties a YAML reader finds in the note's frontmatter (throws when it is unreadable). */
function properties(note: string): Record<string, unknown> {
	const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(note);
	if (!m) throw new Error("no frontmatter");
	return yaml.load(m[1] ?? "", { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

describe("a person note whose properties are written in JSON", () => {
	// Failed on main: `email: …` went on a line after the JSON object, and the frontmatter could no longer be read at all.
	it("gets the imported email and phone inside the object; every property stays readable", () => {
		const note = '---\n{"type": "person", "tags": ["friend"], "phone": ""}\n---\n# Anna\n';
		const after = addFrontmatterEntries(note, [["email", "anna@lumen.example"], ["phone", "+39 333 1234567"]]);
		expect(after).toBe('---\n{"type": "person", "tags": ["friend"], "phone": "+39 333 1234567", "email": "anna@lumen.example"}\n---\n# Anna\n');
		expect(properties(after)).toEqual({ type: "person", tags: ["friend"], phone: "+39 333 1234567", email: "anna@lumen.example" });
	});

	it("spread over lines (CRLF): one entry a line with the object's indentation, and a value the user wrote is kept", () => {
		const note = '---\r\n{\r\n  "type": "person",\r\n  "email": "anna@home.example"\r\n}\r\n---\r\nBody\r\n';
		const after = addFrontmatterEntries(note, [["email", "anna@lumen.example"], ["org", ["Lumen"]]]);
		expect(after).toBe('---\r\n{\r\n  "type": "person",\r\n  "email": "anna@home.example",\r\n  "org": ["Lumen"]\r\n}\r\n---\r\nBody\r\n');
		expect(properties(after)).toEqual({ type: "person", email: "anna@home.example", org: ["Lumen"] });
	});

	it("an object Rapport cannot follow (a comment inside) is left as it was rather than broken", () => {
		const note = '---\n{"type": "person", # mine\n "x": 1}\n---\n';
		expect(addFrontmatterEntries(note, [["email", "a@b.example"]])).toBe(note);
	});
});

describe("a meeting note an earlier calendar import created, edited by hand since", () => {
	// Failed on main: a quoted key was not found, a second `date:` line was added, and YAML refuses a duplicated key.
	it("with quoted keys: the date and attendees are replaced in place, the keys quoted as the user wrote them", () => {
		const note = '---\n"type": meeting\n"date": 2026-11-10T10:00\n\'attendees\':\n  - "[[Anna Rossi]]"\n"calendar_uid": x\n---\nNotes\n';
		const after = setFrontmatterEntries(note, [["date", { plain: "2026-11-11T10:00" }], ["attendees", ["[[Anna Rossi]]", "[[Luca Neri]]"]]]);
		expect(after).toBe('---\n"type": meeting\n"date": 2026-11-11T10:00\n\'attendees\':\n  - "[[Anna Rossi]]"\n  - "[[Luca Neri]]"\n"calendar_uid": x\n---\nNotes\n');
		expect(properties(after)).toEqual({ type: "meeting", date: "2026-11-11T10:00", attendees: ["[[Anna Rossi]]", "[[Luca Neri]]"], calendar_uid: "x" });
	});

	// Failed on main: the date line was added after the JSON object, and the frontmatter could no longer be read.
	it("with its properties in JSON: the values are replaced inside the object", () => {
		const note = '---\n{"type": "meeting", "date": "2026-11-10T10:00", "attendees": ["[[Anna Rossi]]"], "calendar_uid": "x"}\n---\n';
		const after = setFrontmatterEntries(note, [["date", { plain: "2026-11-11T10:00" }], ["attendees", ["[[Anna Rossi]]", "[[Luca Neri]]"]]]);
		expect(properties(after)).toEqual({ type: "meeting", date: "2026-11-11T10:00", attendees: ["[[Anna Rossi]]", "[[Luca Neri]]"], calendar_uid: "x" });
		expect(after.endsWith('"calendar_uid": "x"}\n---\n')).toBe(true);
	});
});

describe("a quoted value that holds a line separator (U+2028) and three dashes", () => {
	// Failed on main: the separator was taken for a line break, the dashes for the frontmatter's end, and the email was written into the middle of the user's value.
	it("is not the end of the frontmatter: the value stays whole and the email goes before the real end", () => {
		const note = '---\ntype: person\nnote: "met at the fair\u2028---\u2028ask about Lumen"\n---\n';
		const after = addFrontmatterEntries(note, [["email", "anna@lumen.example"]]);
		expect(after).toBe('---\ntype: person\nnote: "met at the fair\u2028---\u2028ask about Lumen"\nemail: anna@lumen.example\n---\n');
		expect(properties(after).note).toBe("met at the fair\u2028---\u2028ask about Lumen");
	});
});

describe("a calendar update that adds an attendee to a list the user annotated", () => {
	// Failed on main: the whole list was written again, and the user's comments on it were gone.
	it("appends the new attendee after the last one, in the list's own style; comments and quoting stay", () => {
		const note = "---\ntype: meeting\nattendees: # who came\n- '[[Anna Rossi]]'   # host\n- [[Marco]]\ncalendar_uid: x\n---\n";
		const after = setFrontmatterEntries(note, [["attendees", ["[[Anna Rossi]]", "[[Marco]]", "[[Luca Neri]]"]]]);
		expect(after).toBe("---\ntype: meeting\nattendees: # who came\n- '[[Anna Rossi]]'   # host\n- [[Marco]]\n- \"[[Luca Neri]]\"\ncalendar_uid: x\n---\n");
	});

	it("writes the list again when the note's entries are not the start of the new list (as before)", () => {
		const note = "---\nattendees:\n  - \"[[Bruno]]\" # left early\n---\n";
		expect(setFrontmatterEntries(note, [["attendees", ["[[Anna Rossi]]"]]])).toBe("---\nattendees:\n  - \"[[Anna Rossi]]\"\n---\n");
	});
});
