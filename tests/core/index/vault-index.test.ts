import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda, compareItems } from "../../../src/core/agenda/agenda";
import { personRows } from "../../../src/core/index/people";
import { buildVault, md, meeting, person, type TestVault } from "../../builders";

const SETTINGS = { upcomingDays: 7, birthdayDays: 14 };

describe("interactions and last contact", () => {
	it("counts attending a meeting, a daily note mention, a completed task and a log line", () => {
		const v = buildVault({
			"People/Anna.md": person({ cadence: "monthly" }, "- 2026-09-01 Lunch"),
			"People/Marco.md": person(),
			"People/Zoe.md": person(),
			"People/Luca.md": "---\ntype: person\nlast_contact: 2026-08-15\n---\n",
			"Meetings/m.md": meeting("2026-10-01", ["[[Anna]]"]),
			"2026-10-05.md": "Called [[Marco]]\n",
			"Notes/x.md": "- [x] Sent [[Zoe]] the deck ✅ 2026-10-07\n",
		});
		expect(v.index.lastInteraction("People/Anna.md")).toMatchObject({ day: "2026-10-01", kind: "meeting", source: "Meetings/m.md" });
		expect(v.index.lastInteraction("People/Marco.md")).toMatchObject({ day: "2026-10-05", kind: "mention", line: 0 });
		expect(v.index.lastInteraction("People/Zoe.md")).toMatchObject({ day: "2026-10-07", kind: "task" });
		expect(v.index.lastInteraction("People/Luca.md")).toMatchObject({ day: "2026-08-15", kind: "log" });
	});

	it("does not count an open task, a quote, a code block, an embed, or a link from an undated note", () => {
		const v = buildVault({
			"People/Anna.md": person(),
			"2026-10-05.md": ["- [ ] call [[Anna]]", "> [[Anna]] said", "```", "[[Anna]]", "```", "![[Anna]]"].join("\n"),
			"Notes/Ideas.md": "Ask [[Anna]] about jazz\n",
		});
		expect(v.index.lastInteraction("People/Anna.md")).toBeNull();
	});

	it("shows Anna as overdue when the last meeting was 40 days ago and her cadence is monthly", () => {
		const v = buildVault({ "People/Anna.md": person({ cadence: "monthly" }), "Meetings/m.md": meeting("2026-10-18", ["[[Anna]]"]) });
		const item = buildAgenda(v.index, "2026-11-27", SETTINGS).items.find((i) => i.kind === "keep-in-touch");
		expect(item).toMatchObject({ status: "overdue", date: "2026-11-18", days: 9, lastContact: "2026-10-18" });
	});

	it("lists a person with a cadence and no interaction yet as due now", () => {
		const v = buildVault({ "People/Anna.md": person({ cadence: "2w" }) });
		expect(buildAgenda(v.index, "2026-11-27", SETTINGS).items).toMatchObject([{ kind: "keep-in-touch", status: "today", date: null, lastContact: null }]);
	});
});

describe("follow-ups and their owners", () => {
	const files = {
		"People/Anna.md": person({}, "- [ ] Send Anna the recording 📅 2026-11-24"),
		"People/Marco.md": person(),
		"People/Zoe.md": person(),
		"Meetings/m.md": meeting("2026-11-01", ["[[Anna]]", "[[Marco]]"], "- [ ] Write up notes", "- [ ] Send [[Zoe]] the deck ⏳ 2026-11-30", "- [x] Done already"),
		"Notes/Project.md": "- [ ] Ask [[Marco]] for the doc\n- [ ] Unrelated task\n",
		"Meetings/f.md": md({ type: "meeting", date: "2026-11-19", people: ["[[Zoe]]"], follow_up: "2026-11-26" }),
	};

	it("gives a person note's task to that person, a meeting's task to its attendees unless it links someone", () => {
		const v = buildVault(files);
		const owners = [...v.index.followUps()].map((f) => [f.text, f.people]);
		expect(owners).toEqual([
			["Send Anna the recording", ["People/Anna.md"]],
			["Write up notes", ["People/Anna.md", "People/Marco.md"]],
			["Send [[Zoe]] the deck", ["People/Zoe.md"]],
			["Ask [[Marco]] for the doc", ["People/Marco.md"]],
			["Follow up: f", ["People/Zoe.md"]],
		]);
		expect(v.index.followUpsOf("People/Marco.md").map((f) => f.text)).toEqual(["Write up notes", "Ask [[Marco]] for the doc"]);
		// The count the people list shows, without making the list.
		expect(["People/Anna.md", "People/Marco.md", "People/Zoe.md", "People/Nobody.md"].map((p) => v.index.followUpCountOf(p))).toEqual([2, 2, 2, 0]);
	});
});

describe("incremental updates", () => {
	it("moves Anna from overdue to fine when a new meeting with her is written", () => {
		const v = buildVault({ "People/Anna.md": person({ cadence: "monthly" }), "Meetings/old.md": meeting("2026-09-01", ["[[Anna]]"]) });
		expect(v.index.nextContactDue("People/Anna.md")).toBe("2026-10-01");
		const before = v.index.revision;
		v.write("Meetings/new.md", meeting("2026-11-20", ["[[Anna]]"]));
		expect(v.index.revision).toBe(before + 1);
		expect(v.index.changedSince(before)).toEqual(["Meetings/new.md"]);
		expect(v.index.nextContactDue("People/Anna.md")).toBe("2026-12-20");
		v.remove("Meetings/new.md");
		expect(v.index.nextContactDue("People/Anna.md")).toBe("2026-10-01");
	});

	it("resolves links that were waiting for a person once the person note appears, and forgets them when it goes", () => {
		const v = buildVault({ "Meetings/m.md": meeting("2026-11-01", ["[[Mario Verdi]]"]) });
		expect(v.index.problems().map((p) => p.code)).toEqual(["unknown-attendee"]);
		v.write("People/Mario Verdi.md", person());
		expect(v.index.problems()).toEqual([]);
		expect(v.index.lastInteraction("People/Mario Verdi.md")?.day).toBe("2026-11-01");
		v.remove("People/Mario Verdi.md");
		expect(v.index.problems().map((p) => p.code)).toEqual(["unknown-attendee"]);
	});

	it("names an unknown attendee as written in the first meeting by path, whatever order the meetings were read in", () => {
		const notes = { "Meetings/b.md": meeting("2026-11-02", ["zoe muller"]), "Meetings/a.md": meeting("2026-11-01", ["Zoë Müller"]) };
		const forwards = buildVault(notes);
		const backwards = buildVault(Object.fromEntries(Object.entries(notes).reverse()));
		for (const v of [forwards, backwards]) {
			expect(v.index.problems().map((p) => [p.path, p.params])).toEqual([["Meetings/a.md", { name: "Zoë Müller", n: 2 }]]);
		}
		forwards.remove("Meetings/a.md");
		expect(forwards.index.problems().map((p) => p.params)).toEqual([{ name: "zoe muller", n: 1 }]);
	});

	it("keeps a person's history when the note moves to another folder", () => {
		const v = buildVault({ "People/Anna.md": person({ cadence: "monthly" }), "Meetings/m.md": meeting("2026-11-01", ["[[Anna]]"]), "Meetings/n.md": meeting("2026-11-02", ["[[Anna]]"], "- [ ] send deck") });
		v.rename("People/Anna.md", "People/Friends/Anna.md");
		expect(v.index.lastInteraction("People/Friends/Anna.md")?.day).toBe("2026-11-02");
		expect(v.index.followUpsOf("People/Friends/Anna.md").map((f) => f.text)).toEqual(["send deck"]);
		expect(v.index.person("People/Anna.md")).toBeUndefined();
	});

	it("re-resolves references when a person gains an alias", () => {
		const v = buildVault({ "People/Andrés García.md": person(), "m.md": meeting("2026-11-01", ["[[Andy]]"]) });
		expect(v.index.attendeesOf("m.md")).toEqual([]);
		v.write("People/Andrés García.md", person({ aliases: ["Andy"] }));
		expect(v.index.attendeesOf("m.md")).toEqual(["People/Andrés García.md"]);
		expect(v.index.lastInteraction("People/Andrés García.md")?.day).toBe("2026-11-01");
	});

	it("ends in the same state as a full rebuild after any sequence of edits", () => {
		const names = ["Anna", "Marco", "Zoë", "Nicolò"];
		const note = fc.oneof(
			fc.record({ kind: fc.constant("person" as const), name: fc.constantFrom(...names), folder: fc.constantFrom("People", "People/Work", "Contacts"), cadence: fc.constantFrom("2w", "monthly", ""), alias: fc.constantFrom("", "Nico", "Zoe") }),
			fc.record({ kind: fc.constant("meeting" as const), slot: fc.integer({ min: 0, max: 4 }), day: fc.integer({ min: 1, max: 28 }), who: fc.subarray(names.map((n) => n.toLowerCase())), task: fc.boolean() }),
			fc.record({ kind: fc.constant("daily" as const), day: fc.integer({ min: 1, max: 28 }), who: fc.constantFrom(...names, "Nico", "Zoe") }),
			fc.record({ kind: fc.constant("remove" as const), slot: fc.integer({ min: 0, max: 9 }) }),
		);
		fc.assert(
			fc.property(fc.array(note, { maxLength: 25 }), (ops) => {
				const v = buildVault({});
				const builder = new AgendaBuilder(v.index);
				for (const [i, op] of ops.entries()) {
					applyOp(v, op);
					// A long-lived builder (as the side panel keeps) must see every edit.
					const day = i % 2 === 0 ? "2026-11-15" : "2026-11-20";
					expect(builder.build(day, SETTINGS)).toEqual(buildAgenda(buildVault(Object.fromEntries(v.files)).index, day, SETTINGS));
				}
				const fresh = buildVault(Object.fromEntries(v.files));
				expect(snapshot(v)).toEqual(snapshot(fresh));
				expect(v.index.counts().problems).toBe(v.index.problems().length);
				const { items } = buildAgenda(v.index, "2026-11-15", SETTINGS);
				expect(items).toEqual([...items].sort(compareItems));
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 150) },
		);
	});
});

type Op =
	| { kind: "person"; name: string; folder: string; cadence: string; alias: string }
	| { kind: "meeting"; slot: number; day: number; who: string[]; task: boolean }
	| { kind: "daily"; day: number; who: string }
	| { kind: "remove"; slot: number };

function applyOp(v: TestVault, op: Op): void {
	const day = (d: number) => `2026-11-${String(d).padStart(2, "0")}`;
	switch (op.kind) {
		case "person": {
			const existing = [...v.files.keys()].find((p) => p.endsWith(`/${op.name}.md`));
			const path = `${op.folder}/${op.name}.md`;
			const text = person({ ...(op.cadence ? { cadence: op.cadence } : {}), ...(op.alias ? { aliases: [op.alias] } : {}) });
			if (existing && existing !== path) v.rename(existing, path);
			v.write(path, text);
			return;
		}
		case "meeting":
			v.write(`Meetings/m${op.slot}.md`, md({ type: "meeting", date: day(op.day), attendees: op.who }, ...(op.task ? ["- [ ] follow up 📅 " + day(op.day + 1)] : [])));
			return;
		case "daily":
			v.write(`${day(op.day)}.md`, `Saw [[${op.who}]]\n- [ ] call [[${op.who}]]\n`);
			return;
		case "remove": {
			const path = [...v.files.keys()].sort()[op.slot];
			if (path) v.remove(path);
		}
	}
}

function snapshot(v: TestVault) {
	return {
		people: personRows(v.index),
		agenda: buildAgenda(v.index, "2026-11-15", SETTINGS),
		problems: v.index.problems(),
		counts: v.index.counts(),
		followUps: [...v.index.followUps()].map((f) => [f.source, f.line, [...f.people].sort()]).sort(),
	};
}
