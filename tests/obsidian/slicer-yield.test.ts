// @vitest-environment happy-dom
// Where the platform has no `scheduler.yield()` (Safari, so Obsidian on iOS; Node in tests and benchmarks), a slice gives
// the main thread back with a message to itself: one channel for every turn of a piece of work, let go of when it ends.
import { afterEach, describe, expect, it } from "vitest";
import { Slicer, TurnGiver } from "../../src/obsidian/slicer";

const Original = globalThis.MessageChannel;
let made = 0;
let closed = 0;

/** Counts the channels made, and the ports closed. */
class CountedChannel extends Original {
	constructor() {
		super();
		made++;
		for (const port of [this.port1, this.port2]) {
			const close = port.close.bind(port);
			port.close = (): void => {
				closed++;
				close();
			};
		}
	}
}

afterEach(() => {
	globalThis.MessageChannel = Original;
	made = 0;
	closed = 0;
});

describe("giving the main thread back without scheduler.yield", () => {
	it("resumes 200 turns one after another and 50 at once, each once and in the order asked, through one message channel", async () => {
		expect((window as unknown as { scheduler?: unknown }).scheduler).toBeUndefined();
		globalThis.MessageChannel = CountedChannel;
		const turns = new TurnGiver();
		const resumed: number[] = [];
		for (let i = 0; i < 200; i++) {
			await turns.turn();
			resumed.push(i);
		}
		await Promise.all(Array.from({ length: 50 }, (_, i) => turns.turn().then(() => void resumed.push(200 + i))));
		expect(resumed).toEqual(Array.from({ length: 250 }, (_, i) => i));
		expect(made).toBe(1);
		turns.close();
	});

	it("closes both ports of its channel when the work ends, resumes a turn still waiting, and opens a new channel if asked again", async () => {
		globalThis.MessageChannel = CountedChannel;
		const slicer = new Slicer();
		expect(await slicer.pause(() => true)).toBe(true);
		slicer.close();
		expect([made, closed]).toEqual([1, 2]);

		const turns = new TurnGiver();
		const waiting = turns.turn();
		turns.close();
		await waiting;
		await turns.turn();
		expect(made).toBe(3);
		turns.close();
		expect(closed).toBe(6);
	});
});
