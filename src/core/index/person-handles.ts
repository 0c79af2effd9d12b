import { addTo, NOBODY, removeFrom, sortedPaths } from "./path-sets";
import { firstWordKeyOfName, firstWordKeyOfPlainName, firstWordKeyOfTarget, handleKeyOfName, handleKeyOfTarget, isFirstWordKey, isHandleKey } from "./person-keys";

/**
 * The people a handle names: a name of two words or more run together (`@AnnaRossi`, `@anna.rossi`: `handleKeyOfName`),
 * else the first word of a name (`@anna`, `@jean-luc`: `firstWordKeyOfName`). Filed from the folded names the first
 * time a handle is looked up (most vaults write none, and a set per person costs every vault), kept up to date from then on.
 */
export class PersonHandles {
	private byKey: Map<string, Set<string>> | null = null;

	/** `byFolded`: the resolver's folded names → the people named so. */
	constructor(private readonly byFolded: ReadonlyMap<string, ReadonlySet<string>>) {}

	/** A person's key of `personKeys` came: files it when it is a handle's and the handles are filed. */
	add(key: string, path: string): void {
		if (this.byKey !== null && (isHandleKey(key) || isFirstWordKey(key))) addTo(this.byKey, key, path);
	}

	remove(key: string, path: string): void {
		if (this.byKey !== null && (isHandleKey(key) || isFirstWordKey(key))) removeFrom(this.byKey, key, path);
	}

	/**
	 * The people `target` names as a handle: whose name it runs together, else (written with `@`, or a plain name of one
	 * word) whose first name it is; sorted, several when ambiguous.
	 */
	candidates(target: string): readonly string[] {
		const handle = handleKeyOfTarget(target);
		const whole = handle === null ? undefined : this.filed().get(handle);
		if (whole !== undefined && whole.size > 0) return sortedPaths(whole);
		const first = firstWordKeyOfTarget(target) ?? firstWordKeyOfPlainName(target);
		return first === null ? NOBODY : sortedPaths(this.filed().get(first));
	}

	private filed(): Map<string, Set<string>> {
		if (this.byKey === null) {
			const byKey = new Map<string, Set<string>>();
			for (const [key, paths] of this.byFolded) {
				for (const k of [handleKeyOfName(key), firstWordKeyOfName(key)]) if (k !== null) for (const path of paths) addTo(byKey, k, path);
			}
			this.byKey = byKey;
		}
		return this.byKey;
	}
}
