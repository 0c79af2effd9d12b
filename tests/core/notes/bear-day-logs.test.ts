import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * A day's log written in Bear and exported to Markdown: named by its day alone, no properties, the week's tag on the
 * line under the title (`#log/2026/11/23`), meetings noted in a nested list. Made-up people.
 */
const log = (tag: string) => `# 2026-11-24\n${tag}\n\n- Shipped the invoice batch\n- Meeting with [[Pavel Orlov]] about the launch\n\t- He wants the beta list by Friday\n`;

describe("a day's log exported from Bear", () => {
	it("is that day's note: the people it links were met that day", () => {
		const v = buildVault({ "References/Pavel Orlov.md": "---\ntype: person\n---\n", "Bear/2026-11-24.md": log("#log/2026/11/23") });
		expect(v.index.note("Bear/2026-11-24.md")).toMatchObject({ kind: "daily", date: "2026-11-24" });
		expect(personRows(v.index, "2026-11-30").map((r) => [r.name, r.lastContact])).toEqual([["Pavel Orlov", "2026-11-24"]]);
	});

	it("stays what it was when its name says more than its day or it has no log tag, and a call in a Log folder stays a call", () => {
		const v = buildVault({
			"References/Pavel Orlov.md": "---\ntype: person\n---\n",
			"Bear/2026-11-24 Budget.md": log("#log"),
			"Bear/2026-11-25.md": log("#ideas"),
			"Log/2026-11-19 Call with Pavel.md": "Called [[Pavel Orlov]] about the quote #log\n",
		});
		expect(v.index.note("Bear/2026-11-24 Budget.md")?.kind).toBe("other");
		expect(v.index.note("Bear/2026-11-25.md")?.kind).toBe("other");
		expect(v.index.note("Log/2026-11-19 Call with Pavel.md")?.kind).toBe("meeting");
	});
});
