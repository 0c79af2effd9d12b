import { describe, expect, it } from "vitest";
import { extractLinks } from "../../../src/core/notes/links";
import { buildVault, md, person } from "../../builders";

describe("links in Markdown tables", () => {
	it("reads [[Anna Rossi\\|Anna]], the pipe escaped as Obsidian writes it in a table, as a link to Anna Rossi", () => {
		expect(extractLinks("| [[Anna Rossi\\|Anna]] | PM |").map((l) => l.target)).toEqual(["Anna Rossi"]);
		expect(extractLinks("| [[People/Anna Rossi#Log\\|Anna]] |").map((l) => l.target)).toEqual(["People/Anna Rossi"]);
	});

	it("counts Anna, listed in the attendees table, as at the meeting and not as an unknown attendee", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Marco Bianchi.md": person(),
			"Meetings/m.md": md({ type: "meeting", date: "2026-11-20" }, "## Attendees", "| Name | Role |", "| --- | --- |", "| [[Anna Rossi\\|Anna]] | PM |", "| [[Marco Bianchi]] | CTO |"),
		});
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});
});
