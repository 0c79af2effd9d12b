import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { upsertSection } from "../../../src/core/edits/daily-section";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";
import { findSection } from "../../../src/core/edits/section-markers";
import { appendLogLine, completeTask, editLine, setTaskDue } from "../../../src/core/edits/task-edits";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";
import { safeLine } from "../../../src/core/render/safe-text";
import { splitLines } from "../../../src/core/shared/text";

/**
 * Every write Rapport makes, on random notes (CRLF, lone CR, BOM, unicode, markers anywhere, no final newline),
 * in random sequences: the bytes outside the intended change never move, and writing the same thing
 * twice changes nothing the second time.
 */

const START = "<!-- rapport:start -->";
const END = "<!-- rapport:end -->";
const RUNS = Number(process.env.RAPPORT_FUZZ_RUNS ?? 300);

const lineOf = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
	{
		weight: 4,
		arbitrary: fc.constantFrom(START, END, "```", "~~~", "$$", "<!--", "-->", "%%", "---", "type: person", "email:", "# Heading", "## Follow-ups", "- [ ] Call [[People/Anna]] 📅 2026-11-30", "- [x] Done ✅ 2026-11-01", "- [ ] Pay rent ^rent", "> quoted <!-- rapport:end -->", "café ünïcødé 日本語 🎉👩‍👩‍👧", "", "   ", "\t"),
	},
);

/** A random note: lines, one kind of line ending (LF, CRLF, an old Mac's lone CR, or mixed), maybe a BOM, maybe a final newline. */
const note = fc
	.record({ lines: fc.array(lineOf, { maxLength: 14 }), eol: fc.constantFrom("\n", "\r\n", "\r", "mixed"), bom: fc.boolean(), finalNewline: fc.boolean() })
	.map(({ lines, eol, bom, finalNewline }) => {
		const join = (i: number): string => (eol === "mixed" ? (i % 2 === 0 ? "\r\n" : "\n") : eol);
		let text = lines.map((l, i) => (i < lines.length - 1 ? l + join(i) : l)).join("");
		if (finalNewline && lines.length > 0) text += join(lines.length - 1);
		return (bom ? "\uFEFF" : "") + text;
	});

/** What Rapport writes into a section: hostile strings, each through the one sanitiser every renderer uses. */
const section = fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(START, END, "Anna\n<!-- rapport:end -->", "%% hidden", "```", "$$", "> $$ x", "# Heading")), { maxLength: 5 }).map((lines) => [START, "## Rapport", ...lines.map(safeLine), END]);

/** Whether `after` is `before` with one region replaced: the bytes before and after that region are the same. */
function changedRegion(before: string, after: string): { from: number; beforeTo: number; afterTo: number } {
	let p = 0;
	while (p < before.length && p < after.length && before[p] === after[p]) p++;
	let s = 0;
	while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
	return { from: p, beforeTo: before.length - s, afterTo: after.length - s };
}

function lineCount(text: string): number {
	return splitLines(text).length;
}

/** The note's line breaks, in order, as written. */
function breaks(text: string): string[] {
	return text.match(/\r\n|\r|\n/g) ?? [];
}

/** A note written with lone CRs only (an old Mac file) must never get an LF. */
function expectNoLfInLoneCr(before: string, after: string): void {
	if (before.includes("\r") && !before.includes("\n")) expect(after.includes("\n")).toBe(false);
}

type Write = { kind: "section"; lines: string[] } | { kind: "follow-ups"; lines: string[] } | { kind: "done"; line: number } | { kind: "snooze"; line: number; day: string } | { kind: "log"; what: string } | { kind: "fields"; entries: [string, string][] };

const write: fc.Arbitrary<Write> = fc.oneof(
	section.map((lines) => ({ kind: "section" as const, lines })),
	fc.array(fc.constantFrom("- [ ] Follow up with [[People/Anna]]", "- [ ] Send the deck 📅 2026-12-01"), { minLength: 1, maxLength: 2 }).map((lines) => ({ kind: "follow-ups" as const, lines })),
	fc.nat(16).map((line) => ({ kind: "done" as const, line })),
	fc.record({ line: fc.nat(16), day: fc.constantFrom("2026-12-01", "2027-01-15") }).map((r) => ({ kind: "snooze" as const, ...r })),
	fc.constantFrom("Coffee", "", "Call ☎️").map((what) => ({ kind: "log" as const, what })),
	fc.array(fc.tuple(fc.constantFrom("email", "phone", "org", "linkedin"), fc.constantFrom("anna@example.org", "+39 333 1234567", "Lumen: Milano", "https://www.linkedin.com/in/anna")), { minLength: 1, maxLength: 3 }).map((entries) => ({ kind: "fields" as const, entries })),
);

/** Applies one write and checks it touched only what it meant to; returns the new text. */
function applyChecked(before: string, w: Write): string {
	switch (w.kind) {
		case "section": {
			const edit = upsertSection(before, w.lines);
			if (!edit.ok) {
				// Refused: the note is left alone, and it is refused again the same way.
				expect(upsertSection(before, w.lines)).toEqual(edit);
				return before;
			}
			const found = findSection(before);
			if (found.kind === "found") expect(edit.text.slice(0, found.span.from) + edit.text.slice(edit.text.length - (before.length - found.span.to))).toBe(before.slice(0, found.span.from) + before.slice(found.span.to));
			else expect(edit.text.startsWith(before)).toBe(true);
			// The section it wrote is one clean section, and writing it again changes nothing.
			expect(findSection(edit.text).kind).toBe("found");
			const again = upsertSection(edit.text, w.lines);
			expect(again).toEqual({ ok: true, text: edit.text });
			return edit.text;
		}
		case "follow-ups": {
			const after = applyInsertion(before, followUpInsertion(before, "Follow-ups", w.lines));
			const r = changedRegion(before, after);
			expect(r.beforeTo).toBeLessThanOrEqual(r.from); // Nothing of the note was replaced: only inserted into.
			return after;
		}
		case "done":
		case "snooze": {
			const edit = (line: string): string | null => (w.kind === "done" ? completeTask(line, "2026-11-27") : setTaskDue(line, w.day));
			const after = editLine(before, w.line, edit);
			if (after === null) return before;
			// Only that line changed: every other line, and every line ending, is where it was.
			const a = splitLines(before);
			const b = splitLines(after);
			expect(b.length).toBe(a.length);
			a.forEach((l, i) => {
				if (i !== w.line) expect(b[i]).toBe(l);
			});
			expect(breaks(after)).toEqual(breaks(before));
			// Done twice is done once; snoozed twice to the same day is snoozed once.
			expect(editLine(after, w.line, edit) ?? after).toBe(after);
			return after;
		}
		case "log": {
			const after = appendLogLine(before, "2026-11-27", w.what);
			// Only inserted: at the end, or before a comment or code block the note never closes.
			const r = changedRegion(before, after);
			expect(r.beforeTo).toBeLessThanOrEqual(r.from);
			expect(lineCount(after) - lineCount(before)).toBeLessThanOrEqual(2);
			return after;
		}
		case "fields": {
			const after = addFrontmatterEntries(before, w.entries);
			const r = changedRegion(before, after);
			expect(r.beforeTo).toBeLessThanOrEqual(r.from);
			return after;
		}
	}
}

describe("every Rapport write, in random sequences over random notes", () => {
	it("changes only the bytes it means to, and a section written twice changes nothing the second time", () => {
		fc.assert(
			fc.property(note, fc.array(write, { minLength: 1, maxLength: 6 }), (text, writes) => {
				let current = text;
				for (const w of writes) {
					const next = applyChecked(current, w);
					expectNoLfInLoneCr(current, next);
					current = next;
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it("keeps the BOM, and writes its section with the note's own line endings (LF or CRLF)", () => {
		fc.assert(
			fc.property(note, section, (text, lines) => {
				const edit = upsertSection(text, lines);
				if (!edit.ok) return;
				expect(edit.text.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
				const crlf = (s: string): number => (s.match(/\r\n/g) ?? []).length;
				const lf = (s: string): number => (s.match(/(?<!\r)\n/g) ?? []).length;
				if (crlf(text) === 0) expect(crlf(edit.text)).toBe(0);
				if (lf(text) === 0 && crlf(text) > 0) expect(lf(edit.text)).toBe(0);
				expectNoLfInLoneCr(text, edit.text);
			}),
			{ numRuns: RUNS },
		);
	});

	it("writing the same section twice changes nothing the second time", () => {
		fc.assert(
			fc.property(note, section, (text, lines) => {
				const once = upsertSection(text, lines);
				if (!once.ok) return;
				const twice = upsertSection(once.text, lines);
				expect(twice).toEqual(once);
			}),
			{ numRuns: RUNS },
		);
	});
});
