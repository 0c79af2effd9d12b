/** Everything the graph view draws with, in one module so the view can load it only when it opens. */
export { default as FA2LayoutSupervisor } from "graphology-layout-forceatlas2/worker";
export { default as forceAtlas2 } from "graphology-layout-forceatlas2";
export { applyAppearance, legendFor, mountGraph, positionsOf, prepareGraph } from "./renderer";
