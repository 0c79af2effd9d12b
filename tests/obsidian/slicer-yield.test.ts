// @vitest-environment happy-dom
// Where the platform has no `scheduler.yield()` (Safari, so Obsidian on iOS; Node in tests and benchmarks), a slice gives
// the main thread back with a message to itself: one channel for every turn, not a channel made and closed per turn.
import { afterEach, describe, expect, it } from "vitest";
import { yieldToUi } from "../../src/obsidian/slicer";

const Original = globalThis.MessageChannel;
let made = 0;

/** Counts the channels made. */
class CountedChannel extends Original {
	constructor() {
		super();
		made++;
	}
}

afterEach(() => {
	globalThis.MessageChannel = Original;
});

describe("giving the main thread back without scheduler.yield", () => {
	it("resumes 200 turns one after another and 50 at once, each once and in the order asked, through one message channel", async () => {
		expect((window as unknown as { scheduler?: unknown }).scheduler).toBeUndefined();
		globalThis.MessageChannel = CountedChannel;
		const resumed: number[] = [];
		for (let i = 0; i < 200; i++) {
			await yieldToUi();
			resumed.push(i);
		}
		await Promise.all(Array.from({ length: 50 }, (_, i) => yieldToUi().then(() => void resumed.push(200 + i))));
		expect(resumed).toEqual(Array.from({ length: 250 }, (_, i) => i));
		expect(made).toBe(1);
	});
});
