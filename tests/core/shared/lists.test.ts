import { describe, expect, it } from "vitest";
import { appendAll, maxOf } from "../../../src/core/shared/lists";

describe("appending a long list", () => {
	it("appends 1,000,000 items in order, where spreading them into push overflows the stack", () => {
		const many = Array.from({ length: 1_000_000 }, (_, i) => i);
		expect(() => [0].push(...many)).toThrow(RangeError);
		const out = appendAll([-1], many);
		expect([out.length, out[0], out[1], out[1_000_000]]).toEqual([1_000_001, -1, 0, 999_999]);
	});
});

describe("the largest of a long list", () => {
	it("finds the largest of 1,000,000 numbers, where spreading them into Math.max overflows the stack", () => {
		const many = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
		expect(() => Math.max(...many)).toThrow(RangeError);
		expect(maxOf(many)).toBe(many.reduce((a, b) => (a > b ? a : b)));
	});

	it("gives the floor when the list is empty or holds nothing larger", () => {
		expect([maxOf([], 1), maxOf([0, 0.5], 1), maxOf([3, 9, 2], 1), maxOf([])]).toEqual([1, 1, 9, -Infinity]);
	});
});
