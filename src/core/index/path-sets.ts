/* Notes' paths filed under keys: the resolver's maps and the handles'. */

export const NOBODY: readonly string[] = Object.freeze([]);

export function sortedPaths(paths: ReadonlySet<string> | undefined): readonly string[] {
	if (!paths || paths.size === 0) return NOBODY;
	if (paths.size === 1) return [...paths];
	return [...paths].sort();
}

/** Files `path` under `key`; returns the key when the path was not filed there yet, else "". */
export function addTo(map: Map<string, Set<string>>, key: string, path: string): string {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	if (set.has(path)) return "";
	set.add(path);
	return key;
}

/** Takes `path` out of `key`; returns the key when it was filed there, else "". */
export function removeFrom(map: Map<string, Set<string>>, key: string, path: string): string {
	const set = map.get(key);
	if (!set?.delete(path)) return "";
	if (set.size === 0) map.delete(key);
	return key;
}
