import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * A meeting a sync tool writes (adamjgmiller/fireflies-to-obsidian): the attendees as addresses in the properties, each
 * name with its address under `## Attendees` (`- **Marco Bianchi** (marco@acme.example)`), and the day again under the title.
 */
const path = "Fireflies/2026-11-27-15-00-Mirror budget.md";
const note = (attendees: string[], ...body: string[]): string => md({ date: "2026-11-27T15:00:00.000Z", attendees, tags: ["fireflies", "meeting"] }, "# Mirror budget", "", ...body);
const vault = (text: string) => buildVault({ "People/Anna Rossi.md": person({ email: "anna@acme.example" }), "People/Marco Bianchi.md": person(), [path]: text });

describe("a meeting that lists its people as addresses and, in its body, as names beside them", () => {
	it("credits each once and asks for no note for an address a name stands beside", () => {
		const v = vault(note(["anna@acme.example", "marco@acme.example"], "## Attendees", "", "- **Anna Rossi** (anna@acme.example)", "- **Marco Bianchi** (marco@acme.example)"));
		expect(v.index.attendeesOf(path)).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("still asks for a note for an address no name stands beside", () => {
		const v = vault(note(["anna@acme.example", "lena@acme.example"], "## Attendees", "", "- **Anna Rossi** (anna@acme.example)"));
		expect(v.index.problems().map((p) => p.code)).toEqual(["unknown-attendee"]);
	});

	it("reads the day under the title written otherwise (`**Date:** Fri Nov 27 2026`) as the same value, no conflict", () => {
		const v = vault(note(["anna@acme.example"], "**Date:** Fri Nov 27 2026"));
		expect(v.index.problems()).toEqual([]);
		const w = vault(note(["anna@acme.example"], "**Date:** Sat Nov 28 2026"));
		expect(w.index.problems().map((p) => p.code)).toHaveLength(1);
	});
});
