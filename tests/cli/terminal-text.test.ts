import { describe, expect, it } from "vitest";
import { forTerminal, jsonForTerminal } from "../../src/cli/terminal-text";
import { makeVault, rapport } from "./run-cli";

/** ESC, BEL, NUL, DEL and C1 controls such as CSI: what a terminal obeys instead of showing (line feed and CR LF aside). */
const controlsIn = (text: string): number[] =>
	[...text.replace(/\r\n/g, "\n")].map((c) => c.charCodeAt(0)).filter((c) => (c < 0x20 && c !== 0x0a && c !== 0x09) || (c >= 0x7f && c <= 0x9f));

describe("what a note holds reaches the terminal as text, never as terminal commands", () => {
	it("an agenda with a task that sets the terminal's title and colours prints them as visible marks", () => {
		const vault = makeVault({
			"People/Eve.md": "---\ntype: person\n---\n- [ ] call \x1b]0;PWNED\x07 now \x1b[31mred\x1b[0m \x00 \u009b2J 📅 2026-11-27\n",
		});
		const run = rapport("agenda", "--vault", vault, "--date", "2026-11-27");
		expect(run.status).toBe(0);
		expect(run.stdout).toContain("call \uFFFD]0;PWNED\uFFFD now \uFFFD[31mred\uFFFD[0m");
		expect(controlsIn(run.stdout)).toEqual([]);
	});

	it("line breaks, tabs and CRLF stay; a CR alone does not (it would overwrite the line on screen)", () => {
		expect(forTerminal("a\tb\r\nc\nd\re\x1bf")).toBe("a\tb\r\nc\nd\uFFFDe\uFFFDf");
	});

	it("JSON keeps DEL and C1 controls as escapes that read back as the same text", () => {
		const value = { text: "a\u007fb\u009bc\u0085d è" };
		const printed = jsonForTerminal(JSON.stringify(value));
		expect(controlsIn(printed)).toEqual([]);
		expect(JSON.parse(printed)).toEqual(value);
	});
});
