declare global {
	interface Window {
		/** WebGL contexts created in the page, recorded by `recordWebGL`. */
		glContexts: WebGLRenderingContext[];
	}
}

/**
 * Records every WebGL context the page creates, to count the live ones (an init script: playwright
 * runs its source in the page, so it uses nothing from outside).
 */
export function recordWebGL(): void {
	window.glContexts = [];
	// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
	const getContext = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
		const context = (getContext as (...a: unknown[]) => unknown).call(this, kind, ...rest);
		if (context && /webgl/.test(kind) && !window.glContexts.includes(context as WebGLRenderingContext)) window.glContexts.push(context as WebGLRenderingContext);
		return context;
	} as typeof getContext;
}
