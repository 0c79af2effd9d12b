import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * People notes in the style of a widely shared Templater people template: the person's facts in YAML,
 * `date_last_spoken` for the last contact and `follow_up` as a yes/no checkbox ("keep following up"),
 * the body opening with `tags: [[People MOC]]` and a heading that links the note to itself.
 */
const peopleNote = (fm: string): string => `---\ncompany: Nordlicht\nlocation: Remote\ntitle: Product manager\nemail:\nwebsite:\naliases: []\n${fm}\n---\ntags: [[People MOC]]\n# [[Chen Wei]]\n\n## Notes\n- Prefers calls in the morning.\n`;

const read = (fm: string, day = "2025-03-13") => {
	const v = buildVault({ "Extras/People/Chen Wei.md": peopleNote(fm), "People MOC.md": "# People\n- [[Chen Wei]]\n" });
	return {
		rows: personRows(v.index, day).map((r) => [r.path, r.lastContact, r.openFollowUps]),
		problems: v.index.problems().map((p) => `${p.code}:${p.line}`),
		followUps: [...v.index.followUps()].map((f) => f.text),
	};
};

describe("a people note that records when you last spoke and whether to follow up", () => {
	it("reads `date_last_spoken` as the last contact", () => {
		expect(read("date_last_spoken: 2025-01-10\nfollow_up:").rows).toEqual([["Extras/People/Chen Wei.md", "2025-01-10", 0]]);
	});

	it("takes `follow_up: true` or `false` as the checkbox it is: no problem in doctor and no made-up follow-up", () => {
		for (const flag of ["true", "false", "TRUE"]) {
			const seen = read(`date_last_spoken: 2025-01-10\nfollow_up: ${flag}`);
			expect(seen.problems, flag).toEqual([]);
			expect(seen.followUps, flag).toEqual([]);
			expect(seen.rows, flag).toEqual([["Extras/People/Chen Wei.md", "2025-01-10", 0]]);
		}
	});

	it("still makes a follow-up of `follow_up` holding a day, and still reports a word that is not one", () => {
		expect(read("follow_up: 2025-03-20").followUps).toEqual(["Follow up: Chen Wei"]);
		expect(read("follow_up: soon").problems).toEqual(["bad-date:7"]);
	});

	it("prefers the settings' own `last_contact` over `date_last_spoken`", () => {
		expect(read("last_contact: 2025-02-01\ndate_last_spoken: 2025-01-10").rows).toEqual([["Extras/People/Chen Wei.md", "2025-02-01", 0]]);
	});
});
