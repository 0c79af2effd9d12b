/** Finds on which line of the frontmatter a key or one of its values is written, for problems and sources. */
export interface FrontmatterLines {
	/** The line of `key:`, or 0 when it cannot be found. */
	keyLine(key: string): number;
	/** The line where `value` is written under `key` (a list item), or the key's line. */
	valueLine(key: string, value: string): number;
}

const KEY = /^(["']?)([^\s:"'#][^:"']*?)\1\s*:/;

export function readFrontmatterLines(lines: readonly string[], bodyStart: number): FrontmatterLines {
	let keys: Map<string, number> | null = null;
	const index = (): Map<string, number> => {
		if (keys) return keys;
		keys = new Map();
		for (let i = 1; i < bodyStart - 1; i++) {
			const m = KEY.exec(lines[i] ?? "");
			if (!m?.[2]) continue;
			if (!keys.has(m[2])) keys.set(m[2], i);
			if (!keys.has(`\u0000${m[2].toLowerCase()}`)) keys.set(`\u0000${m[2].toLowerCase()}`, i);
		}
		return keys;
	};
	/** The key as written first, else any spelling of it. */
	const keyLine = (key: string): number => index().get(key) ?? index().get(`\u0000${key.toLowerCase()}`) ?? 0;
	return {
		keyLine,
		valueLine(key, value) {
			const start = keyLine(key);
			if (start === 0) return 0;
			for (let i = start; i < bodyStart - 1; i++) {
				const line = lines[i] ?? "";
				if (i > start && KEY.test(line)) break;
				if (line.includes(value)) return i;
			}
			return start;
		},
	};
}
