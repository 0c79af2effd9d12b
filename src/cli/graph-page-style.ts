/**
 * The styles of the page `rapport graph --html` writes. The control panel has the class names and the
 * CSS variables of the plugin's graph controls (Obsidian's names), given values here for a light and a
 * dark page; a user stylesheet can change them.
 */
export const GRAPH_PAGE_STYLE = `
body{--background-primary:#fff;--background-secondary:#f6f6f6;--background-modifier-border:#ddd;--background-modifier-hover:#0000000d;
--text-normal:#222;--text-muted:#5c5c5c;--text-faint:#999;--interactive-accent:#7852ee;--text-on-accent:#fff;
--size-4-1:4px;--size-4-2:8px;--size-4-3:12px;--size-4-4:16px;--radius-s:4px;--radius-m:8px;
--font-ui-small:13px;--font-ui-smaller:12px;--font-semibold:600;--shadow-s:0 1px 4px #0002;
margin:0;font:14px system-ui,sans-serif;background:var(--background-primary);color:var(--text-normal);height:100vh;display:flex;flex-direction:column}
body.theme-dark{--background-primary:#1e1e1e;--background-secondary:#262626;--background-modifier-border:#3f3f3f;--background-modifier-hover:#ffffff14;
--text-normal:#ddd;--text-muted:#aaa;--text-faint:#777;--interactive-accent:#8a6cf0;--shadow-s:0 1px 4px #0008}
@media (prefers-color-scheme: dark){body:not(.theme-light){--background-primary:#1e1e1e;--background-secondary:#262626;--background-modifier-border:#3f3f3f;
--background-modifier-hover:#ffffff14;--text-normal:#ddd;--text-muted:#aaa;--text-faint:#777;--interactive-accent:#8a6cf0;--shadow-s:0 1px 4px #0008}}
.main{position:relative;flex:1;min-height:0}
#graph{position:absolute;inset:0}
.fallback{position:absolute;inset:0;overflow:auto;padding:var(--size-4-3)}
.fallback:empty{display:none}
.footer{display:flex;flex-wrap:wrap;gap:var(--size-4-1) var(--size-4-3);padding:6px 12px;font-size:12px;border-top:1px solid var(--background-modifier-border)}
.legend{opacity:.85}
.info{margin-left:auto;color:var(--text-muted);min-width:0;overflow-wrap:anywhere;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.swatch{font-size:16px;margin-right:2px}
.legend .item{margin-right:.6em}
.tip{position:absolute;left:var(--size-4-2);bottom:var(--size-4-2);max-width:min(420px,calc(100% - 16px));font-size:12px;pointer-events:none;
background:var(--background-secondary);border-radius:var(--radius-s);padding:2px 6px;
overflow-wrap:anywhere;max-height:calc(100% - 16px);overflow:hidden}
.tip:empty{display:none}
input,button{font:inherit;color:inherit}
input[type=search]{box-sizing:border-box;width:100%;margin:var(--size-4-1) 0;padding:4px 8px;background:var(--background-primary);
border:1px solid var(--background-modifier-border);border-radius:var(--radius-s)}
button{background:var(--background-secondary);border:1px solid var(--background-modifier-border);border-radius:var(--radius-s);padding:2px 8px;cursor:pointer}
button:hover{background:var(--background-modifier-hover)}
:focus-visible{outline:2px solid var(--interactive-accent);outline-offset:1px}
.rapport-graph-controls{position:absolute;top:var(--size-4-2);right:var(--size-4-2);z-index:2;box-sizing:border-box;
width:min(280px,calc(100% - var(--size-4-4)));max-height:calc(100% - var(--size-4-4));overflow-y:auto;padding:var(--size-4-2) var(--size-4-3);
background:var(--background-primary);border:1px solid var(--background-modifier-border);border-radius:var(--radius-m);box-shadow:var(--shadow-s);font-size:var(--font-ui-small)}
.rapport-graph-controls.is-close{width:auto;padding:0;border-color:transparent;background:transparent;box-shadow:none}
.rapport-graph-controls.is-close>:not(.mod-open),.rapport-graph-controls:not(.is-close)>.mod-open{display:none}
.graph-controls-button{border:none;background:transparent;font-size:16px;line-height:1;padding:4px 6px;color:var(--text-muted)}
.graph-controls-button.mod-open{background:var(--background-primary);border:1px solid var(--background-modifier-border)}
.graph-controls-button.mod-close{position:absolute;top:var(--size-4-1);right:var(--size-4-1)}
.graph-control-section+.graph-control-section{border-top:1px solid var(--background-modifier-border)}
.tree-item-self{display:flex;align-items:center;gap:var(--size-4-1);padding:var(--size-4-1) 0;cursor:pointer}
.graph-control-section-header{font-weight:var(--font-semibold)}
.collapse-icon{width:1em;text-align:center;color:var(--text-muted);transition:transform 100ms ease-in-out}
.collapse-icon.is-collapsed{transform:rotate(-90deg)}
.graph-control-section.is-collapsed>.tree-item-children{display:none}
.tree-item-children{padding-bottom:var(--size-4-2)}
.setting-item{display:flex;align-items:center;justify-content:space-between;gap:var(--size-4-2);padding:var(--size-4-1) 0}
.rapport-circle-actions{display:flex;gap:var(--size-4-1);margin-bottom:var(--size-4-1)}
.rapport-circle-summary,.rapport-circle-empty{color:var(--text-muted);font-size:var(--font-ui-smaller)}
.rapport-circle-empty:empty{display:none}
.rapport-circle-list{list-style:none;margin:var(--size-4-1) 0 0;padding:0;max-height:min(240px,40vh);overflow-y:auto;overscroll-behavior:contain}
.rapport-circle-list label{display:flex;align-items:center;gap:var(--size-4-1);padding:2px var(--size-4-1);border-radius:var(--radius-s);cursor:pointer}
.rapport-circle-list label:hover{background:var(--background-modifier-hover)}
.rapport-circle-name{flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.rapport-circle-count{color:var(--text-faint);font-variant-numeric:tabular-nums}
.rapport-graph-message{margin-bottom:var(--size-4-2)}
.rapport-graph-ties-title{font-weight:var(--font-semibold)}
@media (max-width:600px){.rapport-graph-controls{max-height:55%}.footer{flex-wrap:nowrap;overflow-x:auto;white-space:nowrap}
.rapport-circle-list label,.tree-item-self{min-height:36px}}
`;
