import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { doctorProblemCount, doctorProblemsOf, ProblemCounter } from "../../../src/core/relationships/vault-checks";
import { buildVault, md, person } from "../../builders";

/** The count of problems the status line shows is the length of the list `rapport doctor` prints, whatever changes. */

const SETTINGS = defaultSettings();
const DAY = "2026-11-29";

function vault() {
	return buildVault({
		"People/Anna Rossi.md": person(),
		"Interactions/2026-11-27 Voicemail.md": md({ date: "2026-11-27", mode: "call" }, "Left a message."),
		"Meetings/2026-11-26 Sync.md": md({ type: "meeting", date: "2026-11-26", attendees: ["[[Anna Rossi]]"] }, "Talked."),
		"Meetings/2026-11-25 Intro.md": md({ type: "meeting", date: "2026-11-25", attendees: ["[[Zoe Unknown]]"] }, "Hello."),
	});
}

describe("the number of problems", () => {
	// The status line used to show the index's count (1 here), leaving out the two found across notes.
	it("counts those found across notes (an interaction naming nobody, a meeting nobody followed up) with those of single notes", () => {
		const v = vault();
		const listed = doctorProblemsOf(v.index, DAY, SETTINGS, (p) => p).map((p) => p.code).sort();
		expect(listed).toEqual(["interaction-names-nobody", "meeting-without-follow-up", "unknown-attendee"]);
		expect(doctorProblemCount(v.index, DAY, SETTINGS)).toBe(3);
		expect(v.index.counts().problems).toBe(1);
	});

	it("is counted again after a note changes, a day passes or the settings change, and only then", () => {
		const v = vault();
		const counter = new ProblemCounter();
		expect(counter.count(v.index, DAY, SETTINGS)).toBe(3);
		v.write("Interactions/2026-11-27 Voicemail.md", md({ date: "2026-11-27", mode: "call" }, "Left [[Anna Rossi]] a message."));
		// Anna got a contact after the meeting too: the voicemail names her, and counts as her follow-up.
		expect(counter.count(v.index, DAY, SETTINGS)).toBe(doctorProblemsOf(v.index, DAY, SETTINGS, (p) => p).length);
		expect(counter.count(v.index, DAY, SETTINGS)).toBe(1);
		expect(counter.count(v.index, "2026-12-30", SETTINGS)).toBe(1);
		v.write("Interactions/2026-11-28 Text.md", md({ date: "2026-11-28" }, "Texted."));
		expect(counter.count(v.index, DAY, SETTINGS)).toBe(2);
		expect(counter.count(v.index, DAY, { ...SETTINGS, interactions: { ...SETTINGS.interactions, folders: [] } })).toBe(1);
	});
});
