import { AbstractInputSuggest, type App, prepareFuzzySearch, TFile, TFolder } from "obsidian";

/**
 * Folder or note suggestions for a path setting, as Obsidian's own settings offer them. `list`: the
 * field holds a comma-separated list, and a pick completes the entry being typed (after the last comma).
 */
export class PathSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		private readonly input: HTMLInputElement,
		private readonly kind: "folder" | "file",
		private readonly list: boolean,
	) {
		super(app, input);
		this.limit = 50;
	}

	protected getSuggestions(query: string): string[] {
		const typed = (this.list ? (query.split(",").pop() ?? "") : query).trim();
		const match = prepareFuzzySearch(typed);
		const paths: string[] = [];
		for (const file of this.app.vault.getAllLoadedFiles()) {
			if (this.kind === "folder" ? !(file instanceof TFolder) || file.isRoot() : !(file instanceof TFile) || file.extension !== "md") continue;
			const path = this.kind === "file" ? file.path.replace(/\.md$/, "") : file.path;
			if (typed === "" || match(path)) paths.push(path);
		}
		return paths.sort((a, b) => a.localeCompare(b));
	}

	renderSuggestion(path: string, el: HTMLElement): void {
		el.setText(path);
	}

	override selectSuggestion(path: string): void {
		const head = this.list ? this.input.value.split(",").slice(0, -1).map((v) => v.trim()).filter((v) => v !== "") : [];
		this.setValue([...head, path].join(", "));
		this.input.dispatchEvent(new Event("input"));
		this.close();
	}
}
