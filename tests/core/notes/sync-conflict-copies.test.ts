import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * When two devices change one note before they sync, the sync app keeps both versions: the original keeps
 * its name, the other is saved beside it under a name that says so (Dropbox, Syncthing, Obsidian Sync's
 * "create conflict file" mode, Nextcloud). Such a copy is no second Anna with every follow-up twice.
 */
const anna = "---\ntype: person\ncadence: monthly\n---\n- [ ] Send Anna the deck 📅 2026-11-25\n\n## Log\n- 2026-11-01 coffee\n";
const sync = "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\"]\n---\n- [ ] Send [[Anna Rossi]] the notes\n";
const copies = [
	"People/Anna Rossi (Marco's conflicted copy 2026-11-30).md",
	"People/Anna Rossi (Marco’s MacBook's conflicted copy 2026-11-30 (1)).md",
	"People/Anna Rossi.sync-conflict-20261130-101500-ABCDEFG.md",
	"People/Anna Rossi (Conflicted copy Marco's MacBook 202611301015).md",
	"People/Anna Rossi (conflicted copy 2026-11-30 101500).md",
	"People/Anna Rossi (copia in conflitto di Marco 2026-11-30).md",
	"People/Anna Rossi (copia en conflicto de Marco 2026-11-30).md",
	"People/Anna Rossi (copie en conflit de Marco 2026-11-30).md",
	"People/Anna Rossi (In Konflikt stehende Kopie von Marco 2026-11-30).md",
];

describe("a sync app's conflict copy of a note", () => {
	it("is no second person, no second follow-up, and doctor names the note it copies", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, ...Object.fromEntries(copies.map((p) => [p, anna])) });
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		expect([...v.index.followUps()].map((f) => f.source)).toEqual(["People/Anna Rossi.md"]);
		const found = v.index.problems().filter((p) => p.code === "sync-conflict-copy");
		expect(found.map((p) => p.path).sort()).toEqual([...copies].sort());
		expect(new Set(found.map((p) => p.params.original))).toEqual(new Set(["Anna Rossi"]));
	});

	it("of a meeting gives no follow-up twice", () => {
		const v = buildVault({
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
			"Meetings/2026-11-20 Sync.md": sync,
			"Meetings/2026-11-20 Sync.sync-conflict-20261130-101500-ABCDEFG.md": sync,
		});
		expect([...v.index.followUps()].map((f) => f.source)).toEqual(["Meetings/2026-11-20 Sync.md"]);
	});

	it("leaves notes whose names only speak of conflicts alone", () => {
		const v = buildVault({
			"People/Anna Rossi.md": anna,
			"Meetings/Conflict resolution workshop.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\"]\n---\n",
			"Meetings/2026-11-21 Budget (conflict with Lumen).md": "---\ntype: meeting\nattendees: [\"[[Anna Rossi]]\"]\n---\n",
			"People/Conflicted Copy.md": "---\ntype: person\n---\n",
		});
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi.md", "People/Conflicted Copy.md"]);
		expect(v.index.note("Meetings/Conflict resolution workshop.md")?.kind).toBe("meeting");
		expect(v.index.note("Meetings/2026-11-21 Budget (conflict with Lumen).md")?.kind).toBe("meeting");
		expect(v.index.problems().filter((p) => p.code === "sync-conflict-copy")).toEqual([]);
		expect([...v.index.followUps()].map((f) => f.source).sort()).toContain("People/Anna Rossi.md");
	});
});
