import { describe, expect, it } from "vitest";
import { inlineFieldsOf } from "../../../src/core/notes/inline-fields";
import { buildVault } from "../../builders";

/*
 * Templates that write a note's facts as bracketed Dataview fields in a list, with links inside:
 * `- 🏢 [company:: [[Acme]] ]`, `- [participants:: [[Anna]], [[Ben]] ]`. Dataview pairs the brackets
 * inside a field's value; the field closes at its own closer.
 */
describe("bracketed inline fields holding links", () => {
	it.each([
		["- 🏢 [company:: [[Lumen Labs]] ]", [["company", "[[Lumen Labs]]"]]],
		["- [participants:: [[Anna Rossi]], [[Ben Cho]] ]", [["participants", "[[Anna Rossi]], [[Ben Cho]]"]]],
		["Met (with:: [[Anna Rossi]]) at the fair", [["with", "[[Anna Rossi]]"]]],
		["[topic:: budget (draft) review] and [room:: 4]", [["topic", "budget (draft) review"], ["room", "4"]]],
		["[owner:: [[Anna Rossi]] [status:: open]", [["status", "open"]]],
		["[note:: a \\] inside] done", [["note", "a \\] inside"]]],
	])("reads %s", (line, fields) => {
		expect(inlineFieldsOf(line, 0).map((f) => [f.key, f.value])).toEqual(fields);
	});

	it("reads a person's company and a meeting's participants and day as written in such a template", () => {
		const v = buildVault({
			"Work/People/Anna Rossi.md": [
				"---",
				"type: person",
				"---",
				"## Info",
				" - 🏢 [company:: [[Lumen Labs]] ]",
				"- 🧑‍💼 [company-role:: [[Designer]] ]",
				" - 🖥️ [office-location:: [[]] ]",
				" - 📩 [e-mail::  ]",
			].join("\n"),
			"Work/People/Ben Cho.md": ["---", "type: person", "---", "- 🏢 [company:: [[]] ]"].join("\n"),
			"Work/Projects/Kiosk/Meeting/Kickoff 20261118.md": [
				"---",
				"type: meeting",
				"meeting-type: standard",
				"---",
				"## Info",
				"- [topic:: kiosk kickoff ]",
				"- [date::  2026-11-18 10:30  ]",
				"- [participants:: [[Anna Rossi]], [[Ben Cho]] ]",
			].join("\n"),
		});
		expect(v.index.person("Work/People/Anna Rossi.md")?.person).toMatchObject({ org: "[[Lumen Labs]]", location: null });
		expect(v.index.person("Work/People/Ben Cho.md")?.person?.org).toBeNull();
		expect(v.index.note("Work/Projects/Kiosk/Meeting/Kickoff 20261118.md")).toMatchObject({ kind: "meeting", date: "2026-11-18" });
		expect(v.index.attendeesOf("Work/Projects/Kiosk/Meeting/Kickoff 20261118.md")).toEqual(["Work/People/Anna Rossi.md", "Work/People/Ben Cho.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("leaves brackets that hold no field as they were", () => {
		expect(inlineFieldsOf("See [the notes (draft)] and [[Anna Rossi]] later", 0)).toEqual([]);
		expect(inlineFieldsOf("- [ ] ask (budget) about [[Plan]]", 0)).toEqual([]);
		expect(inlineFieldsOf("ratio:: [1, 2]", 0).map((f) => [f.key, f.value])).toEqual([["ratio", "[1, 2]"]]);
	});
});
