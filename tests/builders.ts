import { readFrontmatter } from "../src/cli/safe-frontmatter";
import { createParseContext, type ParseContext, parseNote, type ParsedNote } from "../src/core/notes/note";
import { defaultSettings, type RapportSettings } from "../src/core/config/settings";
import { defaultVaultConfig, type VaultConfig } from "../src/core/config/vault-config";
import { VaultIndex } from "../src/core/index/vault-index";

/** Small builders for notes in tests: frontmatter as an object, body as lines. */
export function md(frontmatter: Record<string, unknown> | null, ...body: string[]): string {
	const fm = frontmatter === null ? "" : `---\n${Object.entries(frontmatter).map(([k, v]) => `${k}: ${yaml(v)}`).join("\n")}\n---\n`;
	return fm + body.join("\n") + (body.length > 0 ? "\n" : "");
}

function yaml(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
	return typeof v === "string" ? JSON.stringify(v) : String(v);
}

export const person = (fm: Record<string, unknown> = {}, ...body: string[]): string => md({ type: "person", ...fm }, ...body);
export const meeting = (date: string, attendees: string[], ...body: string[]): string => md({ type: "meeting", date, attendees }, ...body);

export interface TestVault {
	index: VaultIndex;
	ctx: ParseContext;
	files: Map<string, string>;
	parse(path: string, text: string): ParsedNote;
	/** Writes (or rewrites) a note and updates the index incrementally. */
	write(path: string, text: string): void;
	remove(path: string): void;
	rename(from: string, to: string): void;
}

export function buildVault(files: Record<string, string>, options: { settings?: Partial<RapportSettings>; config?: Partial<VaultConfig> } = {}): TestVault {
	const settings = { ...defaultSettings(), ...options.settings };
	const config = { ...defaultVaultConfig(), ...options.config };
	const ctx = createParseContext(settings, config);
	const index = new VaultIndex(() => settings.me);
	const store = new Map(Object.entries(files));
	const parse = (path: string, text: string): ParsedNote => {
		const fm = readFrontmatter(path, text);
		return parseNote(path, text, fm.data, ctx, fm.problems);
	};
	index.addAll([...store].map(([p, t]) => parse(p, t)));
	return {
		index,
		ctx,
		files: store,
		parse,
		write(path, text) {
			store.set(path, text);
			index.set(parse(path, text));
		},
		remove(path) {
			store.delete(path);
			index.remove(path);
		},
		rename(from, to) {
			const text = store.get(from) ?? "";
			store.delete(from);
			store.set(to, text);
			index.rename(from, parse(to, text));
		},
	};
}

/** A small seeded generator (mulberry32), so that a failure names the sequence it was found on. */
export function seededRandom(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The day of the last interaction of each person note of `paths` (`People/Anna Rossi.md`), by her name (`Anna Rossi`). */
export function lastDaysByName(v: TestVault, paths: readonly string[]): Record<string, string | null> {
	return Object.fromEntries(paths.map((p) => [p.replace(/^People\/|\.md$/gu, ""), v.index.lastInteraction(p)?.day ?? null]));
}
