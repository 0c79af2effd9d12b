import fc from "fast-check";
import type { ParsedNote } from "../../../src/core/notes/note";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { personRows } from "../../../src/core/index/people";
import { buildVault, meeting, person } from "../../builders";

const NAMES = ["Anna", "Marco", "Zoë", "Luca"];

/** A person note (maybe in a second folder, so names repeat; maybe with an alias), or a meeting linking names and aliases. */
const noteArb: fc.Arbitrary<NoteSpec> = fc.oneof(
	fc.record({ kind: fc.constant("person" as const), name: fc.constantFrom(...NAMES), folder: fc.constantFrom("People", "Clients"), alias: fc.option(fc.constantFrom("Zoe", "Nino", "Ann"), { nil: undefined }) }),
	fc.record({
		kind: fc.constant("meeting" as const),
		day: fc.integer({ min: 1, max: 28 }),
		attendees: fc.array(fc.record({ name: fc.constantFrom(...NAMES, "Zoe", "zoe", "Nino", "Ann", "Nobody", "Clients/Anna", "People/Marco", "Anna (Lumen)"), plain: fc.boolean() }), { maxLength: 3 }),
		task: fc.boolean(),
	}),
	// A note that is no person, named as a person or an alias: a link to that name opens it when Obsidian picks it.
	fc.record({ kind: fc.constant("other" as const), name: fc.constantFrom(...NAMES, "Zoe", "Ann"), folder: fc.constantFrom("Places", "Meetings") }),
);

/** An attendee written as a link (`[[Anna]]`) or as a plain name (`Anna`), which resolves by name, accents and case aside. */
type NoteSpec =
	| { kind: "person"; name: string; folder: string; alias: string | undefined }
	| { kind: "meeting"; day: number; attendees: { name: string; plain: boolean }[]; task: boolean }
	| { kind: "other"; name: string; folder: string };

function files(notes: NoteSpec[]): Record<string, string> {
	const out: Record<string, string> = {};
	notes.forEach((n, i) => {
		if (n.kind === "person") out[`${n.folder}/${n.name}.md`] = person(n.alias ? { aliases: [n.alias], cadence: "monthly" } : { cadence: "monthly" });
		else if (n.kind === "other") out[`${n.folder}/${n.name}.md`] = "A note that is no person.\n";
		else {
			const day = `2026-10-${String(n.day).padStart(2, "0")}`;
			out[`Meetings/${day} M${i}.md`] = meeting(day, n.attendees.map((a) => (a.plain ? a.name : `[[${a.name}]]`)), ...(n.task ? ["- [ ] Send the notes 📅 2026-11-02"] : []));
		}
	});
	return out;
}

/** What a user can see of an index: people rows, counts, problems, each person's interactions and follow-ups, each meeting's attendees. */
function observable(index: VaultIndex): unknown {
	const people = [...index.personPaths()].sort();
	const meetings = [...index.allNotes()].filter((n) => n.kind === "meeting").map((n) => n.path).sort();
	return {
		rows: personRows(index, "2026-11-01"),
		counts: index.counts(),
		problems: index.problems(),
		interactions: people.map((p) => [p, index.interactions(p)]),
		followUps: people.map((p) => [p, index.followUpsOf(p).map((f) => [f.source, f.task.line, f.people])]),
		attendees: meetings.map((m) => [m, index.attendeesOf(m)]),
	};
}

/** Indexes `notes` (shuffled by `order`) at once, note by note (people first) and a few per call, and expects one index. */
function expectSameIndexes(notes: NoteSpec[], order: number[]): void {
	const vault = buildVault(files(notes));
	const parsed = [...vault.files].map(([path, text]) => vault.parse(path, text));
	const shuffled = parsed.map((n, i) => ({ n, k: order[i] ?? i })).sort((a, b) => a.k - b.k).map((x) => x.n);
	const bulk = new VaultIndex();
	bulk.addAll(shuffled);
	const one = new VaultIndex();
	for (const n of shuffled.filter((x) => x.kind === "person")) one.set(n);
	for (const n of shuffled.filter((x) => x.kind !== "person")) one.set(n);
	// As a start adds them: people first, then a few notes per call, each but the last saying more follow.
	const inSlices = new VaultIndex();
	const ordered = [...shuffled.filter((x) => x.kind === "person"), ...shuffled.filter((x) => x.kind !== "person")];
	for (let i = 0; i < ordered.length; i += 3) inSlices.addAll(ordered.slice(i, i + 3), i + 3 < ordered.length);
	expect(observable(bulk)).toEqual(observable(one));
	expect(observable(inSlices)).toEqual(observable(one));
	expect(bulk.revision).toBe(one.revision);
	expect(inSlices.revision).toBe(one.revision);
}

describe("adding a whole vault at once", () => {
	it("gives what adding its notes one by one gives (people first), in one call or a few notes per call, whoever shares a name or an alias, linked or plain, beside notes named so that are no person", () => {
		fc.assert(
			fc.property(fc.array(noteArb, { maxLength: 14 }), fc.array(fc.nat(), { maxLength: 14 }), expectSameIndexes),
			{ numRuns: 150 },
		);
	});

	it("lists a person's follow-ups in the same order however it was built, when a note that is no person is named as her alias", () => {
		// Found by the property above: Places/Ann.md names the word Ann, Zoë's alias, so the meetings naming Ann are read again.
		const notes: NoteSpec[] = [
			{ kind: "meeting", day: 1, attendees: [{ name: "Zoe", plain: true }], task: true },
			{ kind: "other", name: "Ann", folder: "Places" },
			{ kind: "meeting", day: 1, attendees: [{ name: "Ann", plain: false }, { name: "zoe", plain: true }], task: true },
			{ kind: "person", name: "Zoë", folder: "People", alias: "Ann" },
		];
		expectSameIndexes(notes, [0, 3]);
	});

	it("replaces a note already in the index the way an edit does", () => {
		const v = buildVault({ "People/Anna.md": person(), "Meetings/a.md": meeting("2026-10-01", ["[[Anna]]"]) });
		v.index.addAll([v.parse("Meetings/a.md", meeting("2026-10-09", ["[[Anna]]"]))]);
		expect(v.index.lastInteraction("People/Anna.md")?.day).toBe("2026-10-09");
		expect(v.index.counts().meetings).toBe(1);
	});

	it("credits nobody through a person note that became a meeting earlier in the same bulk build, linked or by plain name", () => {
		const empty = buildVault({});
		const parse = (path: string, text: string): ParsedNote => empty.parse(path, text);
		const batch = [
			parse("Meetings/a.md", meeting("2026-10-01", ["[[Anna]]", "Marco"])),
			// Anna's note is a meeting now, and Marco's too: the names they went by are nobody's from here on.
			parse("People/Anna.md", meeting("2026-10-02", [])),
			parse("People/Marco.md", meeting("2026-10-02", [])),
			parse("Meetings/b.md", meeting("2026-10-03", ["[[Anna]]", "Marco"])),
		];
		const bulk = buildVault({ "People/Anna.md": person(), "People/Marco.md": person(), "Meetings/old.md": meeting("2026-09-01", ["[[Anna]]", "Marco"]) }).index;
		bulk.addAll(batch);
		const one = buildVault({ "People/Anna.md": person(), "People/Marco.md": person(), "Meetings/old.md": meeting("2026-09-01", ["[[Anna]]", "Marco"]) }).index;
		for (const n of batch) one.set(n);
		expect(observable(bulk)).toEqual(observable(one));
		expect(bulk.attendeesOf("Meetings/b.md")).toEqual([]);
		expect(bulk.interactions("People/Anna.md")).toEqual([]);
	});

	it("resolves a note of the bulk build again when the person it names comes later, after a note read twice in the build stopped naming them", () => {
		const empty = buildVault({});
		const parse = (path: string, text: string): ParsedNote => empty.parse(path, text);
		const batch = [parse("Meetings/a.md", meeting("2026-10-01", ["[[Zed]]"])), parse("Meetings/a.md", meeting("2026-10-01", [])), parse("Meetings/b.md", meeting("2026-10-03", ["[[Zed]]"]))];
		const bulk = new VaultIndex();
		bulk.addAll(batch);
		const one = new VaultIndex();
		for (const n of batch) one.set(n);
		for (const index of [bulk, one]) index.set(parse("People/Zed.md", person()));
		expect(observable(bulk)).toEqual(observable(one));
		expect(bulk.attendeesOf("Meetings/b.md")).toEqual(["People/Zed.md"]);
		expect(bulk.lastInteraction("People/Zed.md")?.source).toBe("Meetings/b.md");
	});

	it("resolves a name again once a second person takes it (no stale answer kept)", () => {
		const v = buildVault({ "People/Anna.md": person(), "Meetings/a.md": meeting("2026-10-01", ["[[Anna]]"]) });
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Anna.md"]);
		v.write("Meetings/Anna.md", person());
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["Meetings/Anna.md"]);
		v.remove("Meetings/Anna.md");
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Anna.md"]);
	});
});
