import { describe, expect, it, vi } from "vitest";
import { DistinctList } from "../../../src/core/shared/distinct-list";

describe("a list of distinct items", () => {
	it("keeps each item once, in the order it first came, below, at and past the length where it starts keeping a set", () => {
		for (const n of [3, 15, 16, 17, 40]) {
			const list = new DistinctList<string>();
			const added: boolean[] = [];
			// Each name twice: once in order, then again after every name came (the second time is refused).
			for (let i = 0; i < n; i++) added.push(list.add(`Person ${i}`));
			for (let i = 0; i < n; i++) added.push(list.add(`Person ${i}`));
			expect(list.items).toEqual(Array.from({ length: n }, (_, i) => `Person ${i}`));
			expect(added).toEqual([...Array<boolean>(n).fill(true), ...Array<boolean>(n).fill(false)]);
		}
	});

	it("is empty after clear and takes back the items it held before, whether it had passed the set's length or not", () => {
		const list = new DistinctList<string>();
		for (let i = 0; i < 30; i++) list.add(`a${i}`);
		list.clear();
		expect(list.length).toBe(0);
		expect([list.add("a0"), list.add("a29"), list.add("a0")]).toEqual([true, true, false]);
		list.clear();
		expect([list.add("a29"), list.add("a29"), list.length]).toEqual([true, false, 1]);
	});

	it("tells equal strings made apart for the same item, as a set does", () => {
		const list = new DistinctList<string>();
		const name = ["Anna", "Rossi"].join(" ");
		expect([list.add("Anna Rossi"), list.add(name), list.items]).toEqual([true, false, ["Anna Rossi"]]);
	});

	it("adds 50,000 items twice with one set look-up per add past the first few (no walk through the items before)", () => {
		const list = new DistinctList<number>();
		const lookUps = vi.spyOn(Set.prototype, "has");
		try {
			for (let i = 0; i < 50_000; i++) list.add(i);
			for (let i = 0; i < 50_000; i++) list.add(i);
			expect(list.length).toBe(50_000);
			expect(lookUps.mock.calls.length).toBeLessThanOrEqual(100_000);
			expect(lookUps.mock.calls.length).toBeGreaterThanOrEqual(100_000 - 100);
		} finally {
			lookUps.mockRestore();
		}
	});

	it("gives a copy that keeps its items while the list is cleared and used again, and items exactly as long as the list", () => {
		const list = new DistinctList<string>();
		for (const name of ["Anna", "Ben", "Cho"]) list.add(name);
		const kept = list.copy();
		list.clear();
		list.add("Dana");
		expect([kept, list.items, list.length, list.first]).toEqual([["Anna", "Ben", "Cho"], ["Dana"], 1, "Dana"]);
		list.clear();
		expect([list.copy(), list.items, list.first]).toEqual([[], [], undefined]);
	});

	it("tells NaN already there, as a set does", () => {
		const list = new DistinctList<number>();
		expect([list.add(Number.NaN), list.add(Number.NaN), list.add(0), list.add(-0), list.length]).toEqual([true, false, true, false, 2]);
	});
});
