import { type App, normalizePath, type PluginManifest } from "obsidian";
import { isUsablePosition } from "../graph-view/saved-position";
import { movedPath } from "../core/shared/moved-path";

export type GraphLayout = Record<string, [number, number]>;

/**
 * Where the graph's nodes last settled, kept in a file of its own beside the plugin's settings
 * (`graph-layout.json` in the plugin's folder), so moving the graph never rewrites the settings and
 * a large layout never weighs on them. A missing or damaged file only costs the layout.
 */
export class GraphLayoutStore {
	constructor(
		private readonly app: App,
		private readonly manifest: PluginManifest,
	) {}

	private get path(): string {
		const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
		return normalizePath(`${dir}/graph-layout.json`);
	}

	/** The saved layout; `fallback` (the layout older versions kept in the settings) when there is none. */
	async load(fallback: GraphLayout): Promise<GraphLayout> {
		const { adapter } = this.app.vault;
		try {
			if (!(await adapter.exists(this.path))) return fallback;
			return parseGraphLayout(JSON.parse(await adapter.read(this.path)));
		} catch {
			return fallback;
		}
	}

	async save(layout: GraphLayout): Promise<void> {
		await this.app.vault.adapter.write(this.path, JSON.stringify(layout));
	}
}

/** Keeps only `id: [x, y]` pairs of finite numbers within `POSITION_LIMIT` of the centre (a hostile value would blank the picture). */
export function parseGraphLayout(raw: unknown): GraphLayout {
	const out: GraphLayout = {};
	if (typeof raw !== "object" || raw === null) return out;
	for (const [id, pos] of Object.entries(raw)) {
		if (isUsablePosition(pos)) out[id] = [pos[0], pos[1]];
	}
	return out;
}

/**
 * Forgets the positions of nodes whose note is gone (deleted, or renamed while Rapport was off): without it the file
 * kept every note the graph ever drew. `exists`: whether a path is a file of the vault now. An organisation's or an
 * interest's hub (`org:acme`, `interest:chess`) is no note, and keeps its place.
 */
export function forgetGoneNotes(layout: GraphLayout, exists: (path: string) => boolean): void {
	for (const id of Object.keys(layout)) if (!HUB_ID.test(id) && !exists(id)) delete layout[id];
}

/** The id of a hub node (see `addHubs` in src/core/graph/build.ts); a note's path never holds a colon. */
const HUB_ID = /^(?:org|interest):/;

/** A note or a folder moved from `oldPath` to `newPath`: its nodes keep their places under their new paths. */
export function moveInLayout(layout: GraphLayout, oldPath: string, newPath: string): void {
	for (const id of Object.keys(layout)) {
		const to = movedPath(id, oldPath, newPath);
		const pos = layout[id];
		if (to === null || to === id || pos === undefined) continue;
		delete layout[id];
		layout[to] = pos;
	}
}
