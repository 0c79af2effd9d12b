// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { yieldToUi } from "../../src/obsidian/slicer";

describe("giving the main thread back between slices", () => {
	it("lets every waiting turn go on, in the order they gave way, many times over", async () => {
		const order: number[] = [];
		for (let round = 0; round < 50; round++) {
			await Promise.all([0, 1, 2].map(async (i) => {
				await yieldToUi();
				order.push(round * 3 + i);
			}));
		}
		expect(order).toEqual(Array.from({ length: 150 }, (_, i) => i));
	});

	it("goes on only after work already queued for the main thread ran", async () => {
		const seen: string[] = [];
		const channel = new MessageChannel();
		channel.port1.onmessage = (): void => {
			seen.push("queued before");
			channel.port1.close();
		};
		channel.port2.postMessage(null);
		await new Promise((r) => setTimeout(r, 5));
		queueMicrotask(() => seen.push("microtask"));
		await yieldToUi();
		seen.push("after the turn");
		expect(seen).toEqual(["queued before", "microtask", "after the turn"]);
	});

});
