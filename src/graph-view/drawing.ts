/** Everything the graph view draws with, in one module so the view can load it only when it opens. */
export { startLayout, type RunningLayout } from "./layout";
export { applyAppearance, legendFor, mountGraph, positionsOf, prepareGraph } from "./renderer";
export { DARK_THEME, LIGHT_THEME, themeFrom } from "./theme";
