import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, md, person } from "../../builders";

const kit = (body: string, day = "2026-11-30") => {
	const v = buildVault({ "People/Lia.md": person({ cadence: "2w" }, body) });
	const items = buildAgenda(v.index, day, { upcomingDays: 7, birthdayDays: 0 }).items.filter((i) => i.kind === "keep-in-touch");
	return items.map((i) => [i.status, i.lastContact]);
};

describe("probe", () => {
	it.each([
		["future list", "- 2026-12-24 Christmas dinner planned\n"],
		["future table", "| Date | Plan |\n|---|---|\n| 2026-12-24 | Christmas dinner planned |\n"],
		["cancelled", "- [-] Call her ❌ 2026-11-25\n"],
		["cancelled with done", "- [-] Call her ✅ 2026-11-25\n"],
		["comment done", "%%\n- [x] Call her ✅ 2026-11-25\n%%\n"],
		["code done", "```\n- [x] Call her ✅ 2026-11-25\n```\n"],
		["done", "- [x] Call her ✅ 2026-11-25\n"],
		["section done", "<!-- rapport:start -->\n- [x] Call her ✅ 2026-11-25\n<!-- rapport:end -->\n"],
		["quote done", "> - [x] Call her ✅ 2026-11-25\n"],
		["table date in link", "| [[2026-11-21]] | call |\n"],
		["inline code table", "| `2026-11-21` | call |\n"],
	])("%s", (_n, body) => {
		console.log("KIT", _n, JSON.stringify(kit(body)));
	});
	it("attendees heading lines", () => {
		const v = buildVault({ "People/Anna Rossi.md": person(), "Meetings/M.md": md({ type: "meeting", date: "2026-11-20" }, "## Attendees\n- [[Anna Rossi]]\n\nTBD\nAbsent\nRemote\nMarco Bianchi couldn't come\n") });
		console.log("ATT", JSON.stringify(v.index.note("Meetings/M.md")?.attendees));
	});
	it("birthday probes", () => {
		for (const b of ["May", "June 31", "12.05", "Sept 5", "5 Sept", "31/04", "2026.11.20", "1st May", "May 1st, 1990", "Mar 3 1990"]) {
			const v = buildVault({ "People/Lia.md": person({ birthday: b }) });
			console.log("BD", JSON.stringify([b, v.index.note("People/Lia.md")?.person?.birthday ?? null, v.index.problems().map((p) => p.code)]));
		}
	});
	it("dates", () => {
		for (const d of ["2026.11.20", "1.2.3", "31.12.2026", "10.11.2026 14:00", "10.11.2026, 14:00"]) {
			const v = buildVault({ "Meetings/M.md": md({ type: "meeting", date: d, attendees: ["[[Lia]]"] }), "People/Lia.md": person() });
			console.log("DT", JSON.stringify([d, v.index.note("Meetings/M.md")?.date ?? null, v.index.problems().map((p) => p.code)]));
		}
	});
	it("classify", () => {
		const files: Record<string, string> = {
			"Modelli/Giulia Bianchi.md": person(),
			"Templates of letters/Letter to Anna.md": md({ type: "meeting", date: "2026-11-20", attendees: ["[[Lia]]"] }),
			"Work/2026-11-20 Daily standup.md": md({ tags: ["daily", "standup"], attendees: ["[[Lia]]"] }, "- [[Lia]] said hi"),
			"Journal/2026-11-20 Coffee with Lia.md": md(null, "Coffee with [[Lia]]"),
			"People/Lia.md": person(),
			"Notes/x.md": md({ type: "non-person" }),
			"Notes/y.md": md({ type: "pre-meeting" }),
			"Notes/z.md": md({ type: "meeting/template" }),
			"Notes/w.md": md({ type: "org/contact" }),
		};
		const v = buildVault(files);
		console.log("CL", JSON.stringify(Object.keys(files).map((p) => [p, v.index.note(p)?.kind])));
	});
});
