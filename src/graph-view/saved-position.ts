/**
 * How far from the centre a saved position may be. ForceAtlas2 squares distances: one node at 1e200
 * (or Infinity, which `JSON.parse` makes of `1e309`) turns every position into NaN and the picture
 * blank; real layouts stay within a few thousand units.
 */
export const POSITION_LIMIT = 1e6;

/** Whether `[x, y]` read from graph-layout.json (or kept in memory) is a place a node can start from. */
export function isUsablePosition(pos: unknown): pos is [number, number] {
	return Array.isArray(pos) && isCoordinate(pos[0]) && isCoordinate(pos[1]);
}

function isCoordinate(value: unknown): value is number {
	return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= POSITION_LIMIT;
}
