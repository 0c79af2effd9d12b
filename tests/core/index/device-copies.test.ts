import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Round 15: the conflict copies of sync apps Rapport did not know. OneDrive names the other version after the
 * computer that made it (`Anna Rossi-DESKTOP-1A2B3C4`, Windows' name for a new computer; `Anna Rossi-JacksDesktop`
 * for one its user named; OneDrive for Linux `Anna Rossi-marco-ThinkPad-safeBackup-0001`), Resilio Sync
 * `Anna Rossi.Conflict`, pCloud `Anna Rossi [conflicted]`, ownCloud `Anna Rossi_conflict-20261130-101500`, Synology
 * Drive `Anna Rossi_Marco-PC_Nov-30-1015-2026_Conflict`, Seafile `(SFConflict …)`. Each was a second Anna.
 */
const anna = "---\ntype: person\nemail: anna@lumen.it\ncadence: monthly\n---\n- [ ] Send Anna the deck 📅 2026-11-25\n\n## Log\n- 2026-11-01 coffee\n";

const byName = [
	"People/Anna Rossi-DESKTOP-1A2B3C4.md",
	"People/Anna Rossi-LAPTOP-9Z8Y7X6W.md",
	"People/Anna Rossi-DESKTOP-1A2B3C4-1.md",
	"People/Anna Rossi-marco-ThinkPad-T480-safeBackup-0001.md",
	"People/Anna Rossi.Conflict.md",
	"People/Anna Rossi.Conflict1.md",
	"People/Anna Rossi [conflicted].md",
	"People/Anna Rossi.conflicted.md",
	"People/Anna Rossi_conflict-20261130-101500.md",
	"People/Anna Rossi_Marco-PC_Nov-30-1015-2026_Conflict.md",
	"People/Anna Rossi (SFConflict marco@lumen.it 2026-11-30-10-15-00).md",
	"People/Anna Rossi (conflict 2026-11-30 101500).md",
	"People/Anna Rossi (mrossi’s conflict on 2026-11-30).md",
];
const byDevice = ["People/Anna Rossi-JacksDesktop.md", "People/Anna Rossi-MARCO-PC.md", "People/Anna Rossi-Marcos-MacBook-Pro.md"];

const copiesOf = (v: ReturnType<typeof buildVault>): unknown[][] =>
	v.index
		.problems()
		.filter((p) => p.code.endsWith("copy"))
		.map((p) => [p.path, p.code, p.params.original ?? ""]);

describe("a conflict copy named by OneDrive, Resilio, pCloud, ownCloud, Synology Drive or Seafile", () => {
	it("is no second person and gives no follow-up twice; doctor names the note it copies", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, ...Object.fromEntries([...byName, ...byDevice].map((p) => [p, anna])) });
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		expect([...v.index.followUps()].map((f) => f.source)).toEqual(["People/Anna Rossi.md"]);
		expect(copiesOf(v).sort()).toEqual(
			[...byName.map((p) => [p, "sync-conflict-copy", "Anna Rossi"]), ...byDevice.map((p) => [p, "device-copy", "People/Anna Rossi.md"])].sort(),
		);
	});

	it("copies the note whose name holds hyphens too (Jean-Luc Picard), the longest name beside it", () => {
		const jl = anna.replace("anna@lumen.it", "jl@enterprise.example");
		const v = buildVault({
			"People/Jean.md": "---\ntype: person\n---\n",
			"People/Jean-Luc Picard.md": jl,
			"People/Jean-Luc Picard-DESKTOP-1A2B3C4.md": jl,
			"People/Jean-Luc Picard-marco-laptop-safeBackup-0002.md": jl,
			"People/Jean-Luc Picard-Marcos-MacBook-Pro.md": jl,
		});
		expect([...v.index.personPaths()].sort()).toEqual(["People/Jean-Luc Picard.md", "People/Jean.md"]);
		expect(copiesOf(v).sort()).toEqual([
			["People/Jean-Luc Picard-DESKTOP-1A2B3C4.md", "sync-conflict-copy", "Jean-Luc Picard"],
			["People/Jean-Luc Picard-Marcos-MacBook-Pro.md", "device-copy", "People/Jean-Luc Picard.md"],
			["People/Jean-Luc Picard-marco-laptop-safeBackup-0002.md", "sync-conflict-copy", "Jean-Luc Picard"],
		]);
	});

	it("named after a computer its user named, with nothing in common with the note, is a person of her own", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, "People/Anna Rossi-MARCO-PC.md": "---\ntype: person\nemail: other@acme.it\n---\n" });
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi-MARCO-PC.md", "People/Anna Rossi.md"]);
	});

	it("whichever comes first, and read again as a person when the note it copies goes", () => {
		const copy = "People/Anna Rossi-DESKTOP-1A2B3C4.md";
		const v = buildVault({ [copy]: anna });
		v.write("People/Anna Rossi.md", anna);
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		v.remove("People/Anna Rossi.md");
		expect([...v.index.personPaths()]).toEqual([copy]);
		v.write("People/Anna Rossi.md", anna);
		const device = "People/Anna Rossi-JacksDesktop.md";
		v.write(device, anna);
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		v.rename("People/Anna Rossi.md", "People/Friends/Anna Rossi.md");
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi-JacksDesktop.md", "People/Friends/Anna Rossi.md"]);
	});
});

describe("names with a hyphen that are no copies", () => {
	it("Jean-Luc Picard beside Jean, Anna-Maria beside Anna (one email, one evening), Meeting-2026 and Q3-OKR beside their meetings", () => {
		const same = "---\ntype: person\nemail: family@rossi.example\n---\n## Log\n- 2026-11-01 dinner\n";
		const meeting = (date: string): string => `---\ntype: meeting\ndate: ${date}\n---\n- [ ] Send the notes\n`;
		const v = buildVault({
			"People/Jean.md": same,
			"People/Jean-Luc Picard.md": same,
			"People/Anna.md": same,
			"People/Anna-Maria.md": same,
			"People/Anna Rossi.md": anna,
			"People/Anna Rossi-Bianchi.md": "---\ntype: person\n---\n",
			"Meetings/Meeting.md": meeting("2026-11-20"),
			"Meetings/Meeting-2026.md": meeting("2026-11-20"),
			"Meetings/Q3.md": meeting("2026-11-20"),
			"Meetings/Q3-OKR.md": meeting("2026-11-21"),
		});
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi-Bianchi.md", "People/Anna Rossi.md", "People/Anna-Maria.md", "People/Anna.md", "People/Jean-Luc Picard.md", "People/Jean.md"]);
		for (const m of ["Meetings/Meeting.md", "Meetings/Meeting-2026.md", "Meetings/Q3.md", "Meetings/Q3-OKR.md"]) expect(v.index.note(m)?.kind, m).toBe("meeting");
		expect(copiesOf(v)).toEqual([]);
	});
});
