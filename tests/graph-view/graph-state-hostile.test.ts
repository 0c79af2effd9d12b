import { describe, expect, it } from "vitest";
import { defaultGraphState, mergeGraphState } from "../../src/ui/graph-state";

/**
 * The graph view's state comes back from workspace.json, which a sync conflict or a hand edit can damage:
 * a number the side panel cannot show must not become a filter the user cannot see nor undo.
 */
describe("a saved graph state with numbers the side panel cannot show", () => {
	it.each([-5, 0.5, 1e308, 7])("keeps 'Meetings in: all time' for windowMonths %s, which no choice of the dropdown shows (0.5 made the day '2026-11.5-00')", (windowMonths) => {
		expect(mergeGraphState(defaultGraphState(), { filters: { windowMonths } }).filters.windowMonths).toBe(0);
	});

	it.each([3, 6, 12])("keeps windowMonths %s, a choice of the dropdown", (windowMonths) => {
		expect(mergeGraphState(defaultGraphState(), { filters: { windowMonths } }).filters.windowMonths).toBe(windowMonths);
	});

	it.each([-1, 1e308, 5.25])("keeps no minimum weight for minWeight %s, outside the slider's 0 to 5 (1e308 hid every tie)", (minWeight) => {
		expect(mergeGraphState(defaultGraphState(), { filters: { minWeight } }).filters.minWeight).toBe(0);
	});

	it("keeps a minimum weight the slider shows", () => {
		expect(mergeGraphState(defaultGraphState(), { filters: { minWeight: 2.5 } }).filters.minWeight).toBe(2.5);
	});
});
