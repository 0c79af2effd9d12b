/**
 * Plain DOM for what both the plugin and the standalone page of `rapport graph --html` draw: the page
 * has no Obsidian (no createDiv, no setIcon), so these build with the document of the parent they are
 * given (a popout window's own, in the plugin).
 */

/** A child element of `parent`, made by the parent's document, with these properties set. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
	const node = parent.ownerDocument.createElement(tag);
	Object.assign(node, props);
	parent.appendChild(node);
	return node;
}

/** Draws an icon into an element: Obsidian's `setIcon` in the plugin, a character on the page. */
export type IconSetter = (parent: HTMLElement, icon: "settings" | "x" | "right-triangle") => void;

/**
 * A collapsible section of a graph control panel, built like Obsidian's own graph controls: a header
 * that is a button (Enter or Space folds it, `aria-expanded` says whether it is open) over its rows.
 * Returns the element the rows go in.
 */
export function collapsibleSection(panel: HTMLElement, key: string, title: string, collapsed: boolean, setIcon: IconSetter): HTMLElement {
	const section = el("div", panel, { className: `tree-item graph-control-section mod-${key}` });
	const self = el("div", section, { className: "tree-item-self mod-collapsible is-clickable", tabIndex: 0 });
	self.setAttribute("role", "button");
	const icon = el("div", self, { className: "tree-item-icon collapse-icon" });
	setIcon(icon, "right-triangle");
	el("header", el("div", self, { className: "tree-item-inner" }), { className: "graph-control-section-header", textContent: title });
	const children = el("div", section, { className: "tree-item-children" });
	const setCollapsed = (value: boolean): void => {
		section.classList.toggle("is-collapsed", value);
		icon.classList.toggle("is-collapsed", value);
		self.setAttribute("aria-expanded", String(!value));
	};
	setCollapsed(collapsed);
	self.addEventListener("click", () => setCollapsed(!section.classList.contains("is-collapsed")));
	self.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter" && evt.key !== " ") return;
		evt.preventDefault();
		setCollapsed(!section.classList.contains("is-collapsed"));
	});
	return children;
}

/**
 * The panel in the top right corner of the graph, closed to a settings button or open with a close
 * button, as Obsidian's graph controls. Returns the panel, to add sections to.
 */
export function controlPanel(parent: HTMLElement, labels: { open: string; close: string }, open: boolean, setIcon: IconSetter): HTMLElement {
	const panel = el("div", parent, { className: "graph-controls rapport-graph-controls" });
	panel.classList.toggle("is-close", !open);
	const button = (kind: "open" | "close", label: string, icon: "settings" | "x"): void => {
		const b = el("button", panel, { className: `clickable-icon graph-controls-button mod-${kind}`, type: "button" });
		b.setAttribute("aria-label", label);
		setIcon(b, icon);
		b.addEventListener("click", () => {
			panel.classList.toggle("is-close", kind === "close");
			// The keyboard stays in the panel: on the button that undoes what was just done.
			panel.querySelector<HTMLButtonElement>(kind === "open" ? ".mod-close" : ".mod-open")?.focus();
		});
	};
	button("open", labels.open, "settings");
	button("close", labels.close, "x");
	return panel;
}
