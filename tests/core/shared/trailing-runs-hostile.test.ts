import { describe, expect, it } from "vitest";
import { readSimpleFrontmatter } from "../../../src/cli/frontmatter-fast";
import { readBlockOptions } from "../../../src/core/agenda/block-options";
import { ianaZoneOfWindowsName } from "../../../src/core/calendar/windows-zones";
import { vaultConfigFrom } from "../../../src/core/config/vault-config";
import { isReservedName, safeFileName } from "../../../src/core/contacts/names";
import { trimEndWhile, trimStartWhile } from "../../../src/core/shared/scan";
import { seededRandom } from "../../builders";
import { expectLinear } from "../../growth";

/*
 * A run of spaces (or dots) inside a long value, as a pasted line or a hostile file holds: patterns
 * anchored at the end (`/ +$/`, `/\s+\d+$/`, `/\s+#.*$/`) try every run and scan it to its end, so
 * their time grows with the square of the run. Each reader here must grow with the line.
 */

describe("values with a long run of spaces inside, read in linear time", () => {
	it.each([
		["a frontmatter value (the CLI's fast reader)", (n: number) => readSimpleFrontmatter(`\ntime: 2:30${" ".repeat(n)}PM`)],
		["a calendar's zone name (TZID)", (n: number) => ianaZoneOfWindowsName(`Eastern${" ".repeat(n)}Time`)],
		["a contact's name made a file name", (n: number) => isReservedName(`Ada${" ".repeat(n)}Park`)],
		["a contact's name of dots made a file name", (n: number) => safeFileName(`Ada${".".repeat(n)}Park`)],
		["a rapport block's option", (n: number) => readBlockOptions(`date: 2026-11-20${" ".repeat(n)}x`)],
		["a Daily notes folder of slashes in the vault's settings", (n: number) => vaultConfigFrom({ dailyNotes: { folder: `Journal${"/".repeat(n)}x` } })],
	])("%s", (_what, read) => {
		expectLinear(read);
	});
});

describe("the one-pass trims give what the patterns gave", () => {
	it("a folder setting loses the slashes around it, as the pattern took them", () => {
		const random = seededRandom(14);
		for (let n = 0; n < 500; n++) {
			const text = Array.from({ length: Math.floor(random() * 8) }, () => ["/", "/", " ", "a", "b/c"][Math.floor(random() * 5)]).join("");
			expect(vaultConfigFrom({ dailyNotes: { folder: text } }).dailyNotes.folder, JSON.stringify(text)).toBe(text.trim().replace(/^\/+|\/+$/g, ""));
		}
	});

	it("on random text of spaces, dots, digits, # and letters", () => {
		const random = seededRandom(12);
		const alphabet = [" ", " ", ".", "1", "2", "#", "a", "\t"];
		for (let n = 0; n < 2000; n++) {
			const text = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
			expect(trimEndWhile(text, (ch) => ch === " ")).toBe(text.replace(/ +$/, ""));
			const dotOrSpace = (ch: string): boolean => ch === "." || /\s/.test(ch);
			expect(trimEndWhile(trimStartWhile(text, dotOrSpace), dotOrSpace)).toBe(text.replace(/^[.\s]+|[.\s]+$/g, ""));
			const zone = `Eastern Standard Time${text}`;
			expect(ianaZoneOfWindowsName(zone) === "America/New_York", JSON.stringify(zone)).toBe(zone.trim().replace(/\s+\d+$/, "") === "Eastern Standard Time");
			const option = readBlockOptions(`date: 2026-11-20${text}`);
			const expected = `2026-11-20${text}`.replace(/\s+#.*$/, "").trim();
			expect(option.ok && option.options.date === "2026-11-20", JSON.stringify(text)).toBe(expected === "2026-11-20");
		}
	});
});
