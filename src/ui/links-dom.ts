import { type HoverParent, Keymap, setIcon } from "obsidian";
import type { RapportHost } from "./host";
import { openNote } from "./open-note";
import { previewLinktext } from "./preview-linktext";

/** The hover-link source Rapport registers, so page previews follow the user's modifier setting. */
export const HOVER_SOURCE = "rapport";

/** A link to a note that opens it (Ctrl/Cmd: in a new tab) and previews it on hover. */
export function noteLink(parent: HTMLElement, path: string, text: string, host: RapportHost, hoverParent: HoverParent, sourcePath: string): HTMLElement {
	const a = parent.createEl("a", { cls: "internal-link rapport-link", text, href: path, attr: { "data-href": path } });
	a.addEventListener("click", (evt) => {
		evt.preventDefault();
		void openNote(host.app, path, Keymap.isModEvent(evt), host.t);
	});
	a.addEventListener("mouseover", (event) => {
		const linktext = previewLinktext(host.app, path, sourcePath);
		if (linktext !== null) host.app.workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent, targetEl: a, linktext, sourcePath });
	});
	return a;
}

export function actionButton(parent: HTMLElement, label: string, onClick: (evt: MouseEvent) => void): HTMLButtonElement {
	const b = parent.createEl("button", { cls: "rapport-action", text: label, attr: { "aria-label": label, type: "button" } });
	b.addEventListener("click", (evt) => {
		evt.preventDefault();
		onClick(evt);
	});
	return b;
}

/**
 * An icon button in Obsidian's own style (`clickable-icon`), named by its `aria-label` (Obsidian shows
 * it as a tooltip; screen readers read it). `key` names it across redraws so focus can come back to it.
 */
export function iconButton(parent: HTMLElement, icon: string, label: string, onClick: (evt: MouseEvent) => void, key?: string): HTMLButtonElement {
	const b = parent.createEl("button", { cls: "clickable-icon rapport-icon-button", attr: { "aria-label": label, type: "button" } });
	if (key !== undefined) b.setAttribute("data-rapport-key", key);
	setIcon(b, icon);
	b.addEventListener("click", (evt) => {
		evt.preventDefault();
		onClick(evt);
	});
	return b;
}
