import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A meeting an importer writes twice, as meeting recorders and MeetingMind-style Otter imports are kept: the summary note
 * and, beside it, the transcript as a note of its own (`… - Transcript`), both dated and listing the same attendees.
 */
const people = { "People/Anna Rossi.md": person(), "People/Kofi Mensah.md": person() };
const attendees = ["[[Anna Rossi]]", "[[Kofi Mensah]]"];
const summary = md({ date: "2026-11-23", attendees }, "## Action Items", "- [ ] Draft the tenant list (@Kofi Mensah)");
const transcript = md({ date: "2026-11-23", attendees }, "## Transcript", "> **Anna Rossi** (00:00): Smallest tenants first.");

describe("a meeting's transcript kept beside its summary", () => {
	it("is a record of that meeting, no second meeting, and doctor says nothing of it", () => {
		const v = buildVault({ ...people, "Meetings/2026-11-23 Quota rollout.md": summary, "Meetings/2026-11-23 Quota rollout - Transcript.md": transcript });
		expect(v.index.meetingsOn("2026-11-23").map((n) => n.path)).toEqual(["Meetings/2026-11-23 Quota rollout.md"]);
		expect(v.index.counts().meetings).toBe(1);
		expect(v.index.problems()).toEqual([]);
	});

	it("is so beside a summary named `… - Summary`, and in Italian `… - Trascrizione` beside `… - Riepilogo`", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-23 Quota rollout - Summary.md": summary,
			"Meetings/2026-11-23 Quota rollout (transcript).md": transcript,
			"Riunioni/2026-11-24 Budget - Riepilogo.md": md({ data: "2026-11-24", partecipanti: ["[[Anna Rossi]]"] }, "- [ ] Mandare il budget"),
			"Riunioni/2026-11-24 Budget - Trascrizione.md": md({ data: "2026-11-24", partecipanti: ["[[Anna Rossi]]"] }, "> testo"),
		});
		expect(v.index.counts().meetings).toBe(2);
		expect(v.index.note("Meetings/2026-11-23 Quota rollout (transcript).md")?.kind).toBe("other");
		expect(v.index.note("Riunioni/2026-11-24 Budget - Trascrizione.md")?.kind).toBe("other");
	});

	it("stays a meeting of its own when no summary is beside it, or the one beside it is of another day or other people", () => {
		const alone = buildVault({ ...people, "Meetings/2026-11-23 Quota rollout - Transcript.md": transcript });
		expect(alone.index.counts().meetings).toBe(1);
		const other = buildVault({ ...people, "Meetings/2026-11-23 Quota rollout.md": md({ date: "2026-11-22", attendees }), "Meetings/2026-11-23 Quota rollout - Transcript.md": transcript });
		expect(other.index.counts().meetings).toBe(2);
		const others = buildVault({ ...people, "People/Dana Evans.md": person(), "Meetings/2026-11-23 Quota rollout.md": md({ date: "2026-11-23", attendees: ["[[Dana Evans]]"] }), "Meetings/2026-11-23 Quota rollout - Transcript.md": transcript });
		expect(others.index.counts().meetings).toBe(2);
	});

	it("is read again as the summary comes, changes and goes, as a fresh build reads it", () => {
		const v = buildVault({ ...people, "Meetings/2026-11-23 Quota rollout - Transcript.md": transcript });
		v.write("Meetings/2026-11-23 Quota rollout.md", summary);
		expect(v.index.counts().meetings).toBe(1);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Meetings/2026-11-23 Quota rollout.md", md({ date: "2026-11-20", attendees }));
		expect(v.index.counts().meetings).toBe(2);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("Meetings/2026-11-23 Quota rollout.md");
		expect(v.index.counts().meetings).toBe(1);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("stays a meeting of its own when it lists someone its summary does not, so she keeps that meeting (Dana, in the transcript alone)", () => {
		const v = buildVault({
			...people,
			"People/Dana Evans.md": person(),
			"Meetings/2026-11-24 Budget.md": md({ date: "2026-11-24", attendees: ["[[Anna Rossi]]"] }, "- numbers"),
			"Meetings/2026-11-24 Budget - Transcript.md": md({ date: "2026-11-24", attendees: ["[[Anna Rossi]]", "[[Dana Evans]]"] }, "> testo"),
		});
		expect(v.index.interactions("People/Dana Evans.md").map((i) => i.day)).toEqual(["2026-11-24"]);
		expect(v.index.counts().meetings).toBe(2);
	});
});
