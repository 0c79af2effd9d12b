// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { watchContextLoss } from "../../src/graph-view/context-loss";
import { installDomHelpers } from "../fakes/obsidian";

/** A stage with sigma's canvases in it: each loses its context with an event that does not bubble, as the browser sends it. */
function stageOf(canvases: number): { stage: HTMLElement; loseAll: () => Event[] } {
	installDomHelpers(window);
	const stage = document.body.createDiv();
	const layers = Array.from({ length: canvases }, () => stage.createEl("canvas"));
	const loseAll = (): Event[] =>
		layers.map((canvas) => {
			const event = new Event("webglcontextlost", { bubbles: false, cancelable: true });
			canvas.dispatchEvent(event);
			return event;
		});
	return { stage, loseAll };
}

describe("watching a graph's WebGL contexts", () => {
	afterEach(() => vi.useRealTimers());

	it("calls back once for canvases that lose their contexts together, and asks the browser to restore them", () => {
		vi.useFakeTimers();
		const { stage, loseAll } = stageOf(3);
		const calls: boolean[] = [];
		watchContextLoss(stage, (givenUp) => calls.push(givenUp));
		const events = loseAll();
		expect(calls).toEqual([]);
		vi.runAllTimers();
		expect(calls).toEqual([false]);
		expect(events.every((e) => e.defaultPrevented)).toBe(true);
	});

	it("gives up at the fourth loss within 30 seconds, and tries again once the losses are older", () => {
		vi.useFakeTimers();
		const { stage, loseAll } = stageOf(2);
		let now = 0;
		const calls: boolean[] = [];
		watchContextLoss(stage, (givenUp) => calls.push(givenUp), () => now);
		for (const at of [0, 5_000, 10_000, 15_000, 60_000]) {
			now = at;
			loseAll();
			vi.runAllTimers();
		}
		expect(calls).toEqual([false, false, false, true, false]);
	});

	it("stops watching, and drops a loss it had not yet reported, when the view closes", () => {
		vi.useFakeTimers();
		const { stage, loseAll } = stageOf(1);
		const calls: boolean[] = [];
		const stop = watchContextLoss(stage, (givenUp) => calls.push(givenUp));
		loseAll();
		stop();
		vi.runAllTimers();
		loseAll();
		vi.runAllTimers();
		expect(calls).toEqual([]);
	});

	// A loss, then the view dragged to a popout before its task ran, then closed: the timer is the first window's.
	it("drops a loss not yet reported when the view closes after moving to another window", () => {
		vi.useFakeTimers();
		const { stage, loseAll } = stageOf(1);
		const calls: boolean[] = [];
		const stop = watchContextLoss(stage, (givenUp) => calls.push(givenUp));
		loseAll();
		const popout = { setTimeout: (): number => 0, clearTimeout: (): void => undefined };
		Object.defineProperty(stage, "ownerDocument", { value: { defaultView: popout } });
		stop();
		vi.runAllTimers();
		expect(calls).toEqual([]);
	});
});
