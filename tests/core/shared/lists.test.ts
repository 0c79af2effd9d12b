import { describe, expect, it } from "vitest";
import { appendAll } from "../../../src/core/shared/lists";

describe("appending a long list", () => {
	it("appends 1,000,000 items in order, where spreading them into push overflows the stack", () => {
		const many = Array.from({ length: 1_000_000 }, (_, i) => i);
		expect(() => [0].push(...many)).toThrow(RangeError);
		const out = appendAll([-1], many);
		expect([out.length, out[0], out[1], out[1_000_000]]).toEqual([1_000_001, -1, 0, 999_999]);
	});
});
