import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASK, maskLinks, maskSpans } from "../../../src/core/notes/links";

/** Masking as it was first written: one character at a time. */
function maskOneByOne(text: string, spans: readonly (readonly [number, number])[]): string {
	const chars = text.split("");
	for (const [start, end] of spans) for (let i = start; i < end; i++) chars[i] = MASK;
	return chars.join("");
}

describe("masking links and code in a task's text", () => {
	it("fills each span with the mask, keeps every other character and every offset, whatever the order and overlap of the spans", () => {
		const textAndSpans = fc.string({ unit: "grapheme", maxLength: 40 }).chain((text) =>
			fc.tuple(
				fc.constant(text),
				fc.array(
					fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
					{ maxLength: 5 },
				),
			),
		);
		fc.assert(
			fc.property(textAndSpans, ([text, spans]) => {
				const masked = maskSpans(text, spans);
				expect(masked).toBe(maskOneByOne(text, spans));
				expect(masked.length).toBe(text.length);
			}),
		);
	});

	it("hides a date written inside a link, so that it is not read as the task's", () => {
		const text = "Call [[2026-11-01 📅 notes]] 📅 2026-12-01 `⏳ 2026-11-05`";
		const masked = maskLinks(text);
		expect(masked.length).toBe(text.length);
		expect(masked).not.toContain("2026-11-01");
		expect(masked).not.toContain("2026-11-05");
		expect(masked).toContain("📅 2026-12-01");
	});
});
