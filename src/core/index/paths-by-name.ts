import { basename } from "../shared/text";
import { linkKey } from "./person-keys";

/**
 * The paths of notes by the key of their file name (`linkKey` of the name without `.md`), kept under a
 * hash of the key rather than the key itself: the ninety thousand meetings of a large vault would each
 * keep a lower-cased copy of their name (with the map's entry, about 70 bytes a note), where their paths
 * are kept by the notes already. Each answer is checked against the paths' own names, so two names of
 * the same hash never mix.
 */
export class PathsByName {
	private readonly byHash = new Map<number, string | string[]>();

	add(key: string, path: string): void {
		const hash = hashOf(key);
		const known = this.byHash.get(hash);
		if (known === undefined) this.byHash.set(hash, path);
		else if (typeof known === "string") {
			if (known !== path) this.byHash.set(hash, [known, path]);
		} else if (!known.includes(path)) known.push(path);
	}

	/** Takes `path` out; false when it was not in under `key`. */
	remove(key: string, path: string): boolean {
		if (nameKey(path) !== key) return false;
		const hash = hashOf(key);
		const known = this.byHash.get(hash);
		if (known === undefined) return false;
		if (typeof known === "string") {
			if (known !== path) return false;
			this.byHash.delete(hash);
			return true;
		}
		const i = known.indexOf(path);
		if (i < 0) return false;
		known.splice(i, 1);
		if (known.length === 1) this.byHash.set(hash, known[0] as string);
		return true;
	}

	/** The paths whose name has the key `key`: one path, several, or undefined for none. */
	get(key: string): string | readonly string[] | undefined {
		const known = this.byHash.get(hashOf(key));
		if (known === undefined) return undefined;
		if (typeof known === "string") return nameKey(known) === key ? known : undefined;
		const named = known.filter((path) => nameKey(path) === key);
		return named.length === 0 ? undefined : named.length === 1 ? named[0] : named;
	}

	has(key: string): boolean {
		return this.get(key) !== undefined;
	}
}

function nameKey(path: string): string {
	return linkKey(basename(path));
}

/** FNV-1a over the key's UTF-16 code units, kept to 30 bits: a small integer, the engine's fastest key. */
function hashOf(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return hash & 0x3fffffff;
}
