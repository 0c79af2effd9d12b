import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/*
 * ChristopherA/persona-garden-patch keeps a meeting with a transcript, a chat log and a recording as a compound
 * document: `Meetings/2026-03-05 Name/` holds the lead note `2026-03-05 Name.md` and its companions, each
 * `derived_from::[[2026-03-05 Name]]`.
 */
describe("a meeting kept in a folder of its own, with what it left beside it", () => {
	const folder = "Meetings/2026-11-19 Key ceremony review";
	const lead = `${folder}/2026-11-19 Key ceremony review.md`;
	const companion = (kind: string) => md({ created: "2026-11-20" }, `- is_a::[[${kind}]]`, "- derived_from::[[2026-11-19 Key ceremony review]]↑", "", "[[Teo Vance]] spoke first.");
	const vault = (files: Record<string, string>) =>
		buildVault({ "People/Teo Vance.md": person({}), "People/Bram Oko.md": person({}), ...files });

	it("is its lead note, named like the folder, on the folder's day with the people it names", () => {
		const v = vault({ [lead]: md({ created: "2026-11-19" }, "- attendee::[[Teo Vance]]↑", "- attendee::[[Bram Oko]]↑", "", "- [ ] Book a room") });
		expect(v.index.note(lead)).toMatchObject({ kind: "meeting", date: "2026-11-19" });
		expect([...v.index.attendeesOf(lead)].sort()).toEqual(["People/Bram Oko.md", "People/Teo Vance.md"]);
	});

	it("counts no transcript, chat log or sidecar derived from it as another meeting", () => {
		const v = vault({
			[lead]: md(null, "- attendee::[[Teo Vance]]↑"),
			[`${folder}/2026-11-19 Key ceremony review - Transcript (Cleaned).md`]: companion("Transcript"),
			[`${folder}/2026-11-19 Key ceremony review - Chat.md`]: companion("Chat Log"),
			[`${folder}/recording.sidecar.md`]: companion("Sidecar"),
		});
		expect([...v.index.allNotes()].filter((n) => n.kind === "meeting").map((n) => n.path)).toEqual([lead]);
	});

	it("keeps a note named like a folder of one day the hub of that day's meetings", () => {
		const v = vault({ "Meetings/2026-11-19/2026-11-19.md": md(null, "- [[0900 Standup]]", "- [[1400 Review]]") });
		expect(v.index.note("Meetings/2026-11-19/2026-11-19.md")?.kind).toBe("other");
	});

	it("keeps a meeting that says `derived_from` in words, not a link, a meeting", () => {
		const v = vault({ "Meetings/2026-11-21 Retro.md": md({ derived_from: "the sprint board", attendees: ["[[Teo Vance]]"] }) });
		expect(v.index.note("Meetings/2026-11-21 Retro.md")).toMatchObject({ kind: "meeting", date: "2026-11-21" });
	});

	it("keeps a note typed as a meeting one though it derives from another (`type: meeting`, `derived_from: [[Agenda]]`)", () => {
		const v = vault({ "Meetings/2026-11-22 Sync.md": md({ type: "meeting", derived_from: "[[Agenda]]", attendees: ["[[Bram Oko]]"] }) });
		expect(v.index.note("Meetings/2026-11-22 Sync.md")).toMatchObject({ kind: "meeting", date: "2026-11-22" });
	});
});
