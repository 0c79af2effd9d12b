import { describe, expect, it } from "vitest";
import { inlineFieldsOf } from "../../../src/core/notes/inline-fields";
import { buildVault, person } from "../../builders";

/** Dataview drops whatever stands before a whole-line field's first letter or digit: list-callout marks, emoji. */
describe("whole-line inline fields with marks before the key", () => {
	it.each([
		["- ; attendees:: [[Anna]]", "attendees"],
		["\t- & Agenda:: plan", "Agenda"],
		["🎯 Goal:: ship it", "Goal"],
		["- **Status**:: done", "Status"],
	])("reads %s under the key %s", (line, key) => {
		expect(inlineFieldsOf(line, 0).map((f) => f.key)).toEqual([key]);
	});

	it("reads a meeting written with list-callout metadata (- ; meeting-date::, - ; attendees::) with its day and attendees", () => {
		const v = buildVault({
			"People/Chris.Berry.md": person(),
			"People/Mark.Cohen.md": person(),
			"Meeting Notes/Roadmap sync.md": [
				"# Roadmap sync",
				"- ~ Metadata:",
				"\t- ; meeting-name:: Roadmap sync",
				"\t- ; meeting-date:: 2026-11-20",
				"\t- ; attendees::  [[Chris.Berry|@Chris.Berry]], [[Mark.Cohen|@Mark.Cohen]]",
				"\t- ; tags:: #meeting",
			].join("\n"),
		});
		expect(v.index.note("Meeting Notes/Roadmap sync.md")).toMatchObject({ kind: "meeting", date: "2026-11-20" });
		expect(v.index.attendeesOf("Meeting Notes/Roadmap sync.md")).toEqual(["People/Chris.Berry.md", "People/Mark.Cohen.md"]);
	});
});
