import { describe, expect, it } from "vitest";
import { memoryOf, remembered } from "../../../src/core/shared/remembered";

describe("a value remembered by its key", () => {
	it("is worked out once per key however often it is asked for", () => {
		const memory = new Map<string, number>();
		let computed = 0;
		const length = (key: string): number => (computed++, key.length);
		const asked = ["person", "meeting", "person", "person", "meeting"].map((key) => remembered(memory, key, 10, length));
		expect([asked, computed]).toEqual([[6, 7, 6, 6, 7], 2]);
	});

	it("never holds more values than its limit (1,000 keys asked, a limit of 100)", () => {
		const memory = new Map<number, number>();
		let most = 0;
		for (let key = 0; key < 1000; key++) {
			remembered(memory, key, 100, (k) => k * 2);
			most = Math.max(most, memory.size);
		}
		expect(most).toBe(100);
	});
});

describe("memoryOf", () => {
	it("gives one memory per owner: what is remembered for one set of words is not for another", () => {
		const memories = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
		const people = new Set(["person"]);
		const meetings = new Set(["meeting"]);
		memoryOf(memories, people).set("Contact", true);
		expect(memoryOf(memories, people).get("Contact")).toBe(true);
		expect(memoryOf(memories, meetings).has("Contact")).toBe(false);
	});
});
