import { type HoverParent, Keymap } from "obsidian";
import type { RapportHost } from "./host";

/** The hover-link source Rapport registers, so page previews follow the user's modifier setting. */
export const HOVER_SOURCE = "rapport";

/** A link to a note that opens it (Ctrl/Cmd: in a new tab) and previews it on hover. */
export function noteLink(parent: HTMLElement, path: string, text: string, host: RapportHost, hoverParent: HoverParent, sourcePath: string): HTMLElement {
	const a = parent.createEl("a", { cls: "internal-link rapport-link", text, href: path, attr: { "data-href": path } });
	a.addEventListener("click", (evt) => {
		evt.preventDefault();
		void host.app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(evt));
	});
	a.addEventListener("mouseover", (event) => {
		host.app.workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent, targetEl: a, linktext: path, sourcePath });
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
