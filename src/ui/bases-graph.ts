import * as obsidian from "obsidian";
import { debounce, type Plugin, type TFile } from "obsidian";
import { today } from "../core/dates/dates";
import { buildRelationshipGraph } from "../core/graph/build";
import { watchContextLoss } from "../graph-view/context-loss";
import type { MountedGraph } from "../graph-view/renderer";
import type { Drawing } from "./graph-canvas";
import type { RapportHost } from "./host";
import { renderTiesList } from "./graph-ties";
import { hasWebGL, reasonOf } from "./graph-ties";
import { openNote } from "./open-note";

/** The parts of Obsidian's Bases API (1.10+) that Rapport uses, typed here because older typings lack them. */
interface BasesViewBase {
	data?: { data: { file: TFile }[] };
	onunload(): void;
	register(cb: () => void): void;
}
type BasesViewClass = new (controller: unknown) => BasesViewBase;
interface BasesHost {
	registerBasesView?(id: string, registration: { name: string; icon: string; factory: (controller: unknown, containerEl: HTMLElement) => BasesViewBase }): boolean;
}

export const BASES_VIEW = "rapport-graph";

/**
 * Registers the **Relationship graph** view type for Bases, where the running Obsidian has Bases
 * (1.10+): a base of people drawn as their graph. Feature-detected, so older versions load the
 * plugin without it. Returns whether it was registered.
 */
export function registerGraphBasesView(plugin: Plugin, host: RapportHost): boolean {
	const api = plugin as unknown as BasesHost;
	const Base = (obsidian as unknown as { BasesView?: BasesViewClass }).BasesView;
	if (typeof api.registerBasesView !== "function" || !Base) return false;

	class RelationshipGraphBasesView extends Base {
		readonly type = BASES_VIEW;
		private mounted: MountedGraph | null = null;
		/** The renderer's module, once loaded for a sigma. */
		private drawing: Drawing | null = null;
		private closed = false;
		/** Drawn at least once (Bases gave its results): new settings draw it again, not before. */
		private drawn = false;
		/** The browser took the renderer's WebGL contexts back again and again: the ties are listed instead. */
		private contextsTaken = false;
		/** The graph last drawn (its people, ties and their attributes), so a change elsewhere in the vault redraws only when it differs. */
		private drawnShape: string | null = null;
		/** The vault changed while the base was hidden: drawn again once it is shown. */
		private missed = false;

		constructor(
			controller: unknown,
			private readonly containerEl: HTMLElement,
		) {
			super(controller);
			this.containerEl.addClass("rapport-graph-stage");
			// Moved to another window (a popout, or back): sigma keeps the frames and pointer of the window
			// it was made in, so it is made again there, as the graph view does.
			this.register(this.containerEl.onWindowMigrated(() => {
				if (this.mounted) void this.draw();
			}));
			// Another theme (light/dark, a community theme, a CSS snippet): the picture takes its colours, as the graph view's does.
			const { workspace } = plugin.app;
			const themed = workspace.on("css-change", () => this.retheme());
			this.register(() => workspace.offref(themed));
			// New settings (the language, circle colours, the half-life): drawn again with them.
			const saved = host.settingsEvents.on("saved", () => {
				if (!this.closed && this.drawn) void this.draw();
			});
			this.register(() => host.settingsEvents.offref(saved));
			// A meeting outside the base's results (a base of people) makes or changes ties between its people,
			// and Bases does not call onDataUpdated for it: the index's changes are followed here.
			// Each is a whole new graph of the base (seconds for thousands of people): none while nobody sees the base
			// (a tab not picked, a collapsed sidebar), and one when it is shown again.
			const indexChanged = debounce(() => {
				if (this.closed || !this.drawn) return;
				if (this.containerEl.isConnected && !this.containerEl.isShown()) this.missed = true;
				else void this.draw(true);
			}, 400, true);
			host.live.events.on("changed", indexChanged);
			this.register(this.containerEl.onNodeInserted(() => {
				if (!this.missed || this.closed) return;
				this.missed = false;
				void this.draw(true);
			}));
			this.register(() => {
				host.live.events.off("changed", indexChanged);
				indexChanged.cancel();
			});
			// Its WebGL contexts lost (a driver reset, too many contexts): sigma's canvases stay blank, so it is made again.
			this.register(watchContextLoss(this.containerEl, (givenUp) => {
				if (!this.mounted) return;
				this.contextsTaken ||= givenUp;
				void this.draw();
			}));
		}

		/** Called by Bases whenever the base's results change. */
		onDataUpdated(): void {
			void this.draw();
		}

		/** Draws the base's graph; with `onlyIfChanged`, only when it differs from the one drawn (the camera stays). */
		private async draw(onlyIfChanged = false): Promise<void> {
			// sigma is loaded only where it can draw: its module needs WebGL's globals.
			const drawing = !this.contextsTaken && hasWebGL(this.containerEl) ? await import("../graph-view/drawing") : null;
			// Closed while the renderer loaded: a sigma mounted now would hold its WebGL context for good.
			if (this.closed) return;
			this.drawn = true;
			const only = new Set((this.data?.data ?? []).map((e) => e.file.path));
			const { settings } = host;
			const graph = buildRelationshipGraph(host.live.index, { asOf: today(), halfLifeDays: settings.graphMeetingHalfLifeDays, me: settings.me, settings, health: settings.health, only });
			const shape = JSON.stringify(graph.export());
			if (onlyIfChanged && shape === this.drawnShape) return;
			this.drawnShape = shape;
			const open = (id: string, newTab: boolean): void => void openNote(host.app, id, newTab ? "tab" : false, host.t);
			this.mounted?.kill();
			this.mounted = null;
			this.containerEl.empty();
			// No WebGL (some phones, a disabled GPU), or sigma failing: say so and list the ties, as the graph view does.
			if (!drawing) {
				renderTiesList(this.containerEl, graph, host.t(this.contextsTaken ? "graph.contextLost" : "graph.noWebgl"), host.t, null, open);
				return;
			}
			this.drawing = drawing;
			try {
				this.mounted = drawing.mountGraph(this.containerEl, drawing.prepareGraph(graph.export(), 150), open, undefined, drawing.themeFrom(this.containerEl, drawing.LIGHT_THEME));
			} catch (error) {
				this.containerEl.empty();
				renderTiesList(this.containerEl, graph, host.t("graph.drawFailed", { reason: reasonOf(error) }), host.t, null, open);
			}
		}

		/** The sigma there is takes the theme's colours now. */
		private retheme(): void {
			const { mounted, drawing } = this;
			if (!mounted || !drawing || this.closed) return;
			mounted.setTheme(drawing.themeFrom(this.containerEl, drawing.LIGHT_THEME));
			mounted.sigma.refresh({ skipIndexation: true });
		}

		override onunload(): void {
			this.closed = true;
			this.mounted?.kill();
			this.mounted = null;
		}
	}

	return api.registerBasesView(BASES_VIEW, {
		name: host.t("graph.title"),
		icon: "git-fork",
		factory: (controller, containerEl) => new RelationshipGraphBasesView(controller, containerEl),
	});
}
