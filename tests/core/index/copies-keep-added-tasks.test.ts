import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * A copy a sync app or a drive leaves beside a note holds the other device's version: a follow-up typed
 * there exists only in the copy until the user carries it over. The copy is no second person or meeting,
 * but what it adds must not vanish from the agenda: a CRM is worth the follow-ups it never misses.
 */
const anna = "---\ntype: person\nemail: anna@lumen.it\n---\n- [ ] Call Anna 📅 2026-12-01\n";
const annaOnTheOtherDevice = `${anna}- [ ] Send Anna the contract 📅 2026-12-01\n`;
const sync = "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\", \"[[Ben Cho]]\"]\n---\n- [ ] Send the notes 📅 2026-11-27\n";
const people = { "People/Anna Rossi.md": anna, "People/Ben Cho.md": "---\ntype: person\n---\n" };

const agenda = (v: ReturnType<typeof buildVault>): [string, string, string[]][] =>
	[...v.index.followUps()].map((f): [string, string, string[]] => [f.source, f.text, [...f.people]]).sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

describe("a copy beside the note it copies", () => {
	it("keeps on the agenda, for her, the open task only a sync app's conflict copy of her note holds", () => {
		const copy = "People/Anna Rossi (Marco's conflicted copy 2026-11-30).md";
		const v = buildVault({ ...people, [copy]: annaOnTheOtherDevice });
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi.md", "People/Ben Cho.md"]);
		expect(agenda(v)).toEqual([
			[copy, "Send Anna the contract", ["People/Anna Rossi.md"]],
			["People/Anna Rossi.md", "Call Anna", ["People/Anna Rossi.md"]],
		]);
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([[copy, "sync-conflict-copy"]]);
	});

	it("keeps the open task only a numbered copy of her note holds (iCloud's 'Anna Rossi 2')", () => {
		const v = buildVault({ ...people, "People/Anna Rossi 2.md": annaOnTheOtherDevice });
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi.md", "People/Ben Cho.md"]);
		expect(agenda(v)).toEqual([
			["People/Anna Rossi 2.md", "Send Anna the contract", ["People/Anna Rossi.md"]],
			["People/Anna Rossi.md", "Call Anna", ["People/Anna Rossi.md"]],
		]);
	});

	it("keeps a meeting copy's added task for the meeting's attendees, and the shared one once", () => {
		const copy = "Meetings/2026-11-20 Sync.sync-conflict-20261130-101500-ABCDEFG.md";
		const v = buildVault({ ...people, "Meetings/2026-11-20 Sync.md": sync, [copy]: `${sync}- [ ] Book the room for December\n` });
		expect(agenda(v)).toEqual([
			["Meetings/2026-11-20 Sync.md", "Send the notes", ["People/Anna Rossi.md", "People/Ben Cho.md"]],
			[copy, "Book the room for December", ["People/Anna Rossi.md", "People/Ben Cho.md"]],
			["People/Anna Rossi.md", "Call Anna", ["People/Anna Rossi.md"]],
		]);
		expect([...v.index.contactSources("People/Ben Cho.md")]).toEqual(["Meetings/2026-11-20 Sync.md"]);
	});

	it("follows the note it copies: a task carried over into it is listed once, from the note", () => {
		const copy = "People/Anna Rossi (Marco's conflicted copy 2026-11-30).md";
		const v = buildVault({ ...people, [copy]: annaOnTheOtherDevice });
		v.index.set(v.parse("People/Anna Rossi.md", annaOnTheOtherDevice));
		expect(agenda(v)).toEqual([
			["People/Anna Rossi.md", "Call Anna", ["People/Anna Rossi.md"]],
			["People/Anna Rossi.md", "Send Anna the contract", ["People/Anna Rossi.md"]],
		]);
	});

	it("is read as the note itself once the note it copies is gone, and doctor says whose copy it was", () => {
		const copy = "People/Anna Rossi (Marco's conflicted copy 2026-11-30).md";
		const v = buildVault({ ...people, [copy]: annaOnTheOtherDevice });
		v.index.remove("People/Anna Rossi.md");
		expect([...v.index.personPaths()].sort()).toEqual([copy, "People/Ben Cho.md"]);
		expect(agenda(v).map(([source, text]) => [source, text])).toEqual([
			[copy, "Call Anna"],
			[copy, "Send Anna the contract"],
		]);
		expect(v.index.problems().map((p) => [p.path, p.code, p.params.original])).toEqual([[copy, "orphaned-conflict-copy", "Anna Rossi"]]);
	});
});

describe("a copy beside the note it copies, once its task is closed or moved in the note", () => {
	const copy = "People/Anna Rossi (Marco's conflicted copy 2026-11-30).md";
	const call = "---\ntype: person\nemail: anna@lumen.it\n---\n- [ ] Call Anna 📅 2026-11-25\n";

	it("lists no task the user marked done or cancelled in the note that the older copy still has open", () => {
		const v = buildVault({ ...people, "People/Anna Rossi.md": call, [copy]: call });
		v.write("People/Anna Rossi.md", call.replace("[ ]", "[x]"));
		expect(agenda(v)).toEqual([]);
		v.write("People/Anna Rossi.md", call.replace("[ ]", "[-]"));
		expect(agenda(v)).toEqual([]);
		expect(agenda(buildVault({ ...people, "People/Anna Rossi.md": call.replace("[ ]", "[x]"), [copy]: call }))).toEqual([]);
	});

	it("lists a task the user snoozed in the note once, on its new day, not again overdue from the copy", () => {
		const v = buildVault({ ...people, "People/Anna Rossi.md": call, [copy]: call });
		v.write("People/Anna Rossi.md", call.replace("2026-11-25", "2026-12-05"));
		expect([...v.index.followUps()].map((f) => [f.source, f.text, f.due])).toEqual([["People/Anna Rossi.md", "Call Anna", "2026-12-05"]]);
	});

	it("lists a recurring task done in the meeting once, as the note's next one, not the copy's older one", () => {
		const sync2 = "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\"]\n---\n";
		const older = `${sync2}- [ ] Send the weekly report 🔁 every week 📅 2026-11-27\n`;
		const now = `${sync2}- [ ] Send the weekly report 🔁 every week 📅 2026-12-04\n- [x] Send the weekly report 🔁 every week 📅 2026-11-27 ✅ 2026-11-27\n`;
		const v = buildVault({ ...people, "Meetings/Sync.md": now, "Meetings/Sync 2.md": older });
		expect([...v.index.followUps()].filter((f) => f.text.startsWith("Send")).map((f) => [f.source, f.due])).toEqual([["Meetings/Sync.md", "2026-12-04"]]);
	});
});

describe("a copy of a copy beside the notes it copies", () => {
	const icloud = "People/Anna Rossi 2.md";
	const conflict = "People/Anna Rossi 2 (Marco's conflicted copy 2026-11-30).md";
	const call = "---\ntype: person\nemail: anna@lumen.it\n---\n- [ ] Call Anna 📅 2026-12-01\n";

	it("keeps for her the open task only the copy of her copy holds, once, however the notes arrive and change", () => {
		const files = { ...people, "People/Anna Rossi.md": call, [icloud]: `${call}- [ ] Book the dinner\n`, [conflict]: `${call}- [ ] Book the dinner\n- [ ] Send Anna the contract\n` };
		const want = [
			[conflict, "Send Anna the contract", ["People/Anna Rossi.md"]],
			[icloud, "Book the dinner", ["People/Anna Rossi.md"]],
			["People/Anna Rossi.md", "Call Anna", ["People/Anna Rossi.md"]],
		];
		expect(agenda(buildVault(files))).toEqual(want);
		const v = buildVault({ ...people, [conflict]: files[conflict] });
		v.write(icloud, files[icloud]);
		v.write("People/Anna Rossi.md", call);
		expect(agenda(v)).toEqual(want);
		v.write("People/Anna Rossi.md", `${call}- [x] Book the dinner\n`);
		expect(agenda(v)).toEqual([want[0], want[2]]);
		expect(agenda(buildVault(Object.fromEntries(v.files)))).toEqual([want[0], want[2]]);
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi.md", "People/Ben Cho.md"]);
	});
});

describe("a sync app's conflict copy in another folder than the note it copies", () => {
	const copy = "People/Anna Rossi (Marco's conflicted copy 2026-11-30).md";
	const moved = "People/Friends/Anna Rossi.md";

	it("is no second Anna once her note moved to another folder: only what it adds is listed, for her", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, "People/Ben Cho.md": "---\ntype: person\n---\n", [copy]: annaOnTheOtherDevice });
		v.rename("People/Anna Rossi.md", moved);
		const wants = (w: typeof v): void => {
			expect([...w.index.personPaths()].sort()).toEqual(["People/Ben Cho.md", moved]);
			expect(agenda(w)).toEqual([
				[copy, "Send Anna the contract", [moved]],
				[moved, "Call Anna", [moved]],
			]);
			expect(w.index.problems().map((p) => [p.path, p.code])).toEqual([[copy, "sync-conflict-copy"]]);
		};
		wants(v);
		wants(buildVault(Object.fromEntries(v.files)));
		v.remove(moved);
		expect([...v.index.personPaths()].sort()).toEqual([copy, "People/Ben Cho.md"]);
	});
});

describe("two copies beside the note they copy", () => {
	it("list a task both add once, from the copy named closest to the note, and from the other once that one goes", () => {
		const conflict = "People/Anna Rossi (Marco's conflicted copy 2026-11-30).md";
		const icloud = "People/Anna Rossi 2.md";
		const v = buildVault({ ...people, [icloud]: annaOnTheOtherDevice, [conflict]: annaOnTheOtherDevice });
		const want = (source: string) => [
			[source, "Send Anna the contract", ["People/Anna Rossi.md"]],
			["People/Anna Rossi.md", "Call Anna", ["People/Anna Rossi.md"]],
		];
		expect(agenda(v)).toEqual(want(icloud));
		v.remove(icloud);
		expect(agenda(v)).toEqual(want(conflict));
		v.write(icloud, annaOnTheOtherDevice);
		expect(agenda(v)).toEqual(want(icloud));
	});
});

describe("a numbered copy known by the task it shares with the note", () => {
	it("stays a copy once the user marks that task done in the note: no second Anna, no second meeting", () => {
		const call = "---\ntype: person\n---\n- [ ] Call Anna 📅 2026-11-25\n";
		const sync2 = "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\"]\n---\n- [ ] Send the notes 📅 2026-11-27\n";
		const v = buildVault({ "People/Anna Rossi.md": call, "People/Anna Rossi 2.md": call, "Meetings/Sync.md": sync2, "Meetings/Sync 2.md": sync2 });
		v.write("People/Anna Rossi.md", call.replace("[ ]", "[x]"));
		v.write("Meetings/Sync.md", sync2.replace("[ ]", "[x]"));
		for (const w of [v, buildVault(Object.fromEntries(v.files))]) {
			expect([...w.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
			expect(agenda(w)).toEqual([]);
			expect([...w.index.contactSources("People/Anna Rossi.md")]).toEqual(["Meetings/Sync.md"]);
		}
	});
});
