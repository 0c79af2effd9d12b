import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { buildRelationshipGraph } from "../../../src/core/graph/build";
import { personRows } from "../../../src/core/index/people";
import { buildVault, person } from "../../builders";

const SETTINGS = { upcomingDays: 7, birthdayDays: 14 };
const PIERO = { cadence: "monthly", last_contact: "2025-01-10", birthday: "1950-12-05" };

const peopleOf = (items: readonly { kind: string; people: readonly string[] }[]) => items.filter((i) => i.kind !== "followup").map((i) => `${i.kind} ${i.people.join()}`);

describe("the agenda of someone whose note says they died", () => {
	it("has no keep-in-touch nor birthday item for them, and keeps those of the living", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ ...PIERO, died: "2026-03-01" }),
			"People/Zia Lina.md": person({ ...PIERO, deceased: true }),
			"People/Anna.md": person({ ...PIERO }),
		});
		expect(peopleOf(buildAgenda(v.index, "2026-12-02", SETTINGS).items)).toEqual(["keep-in-touch People/Anna.md", "birthday People/Anna.md"]);
	});

	it("loses both items as soon as the note says so, and gets them back when `deceased: false` is written", () => {
		const v = buildVault({ "People/Nonno Piero.md": person(PIERO) });
		const builder = new AgendaBuilder(v.index);
		expect(peopleOf(builder.build("2026-12-02", SETTINGS).items)).toEqual(["keep-in-touch People/Nonno Piero.md", "birthday People/Nonno Piero.md"]);
		v.write("People/Nonno Piero.md", person({ ...PIERO, morto: "2026-03-01" }));
		expect(peopleOf(builder.build("2026-12-02", SETTINGS).items)).toEqual([]);
		v.write("People/Nonno Piero.md", person({ ...PIERO, deceased: false }));
		expect(peopleOf(builder.build("2026-12-02", SETTINGS).items)).toEqual(["keep-in-touch People/Nonno Piero.md", "birthday People/Nonno Piero.md"]);
	});

	it("keeps them in the people list with their last contact and birthday, with no contact due", () => {
		const v = buildVault({ "People/Nonno Piero.md": person({ ...PIERO, died: "2026-03-01" }) });
		expect(personRows(v.index, "2026-12-02")).toEqual([expect.objectContaining({ name: "Nonno Piero", lastContact: "2025-01-10", birthday: "1950-12-05", nextDue: null, died: "2026-03-01" })]);
	});

	it("keeps them in the graph, not marked overdue", () => {
		const v = buildVault({ "People/Nonno Piero.md": person({ ...PIERO, died: "2026-03-01" }), "People/Anna.md": person(PIERO) });
		const graph = buildRelationshipGraph(v.index, { asOf: "2026-12-02", halfLifeDays: 180, me: "" });
		expect(graph.getNodeAttributes("People/Nonno Piero.md")).toMatchObject({ kind: "person", overdue: false });
		expect(graph.getNodeAttributes("People/Anna.md")).toMatchObject({ overdue: true });
	});
});

describe("the open tasks of someone whose note says they died", () => {
	const followUps = (v: ReturnType<typeof buildVault>, builder = new AgendaBuilder(v.index)) => builder.build("2026-12-02", SETTINGS).items.filter((i) => i.kind === "followup").map((i) => i.text);

	it("drops from the agenda the tasks that were theirs to do (`#waiting`, an owner field, their `@` name in a meeting), and keeps the user's tasks about them", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ died: "2026-03-01" }, "- [ ] Return the fishing rod to Piero's son", "- [ ] Piero to send the old photos #waiting"),
			"Meetings/2026-01-05 Lunch.md": "---\ntype: meeting\ndate: 2026-01-05\nattendees: [\"[[Nonno Piero]]\", \"[[Anna]]\"]\n---\n- [ ] Write down the recipe [assignee:: @NonnoPiero]\n- [ ] @Nonno Piero: bring the wine\n- [ ] Share the photos [assignee:: @Anna]\n- [ ] Book the table\n",
			"People/Anna.md": person({}, "- [ ] Anna to lend the tent #waiting"),
			"Daily/2026-11-30.md": "- [ ] Call [[Nonno Piero]]'s widow 📅 2026-12-01\n",
		});
		expect(followUps(v).sort()).toEqual(["Anna to lend the tent #waiting", "Book the table", "Call [[Nonno Piero]]'s widow", "Return the fishing rod to Piero's son", "Share the photos"].sort());
	});

	// Meeting notes write an action item's owner first: `- [ ] [[Anna]]: send the deck`.
	it("drops a meeting's action item that opens with their link (`[[Nonno Piero]]: bring the grappa`), and keeps the living's and the user's", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ died: "2026-03-01" }),
			"People/Anna.md": person({}),
			"Meetings/2026-01-05 Lunch.md":
				"---\ntype: meeting\ndate: 2026-01-05\nattendees: [\"[[Nonno Piero]]\", \"[[Anna]]\"]\n---\n- [ ] [[Nonno Piero]]: bring the grappa\n- [ ] **[[Nonno Piero|Piero]]**: write down the recipe\n- [ ] [[Anna]]: bake the cake\n- [ ] Send [[Nonno Piero]]: the photos of the lunch\n",
			"Meetings/2026-02-01 Garden.md": "---\ntype: meeting\ndate: 2026-02-01\nattendees: [\"[[Nonno Piero]]\"]\n---\n- [ ] [[Garden plan]]: plant the tomatoes\n",
		});
		expect(followUps(v).sort()).toEqual(["[[Anna]]: bake the cake", "Send [[Nonno Piero]]: the photos of the lunch", "[[Garden plan]]: plant the tomatoes"].sort());
	});

	it("drops a task of theirs written in another note as soon as their own note says they died", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({}),
			"Meetings/2026-01-05 Lunch.md": "---\ntype: meeting\ndate: 2026-01-05\nattendees: [\"[[Nonno Piero]]\"]\n---\n- [ ] Write down the recipe [assignee:: @NonnoPiero]\n",
		});
		const builder = new AgendaBuilder(v.index);
		expect(followUps(v, builder)).toEqual(["Write down the recipe"]);
		v.write("People/Nonno Piero.md", person({ deceased: true }));
		expect(followUps(v, builder)).toEqual([]);
	});
});
