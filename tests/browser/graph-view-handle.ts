import type { Page } from "playwright-core";

/** What the browser tests read of the graph view the harness opened (window.rapportGraphView). */
export interface ViewHandle {
	redraws: number;
	stage: HTMLElement;
	containerEl: HTMLElement;
	layout: unknown;
	getDisplayText(): string;
	getState(): Record<string, unknown>;
	mounted?: {
		graph: { order: number; neighbors(n: string): string[]; findNode(f: (n: string) => boolean): string | undefined; areNeighbors(a: string, b: string): boolean; getNodeAttribute(n: string, k: string): number };
		sigma: {
			getNodeDisplayData(n: string): { x: number; y: number; size: number; color: string } | undefined;
			framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
			getDimensions(): { width: number; height: number };
			on(event: string, fn: () => void): void;
		};
		state: { hovered: string | null };
	};
}

declare global {
	interface Window {
		rapportGraphView(): ViewHandle | undefined;
		rendersWhileWatched: number;
	}
}

/** Waits until the graph is drawn and its layout has stopped moving nodes (a restored view draws once the index is ready). */
export async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => window.rapportGraphView()?.layout === null && (window.rapportGraphView()?.mounted ?? null) !== null, undefined, { timeout: 20000 });
}

/** Live WebGL contexts, and whether each belongs to a canvas of the view's one sigma (needs `recordWebGL`). */
export async function contexts(page: Page): Promise<{ live: number; inStage: number; nodeLayers: number }> {
	return page.evaluate(() => {
		const view = window.rapportGraphView();
		const live = window.glContexts.filter((gl) => !gl.isContextLost());
		return {
			live: live.length,
			inStage: live.filter((gl) => gl.canvas instanceof HTMLCanvasElement && view?.stage.contains(gl.canvas)).length,
			nodeLayers: document.querySelectorAll("canvas.sigma-nodes").length,
		};
	});
}
