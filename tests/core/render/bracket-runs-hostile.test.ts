import { describe, expect, it } from "vitest";
import { calendarFor } from "../../../src/core/contacts/export";
import { personMarks, personKeys } from "../../../src/core/index/resolver";
import { linksToText } from "../../../src/core/render/markdown";
import { orgName } from "../../../src/core/shared/text";
import { buildVault } from "../../builders";
import { expectLinear } from "../../growth";

/*
 * A line of thousands of `[` (a pasted log, a hostile file) in a follow-up, or a link opened and never closed
 * in a person's `org`: a link pattern whose parts may run over brackets tries again from each `[` to the end
 * of the line, so its time grows with the square of the line. Shown in the agenda (the CLI's text and the
 * side panel), exported as a calendar, or read as an organisation, each must grow with the line.
 */

const meeting = (task: string): Record<string, string> => ({
	"People/Anna.md": "---\ntype: person\n---\n",
	"Meetings/2026-11-20 Sync.md": `---\ntype: meeting\nattendees: ["[[Anna]]"]\n---\n- [ ] ${task} 📅 2026-11-25\n`,
});

describe("a line of brackets is read in linear time", () => {
	it.each([
		["a follow-up's text shown without its links", (n: number) => linksToText("[".repeat(n))],
		["a follow-up's text of links never closed", (n: number) => linksToText("[[a".repeat(n / 3))],
		["a follow-up's text of labels never closed", (n: number) => linksToText("[[a|".repeat(n / 4))],
		["a follow-up's text of Markdown links never closed", (n: number) => linksToText("[a](".repeat(n / 4))],
		["an organisation's link never closed", (n: number) => orgName(`[[${"a".repeat(n)}`)],
	])("%s", (_what, read) => {
		expectLinear(read);
	});

	it("in a person's org, as the resolver marks her", () => {
		const notes = new Map([20_000, 80_000].map((n) => [n, buildVault({ "People/Anna.md": `---\ntype: person\norg: "[[${"a".repeat(n)}"\n---\n` }).index.person("People/Anna.md")]));
		expectLinear((n) => {
			const anna = notes.get(n);
			return anna ? personMarks(anna, personKeys(anna)) : null;
		});
	});

	it("in a follow-up exported as a calendar", () => {
		const vaults = new Map([20_000, 80_000].map((n) => [n, buildVault(meeting("[".repeat(n))).index]));
		expectLinear((n) => calendarFor(vaults.get(n) ?? buildVault({}).index, (p) => p, "2026-11-27", (p) => p));
	});
});

describe("links still read as before", () => {
	it("in a follow-up's text", () => {
		expect(linksToText("Send [[People/Anna Rossi|Anna]] and [[Marco#Notes]] the [deck](Files/Deck%20v2.md), ![[logo.png]]")).toBe("Send Anna and Marco the deck, logo.png");
		expect(linksToText("[x] [[Anna]]: no [link] here")).toBe("[x] Anna: no [link] here");
	});

	it("in an organisation", () => {
		expect(orgName("[[Companies/Tree Company|Tree Co.]]")).toBe("Tree Company");
		expect(orgName(" [[Lumen#About]] ")).toBe("Lumen");
		expect(orgName("[[Lumen")).toBe("[[Lumen");
	});

	it("in a person's marks and a calendar's summary", () => {
		const v = buildVault({ ...meeting("Send [[People/Anna|Anna R.]] the deck"), "People/Anna.md": "---\ntype: person\norg: \"[[Orgs/Lumen S.r.l.#x|Lumen]]\"\n---\n" });
		const anna = v.index.person("People/Anna.md");
		expect(anna && personMarks(anna, personKeys(anna)).sort()).toEqual(["lumen", "lumen s.r.l."]);
		expect(calendarFor(v.index, (p) => p.slice(7, -3), "2026-11-27", (p) => p)).toContain("SUMMARY:Send Anna R. the deck (Anna)");
	});
});
