import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * iCloud Drive keeps the other version of a note changed on two devices as `Anna Rossi 2.md`; Google Drive
 * (and a file downloaded twice) names a copy `Anna Rossi (1).md`; Obsidian's "Make a copy" `Anna Rossi 1.md`.
 * Beside `Anna Rossi.md`, each was a second Anna with her follow-ups and keep-in-touch reminder twice.
 */
const anna = "---\ntype: person\ncadence: monthly\n---\n- [ ] Send Anna the deck 📅 2026-11-25\n\n## Log\n- 2026-11-01 coffee\n";

describe("a person note named as a numbered copy beside the note it copies", () => {
	it("is no second person and gives no follow-up twice; doctor names the note it copies", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, "People/Anna Rossi 2.md": anna, "People/Anna Rossi (1).md": anna });
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		expect([...v.index.followUps()].map((f) => f.source)).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.problems().map((p) => [p.path, p.code, p.params.original])).toEqual([
			["People/Anna Rossi (1).md", "numbered-copy", "People/Anna Rossi.md"],
			["People/Anna Rossi 2.md", "numbered-copy", "People/Anna Rossi.md"],
		]);
		expect(v.index.counts().problems).toBe(2);
	});

	it("when its copy differs a little, as a conflict's copy does", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, "People/Anna Rossi 2.md": anna.replace("coffee", "coffee at Lumen").replace("- [ ] Send", "- [ ] Call Anna\n- [ ] Send") });
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
	});

	it("whichever comes first, and is read as a person again when the note it copies goes", () => {
		const v = buildVault({ "People/Anna Rossi 2.md": anna });
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi 2.md"]);
		v.index.set(v.parse("People/Anna Rossi.md", anna));
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		expect([...v.index.followUps()].map((f) => f.source)).toEqual(["People/Anna Rossi.md"]);
		v.index.remove("People/Anna Rossi.md");
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi 2.md"]);
		expect(v.index.problems()).toEqual([]);
		v.index.rename("People/Anna Rossi 2.md", v.parse("People/Anna Rossi.md", anna));
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
	});

	it("a link to the copy's name credits nobody twice, and a meeting with Anna counts once", () => {
		const v = buildVault({
			"People/Anna Rossi.md": anna,
			"People/Anna Rossi 2.md": anna,
			"Meetings/2026-11-20 Sync.md": "---\ntype: meeting\nattendees: [\"[[Anna Rossi]]\"]\n---\n- [ ] Write up\n",
		});
		expect([...v.index.followUps()].map((f) => [f.source, f.people]).sort()).toEqual([
			["Meetings/2026-11-20 Sync.md", ["People/Anna Rossi.md"]],
			["People/Anna Rossi.md", ["People/Anna Rossi.md"]],
		]);
	});
});

describe("a meeting named as a numbered copy beside the meeting it copies", () => {
	const sync = "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\"]\n---\n- [ ] Send Anna the notes\n";
	it("on its day and with a follow-up of it gives no follow-up twice, whichever is read first", () => {
		for (const order of [["Sync", "Sync 2"], ["Sync 2", "Sync"]]) {
			const files: Record<string, string> = { "People/Anna Rossi.md": "---\ntype: person\n---\n" };
			for (const name of order) files[`Meetings/${name}.md`] = name === "Sync" ? sync : sync.replace("notes", "notes\n- [ ] Book the room");
			const v = buildVault(files);
			// The shared follow-up once, from the meeting; the one only the copy holds stays, from the copy.
			expect([...v.index.followUps()].map((f) => [f.source, f.text]).sort()).toEqual([["Meetings/Sync 2.md", "Book the room"], ["Meetings/Sync.md", "Send Anna the notes"]]);
			expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([["Meetings/Sync 2.md", "numbered-copy"]]);
		}
	});

	it("on another day, or with other follow-ups, is a meeting of its own", () => {
		const v = buildVault({
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
			"Meetings/Sync.md": sync,
			"Meetings/Sync 2.md": sync.replace("2026-11-20", "2026-11-27"),
			"Meetings/Call with Anna.md": sync,
			"Meetings/Call with Anna 2.md": sync.replace("Send Anna the notes", "Ask Anna for the deck"),
		});
		expect([...v.index.followUps()].map((f) => f.source).sort()).toEqual(["Meetings/Call with Anna 2.md", "Meetings/Call with Anna.md", "Meetings/Sync 2.md", "Meetings/Sync.md"]);
	});
});

describe("numbers that are no copy", () => {
	it("two people told apart by a number, with nothing in common, stay two people", () => {
		const v = buildVault({
			"People/Marco.md": "---\ntype: person\nemail: marco@lumen.example\n---\n- [ ] Call about the offer\n",
			"People/Marco 2.md": "---\ntype: person\nemail: marco.b@home.example\n---\n## Log\n- 2026-11-02 climbing\n",
			"People/Sara.md": "---\ntype: person\n---\n",
			"People/Sara 2.md": "---\ntype: person\n---\n",
		});
		expect([...v.index.personPaths()].sort()).toEqual(["People/Marco 2.md", "People/Marco.md", "People/Sara 2.md", "People/Sara.md"]);
	});

	it("a person named with a number and no note beside it, one in another folder, and a meeting", () => {
		const v = buildVault({
			"People/Anna Rossi 2.md": anna,
			"Family/Marco 2.md": "---\ntype: person\n---\n",
			"Work/Marco.md": "---\ntype: person\n---\n",
			"People/Standup.md": "---\ntype: person\n---\n",
			"People/Standup 2.md": "---\ntype: meeting\ndate: 2026-11-20\n---\n",
		});
		expect([...v.index.personPaths()].sort()).toEqual(["Family/Marco 2.md", "People/Anna Rossi 2.md", "People/Standup.md", "Work/Marco.md"]);
		expect(v.index.note("People/Standup 2.md")?.kind).toBe("meeting");
		expect(v.index.problems().filter((p) => p.code === "numbered-copy")).toEqual([]);
	});
});
