import fc from "fast-check";
import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { conflictCopyOf, deviceCopyOf, mayNameACopy } from "../../../src/core/notes/sync-copies";
import { basename, hasMdExtension, withoutMd } from "../../../src/core/shared/text";

/*
 * A vault's build asks of every note whether its name makes it a copy. The shortcut that answers "no" for most
 * names without any pattern must never say "no" to a name a rule reads as a copy.
 */
const PIECES = ["Anna", "Rossi", " ", "-", "(", ")", "[", "]", ".", "_", "'", "2", "17", "4437", " 7", "2026-11-30", "101500", "onfli", "Conflict", "conflicted copy", "copia in conflitto", "Konflikt", "sync-conflict-20261130-101500", "-ABCDEFG", "DESKTOP-1A2B3C4", "LAPTOP-1A2B3C4D", "-safeBackup-0001", "JacksDesktop", "MacBook", "PC01", "MARCO", "é", "ß", "🙂"];
const names = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(""));
/** The numbered copy's name rule of note-copies.ts (`Anna Rossi 2`, `Anna Rossi (1)`). */
const NUMBERED = /^(.*\S) (?:\d{1,2}|\(\d{1,2}\))$/;

describe("the shortcut that tells a name is no copy's", () => {
	it("never says no to a name that a conflict, device or numbered copy rule reads as a copy", () => {
		fc.assert(
			fc.property(fc.oneof(names, fc.string()), (title) => {
				if (mayNameACopy(title)) return;
				expect(conflictCopyOf(title)).toBeNull();
				expect(deviceCopyOf(title)).toBeNull();
				expect(NUMBERED.test(title)).toBe(false);
			}),
			{ numRuns: 5000 },
		);
	});

	it("says yes to each kind of copy's name", () => {
		for (const title of ["Anna Rossi 2", "Anna Rossi (1)", "Anna Rossi (Marco's conflicted copy 2026-11-30)", "Anna Rossi.sync-conflict-20261130-101500-ABCDEFG", "Anna Rossi-DESKTOP-1A2B3C4", "Anna Rossi-marco-ThinkPad-safeBackup-0001", "Anna Rossi-JacksDesktop", "Anna Rossi [conflicted]", "Anna Rossi.Conflict"]) {
			expect(mayNameACopy(title), title).toBe(true);
		}
		for (const title of ["Anna Rossi", "2026-11-30 Sync with Anna", "Jean-Luc Picard", "Sara Greco 4437", "Q3 OKR"]) expect(mayNameACopy(title), title).toBe(false);
	});
});

describe("the look for a conflict mark in every note's name", () => {
	const marks = fc.array(fc.constantFrom("o", "O", "n", "N", "f", "F", "l", "L", "i", "I", "ı", "İ", "ſ", "Ｏ", "ﬁ", " ", "c", "t"), { maxLength: 12 }).map((p) => p.join(""));

	it("finds onfli in any ASCII case as the pattern /onfli/i did, and no letter Unicode folds into one of them", () => {
		fc.assert(
			fc.property(fc.oneof(marks, names, fc.string()), (title) => {
				// A name that is no copy by any other rule: its answer is the mark's alone.
				const name = `${title}x`;
				if (name.endsWith(")") || name.includes("-")) return;
				expect(mayNameACopy(name), name).toBe(/onfli/i.test(name));
			}),
			{ numRuns: 5000 },
		);
		expect(mayNameACopy("Anna Rossi.CONFLICTx")).toBe(true);
		expect(mayNameACopy("Anna Rossi cOnFlIctx")).toBe(true);
		expect(mayNameACopy("Anna Rossi confl\u0131ctx")).toBe(false);
		expect(conflictCopyOf("Anna Rossi (Marco's CONFLICTED COPY 2026-11-30)")).toBe("Anna Rossi");
	});

	it("makes no copy of a name cut out of its path, as a warm start reads every note's", () => {
		const titles = Array.from({ length: 20000 }, (_, i) => `Meetings/2025-01/2025-01-01 Meeting ${1000 + i}.md`).map((p) => p.slice(p.lastIndexOf("/") + 1, -3));
		const grown: number[] = [];
		for (let round = 0; round < 15; round++) {
			const before = getHeapStatistics().used_heap_size;
			let copies = 0;
			for (let i = 0; i < titles.length; i++) if (mayNameACopy(titles[i] as string)) copies++;
			grown.push((getHeapStatistics().used_heap_size - before) / titles.length);
			expect(copies).toBe(0);
		}
		// The median round: a collection during one of them only lowers its figure. The pattern grew the heap by 56 bytes a name.
		expect(grown.sort((a, b) => a - b)[7]).toBeLessThan(16);
	});
});

describe("a note's file name without folders and `.md`", () => {
	const oldBasename = (path: string): string => {
		const slash = path.lastIndexOf("/");
		const name = slash >= 0 ? path.slice(slash + 1) : path;
		return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
	};
	const paths = fc.array(fc.constantFrom("People", "/", "Anna", ".md", ".MD", ".Md", ".mD", ".m", "d", ".", "İ", "ﬃ", "é", " "), { maxLength: 8 }).map((p) => p.join(""));

	it("is what lower-casing the name to find `.md` gave, for any path", () => {
		fc.assert(
			fc.property(fc.oneof(paths, fc.string()), (path) => {
				expect(basename(path)).toBe(oldBasename(path));
				expect(hasMdExtension(path)).toBe(path.toLowerCase().endsWith(".md"));
				expect(withoutMd(path)).toBe(path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path);
			}),
			{ numRuns: 5000 },
		);
	});
});
