import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * A Logseq graph kept as a vault: each day's journal page (`journals/2024_01_31.md`) is an outline whose
 * blocks carry tags of their own, a `#meeting` on the block of a call, a `#people/dario` naming who did a
 * task (Logseq's namespaced page for the person). The tags say what a block is about, not what the day's page is.
 */
const journal = [
	"- # Richieste del giorno",
	"\t- ## Durante il giorno",
	"\t\t- ### 9:30 Allineamento spedizioni",
	"\t\t  Tags: #meeting, #[[topic/corrieri]]",
	"\t\t\t- serve uno stato intermedio",
	"\t\t- DONE Deploy del fix fatto da #people/dario",
	"\t\t- ho chiesto a #people/lucia di rivedere la PR",
	"",
].join("\n");

const kinds = (files: Record<string, string>) => {
	const v = buildVault(files);
	return { kinds: Object.fromEntries(Object.keys(files).map((p) => [p, v.index.note(p)?.kind])), problems: v.index.problems().map((p) => `${p.path}:${p.code}`) };
};

describe("a journal page whose blocks carry a person's or a meeting's tag", () => {
	it("stays the day's journal: no person named after a day, no meeting without a date", () => {
		const meetingOnly = journal.split("\n").filter((l) => !l.includes("#people/")).join("\n");
		expect(kinds({ "journals/2024_01_31.md": journal, "journals/2024-02-01.md": journal, "journals/2024_02_02.md": meetingOnly })).toEqual({
			kinds: { "journals/2024_01_31.md": "daily", "journals/2024-02-01.md": "daily", "journals/2024_02_02.md": "daily" },
			problems: [],
		});
	});

	it("still takes a note named after its day and something more, tagged #meeting, for a meeting on that day", () => {
		const v = buildVault({ "journals/2024-01-31 Allineamento.md": "Tags: #meeting\n- con [[Dario]]\n", "People/Dario.md": "---\ntype: person\n---\n" });
		expect([v.index.note("journals/2024-01-31 Allineamento.md")?.kind, v.index.note("journals/2024-01-31 Allineamento.md")?.date]).toEqual(["meeting", "2024-01-31"]);
	});

	it("still takes a journal page whose own type says meeting or person for one", () => {
		expect(kinds({ "journals/2024_01_31.md": "type:: meeting\nattendees:: [[Dario]]\n- notes\n" }).kinds).toEqual({ "journals/2024_01_31.md": "meeting" });
		expect(kinds({ "Notes/Anna.md": "Met at the gym #person/friends\n" }).kinds).toEqual({ "Notes/Anna.md": "person" });
	});
});
