import { describe, expect, it } from "vitest";
import { buildVault, meeting, person } from "../../builders";

/** "José Núñez" as macOS writes file names (decomposed: e + U+0301) and as a keyboard types links (composed). */
const COMPOSED = "José Núñez".normalize("NFC");
const DECOMPOSED = COMPOSED.normalize("NFD");

describe("names written in another Unicode form", () => {
	it("counts a meeting linking José Núñez as contact with the note a Mac saved under a decomposed file name", () => {
		const v = buildVault({
			[`People/${DECOMPOSED}.md`]: person(),
			"Meetings/m.md": meeting("2026-11-20", [`[[${COMPOSED}]]`]),
		});
		expect(v.index.lastInteraction(`People/${DECOMPOSED}.md`)).toMatchObject({ day: "2026-11-20", kind: "meeting" });
	});

	it("counts a decomposed link, pasted from a Mac, as contact with the composed note", () => {
		const v = buildVault({
			[`People/${COMPOSED}.md`]: person(),
			"Meetings/m.md": meeting("2026-11-20", [`[[People/${DECOMPOSED}|José]]`]),
			"2026-11-21.md": `Coffee with [[${DECOMPOSED}]]\n`,
		});
		expect(v.index.lastInteraction(`People/${COMPOSED}.md`)).toMatchObject({ day: "2026-11-21", kind: "mention" });
	});

	it("finds a decomposed alias from a composed link", () => {
		const v = buildVault({
			"People/Jose.md": person({ aliases: [DECOMPOSED] }),
			"Meetings/m.md": meeting("2026-11-20", [`[[${COMPOSED}]]`]),
		});
		expect(v.index.lastInteraction("People/Jose.md")).toMatchObject({ day: "2026-11-20", kind: "meeting" });
	});

	it("keeps Anna Rossi and Anna Rössi apart: a link to one is no contact with the other", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Anna Rössi.md": person(),
			"Meetings/m.md": meeting("2026-11-20", ["[[Anna Rössi]]"]),
		});
		expect(v.index.lastInteraction("People/Anna Rössi.md")).toMatchObject({ day: "2026-11-20" });
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
	});
});

describe("plain attendee names as people paste and annotate them", () => {
	it("finds Paolo Neri from a name pasted with a zero-width space inside", () => {
		const v = buildVault({ "People/Paolo Neri.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Paolo\u200B Neri"]) });
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Paolo Neri.md"]);
	});

	it("finds Anna Rossi from 'Anna Rossi (Lumen)', unless a note is named so", () => {
		const only = buildVault({ "People/Anna Rossi.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Anna Rossi (Lumen)"]) });
		expect(only.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi.md"]);
		const namesakes = buildVault({ "People/Anna Rossi.md": person(), "People/Anna Rossi (Lumen).md": person(), "Meetings/m.md": meeting("2026-11-20", ["Anna Rossi (Lumen)"]) });
		expect(namesakes.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi (Lumen).md"]);
	});
});
