import type { Appearance, ColorBy, SizeBy } from "../graph-view/renderer";

/** What the graph's side panel filters on. */
export interface GraphFilters {
	windowMonths: number;
	/** The circles whose people are not drawn (the Circles section), as on the page of `rapport graph --html`. */
	hiddenCircles: string[];
	org: string;
	interest: string;
	tag: string;
	minWeight: number;
	orgHubs: boolean;
	interestHubs: boolean;
	eventHubs: boolean;
	sharedInterests: boolean;
	hideWithoutMeetings: boolean;
}

/** The graph view's state, saved with the workspace (`getState`/`setState`) so a restart restores it. */
export interface GraphState {
	/** The person whose network is shown, or null for everyone. */
	center: string | null;
	depth: 1 | 2;
	filters: GraphFilters;
	appearance: Appearance;
}

export function defaultGraphState(): GraphState {
	return {
		center: null,
		depth: 1,
		filters: { windowMonths: 0, hiddenCircles: [], org: "", interest: "", tag: "", minWeight: 0, orgHubs: false, interestHubs: false, eventHubs: false, sharedInterests: false, hideWithoutMeetings: false },
		appearance: { colorBy: "community", sizeBy: "strength" },
	};
}

/** The choices of the side panel's "Meetings in" dropdown, in months (0: all time). */
export const WINDOW_MONTHS: readonly number[] = [0, 3, 6, 12];
/** The top of the side panel's minimum-weight slider (it starts at 0). */
export const MIN_WEIGHT_MAX = 5;

/** Whether a saved number is one the side panel can show: a damaged workspace file must not set a filter the panel cannot show nor undo. */
function shownByPanel(key: keyof GraphFilters, value: number): boolean {
	if (key === "windowMonths") return WINDOW_MONTHS.includes(value);
	if (key === "minWeight") return value >= 0 && value <= MIN_WEIGHT_MAX;
	return true;
}

const COLOR_BY: ColorBy[] = ["community", "circle", "org"];
const SIZE_BY: SizeBy[] = ["strength", "meetings"];

function record(value: unknown): Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Reads a saved state over `base`: only the keys present and well typed are taken, so a partial state
 * (`{ center }` from a command) keeps the rest and a damaged workspace file cannot break the view.
 */
export function mergeGraphState(base: GraphState, raw: unknown): GraphState {
	const input = record(raw);
	const out: GraphState = { ...base, filters: { ...base.filters, hiddenCircles: [...base.filters.hiddenCircles] }, appearance: { ...base.appearance } };
	if (input.center === null || typeof input.center === "string") out.center = input.center === "" ? null : input.center;
	if (input.depth === 1 || input.depth === 2) out.depth = input.depth;
	const filters = record(input.filters);
	if (Array.isArray(filters.hiddenCircles)) out.filters.hiddenCircles = filters.hiddenCircles.filter((c): c is string => typeof c === "string");
	for (const key of Object.keys(out.filters) as (keyof GraphFilters)[]) {
		const value = filters[key];
		if (key === "hiddenCircles") continue;
		if (typeof value === typeof out.filters[key] && (typeof value !== "number" || (Number.isFinite(value) && shownByPanel(key, value)))) (out.filters as unknown as Record<string, unknown>)[key] = value;
	}
	const appearance = record(input.appearance);
	if (COLOR_BY.includes(appearance.colorBy as ColorBy)) out.appearance.colorBy = appearance.colorBy as ColorBy;
	if (SIZE_BY.includes(appearance.sizeBy as SizeBy)) out.appearance.sizeBy = appearance.sizeBy as SizeBy;
	return out;
}

/**
 * The one circle an older version's dropdown showed (`filters.circle`), in a saved state that has no
 * hidden circles yet; null otherwise. The view then hides every other circle of the graph it draws.
 */
export function legacyCircle(raw: unknown): string | null {
	const filters = record(record(raw).filters);
	return typeof filters.circle === "string" && filters.circle !== "" && !Array.isArray(filters.hiddenCircles) ? filters.circle : null;
}

/** A plain copy for the workspace file. */
export function serializeGraphState(state: GraphState): Record<string, unknown> {
	return { center: state.center, depth: state.depth, filters: { ...state.filters, hiddenCircles: [...state.filters.hiddenCircles] }, appearance: { colorBy: state.appearance.colorBy, sizeBy: state.appearance.sizeBy } };
}
