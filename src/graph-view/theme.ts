/**
 * The graph's colours from the theme: sigma draws on canvases, which cannot read CSS, so the view
 * resolves Obsidian's CSS variables (`--text-normal`, `--background-primary`, …) to colours once per
 * draw. Dimmed nodes and edges are mixed towards the background, so they are dimmer in every theme.
 */
export interface GraphTheme {
	/** Labels and the hovered label. */
	label: string;
	/** The box behind a hovered label. */
	labelBackground: string;
	/** Nodes outside the hovered or focused neighbourhood. */
	dimmed: string;
	edge: string;
	/** The hover box's shadow. */
	shadow: string;
}

export const LIGHT_THEME: GraphTheme = { label: "#222222", labelBackground: "#ffffff", dimmed: "#e3e5e8", edge: "#cccccc", shadow: "rgba(0, 0, 0, 0.35)" };
export const DARK_THEME: GraphTheme = { label: "#dadada", labelBackground: "#1e1e1e", dimmed: "#3a3a3a", edge: "#4a4a4a", shadow: "rgba(0, 0, 0, 0.8)" };

type Rgb = [number, number, number];

/** `rgb(…)`/`rgba(…)` as the browser computes colours; null for anything else or a transparent colour. */
export function parseRgb(text: string): Rgb | null {
	const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(text.trim());
	if (!m) return null;
	if (m[4] !== undefined && parseFloat(m[4]) === 0) return null;
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function hex([r, g, b]: Rgb): string {
	return `#${[r, g, b].map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("")}`;
}

/** `a` moved `t` of the way towards `b`. */
function mix(a: Rgb, b: Rgb, t: number): Rgb {
	return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
	const lin = (v: number): number => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Any CSS colour (`#rgb`, `hsl(…)`, a name) as red, green and blue, through a 2D canvas; null when unreadable. */
function toRgb(css: string): Rgb | null {
	if (css === "" || typeof OffscreenCanvas === "undefined") return null;
	const context = new OffscreenCanvas(1, 1).getContext("2d");
	if (!context) return null;
	context.fillStyle = "#010203";
	context.fillStyle = css;
	const normal = String(context.fillStyle);
	if (normal === "#010203" && css.toLowerCase() !== "#010203") return null;
	const hexMatch = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
	return hexMatch ? [parseInt(hexMatch[1] ?? "0", 16), parseInt(hexMatch[2] ?? "0", 16), parseInt(hexMatch[3] ?? "0", 16)] : parseRgb(normal);
}

/** The colour a CSS variable resolves to at `el` (custom properties compute with their var() references substituted), or null when unset. */
function resolve(el: HTMLElement, variable: string): Rgb | null {
	// The window the element is in (a popout window has its own styles).
	return toRgb((el.ownerDocument.defaultView ?? window).getComputedStyle(el).getPropertyValue(variable).trim());
}

/** The theme's graph colours as seen from `el`; `fallback` where the theme sets no variables. */
export function themeFrom(el: HTMLElement, fallback: GraphTheme): GraphTheme {
	const text = resolve(el, "--text-normal");
	const background = resolve(el, "--background-primary");
	if (!text || !background) return fallback;
	const dark = luminance(background) < luminance(text);
	// The hovered label keeps the text colour on the page's own background: the theme's pairing, readable by design.
	const box = contrast(text, background) >= 4.5 ? background : dark ? ([0, 0, 0] as Rgb) : ([255, 255, 255] as Rgb);
	return {
		label: hex(text),
		labelBackground: hex(box),
		dimmed: hex(mix(background, text, 0.12)),
		edge: hex(mix(background, text, 0.25)),
		shadow: dark ? "rgba(0, 0, 0, 0.8)" : "rgba(0, 0, 0, 0.35)",
	};
}
