// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { notifyWindowMigrated } from "../fakes/obsidian";
import { registerGraphBasesView } from "../../src/ui/bases-graph";
import { startObsidian } from "./harness";

/** Each sigma the Bases view mounts (happy-dom has no WebGL: the renderer is stood in for), and whether it was killed. */
const mounts = vi.hoisted(() => [] as { container: HTMLElement; killed: boolean; themes: unknown[] }[]);
/** The theme the stand-in reads from the page: a test switches it as Obsidian switches light and dark. */
const page = vi.hoisted(() => ({ theme: "light" }));

vi.mock("../../src/ui/graph-ties", async (actual) => ({ ...(await actual<typeof import("../../src/ui/graph-ties")>()), hasWebGL: () => true }));
vi.mock("../../src/graph-view/drawing", () => ({
	LIGHT_THEME: {},
	themeFrom: () => ({ label: page.theme }),
	prepareGraph: (data: unknown) => data,
	mountGraph: (container: HTMLElement) => {
		const mount = { container, killed: false, themes: [] as unknown[] };
		mounts.push(mount);
		return { kill: () => (mount.killed = true), setTheme: (theme: unknown) => mount.themes.push(theme), sigma: { refresh: () => undefined } };
	},
}));

beforeEach(() => {
	mounts.length = 0;
	page.theme = "light";
});

describe("the Relationship graph view for Bases moved to another window", () => {
	it("mounts its graph again there (a sigma keeps the frames and pointer of the window it was made in) and kills the one it had", async () => {
		const { plugin } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" });
		let factory: ((controller: unknown, el: HTMLElement) => { onDataUpdated(): void }) | null = null;
		const withBases = Object.assign(Object.create(plugin) as object, {
			registerBasesView: (_id: string, r: { factory: typeof factory }) => (factory = r.factory) !== null,
		});
		expect(registerGraphBasesView(withBases as never, plugin)).toBe(true);
		const el = document.body.createDiv();
		const view = factory!(null, el);
		view.onDataUpdated();
		await vi.waitFor(() => expect(mounts).toHaveLength(1));
		// "Move to new window": Obsidian moves the leaf's elements and tells them (onWindowMigrated).
		notifyWindowMigrated(el);
		await vi.waitFor(() => expect(mounts).toHaveLength(2));
		expect(mounts.map((m) => [m.container === el, m.killed])).toEqual([
			[true, true],
			[true, false],
		]);
	});
});

describe("the Relationship graph view for Bases when Obsidian's theme changes", () => {
	it("draws in the new theme's colours, and stops following the theme once closed", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" });
		let factory: ((controller: unknown, el: HTMLElement) => { onDataUpdated(): void; load(): void; unload(): void }) | null = null;
		const withBases = Object.assign(Object.create(plugin) as object, {
			registerBasesView: (_id: string, r: { factory: typeof factory }) => (factory = r.factory) !== null,
		});
		registerGraphBasesView(withBases as never, plugin);
		const view = factory!(null, document.body.createDiv());
		view.load();
		view.onDataUpdated();
		await vi.waitFor(() => expect(mounts).toHaveLength(1));
		page.theme = "dark";
		app.workspace.trigger("css-change");
		expect(mounts[0]?.themes).toEqual([{ label: "dark" }]);
		view.unload();
		app.workspace.trigger("css-change");
		expect(mounts[0]?.themes).toHaveLength(1);
	});
});
