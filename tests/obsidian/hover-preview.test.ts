// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { App, installDomHelpers, parseLinktext } from "../fakes/obsidian";
import { HOVER_SOURCE, noteLink } from "../../src/ui/links-dom";

interface HoverLink {
	source: string;
	linktext: string;
	sourcePath: string;
}

/** The notes of a vault where some names hold a `#`, and a note whose name is the part before it. */
function vault(): App {
	installDomHelpers(window);
	const app = new App();
	for (const path of ["People/Anna.md", "People/Anna #2.md", "People/C.md", "Groups/C# guild.md", "People/Marco Bianchi.md", "Daily/2026-11-27.md"]) app.vault.seed(path, "---\ntype: person\n---\n");
	return app;
}

/** Hovers a Rapport link to `path` and returns the page previews it asked for. */
function hover(app: App, path: string): HoverLink[] {
	const asked: HoverLink[] = [];
	app.workspace.on("hover-link", (info: HoverLink) => asked.push(info));
	const link = noteLink(document.body, path, path, { app, t: (k: string) => k } as never, {} as never, "Daily/2026-11-27.md");
	link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
	link.remove();
	return asked;
}

/** The note and the heading or block Obsidian's page preview opens for a linktext. */
function opened(app: App, info: HoverLink): { path: string | undefined; subpath: string } {
	const { path, subpath } = parseLinktext(info.linktext);
	return { path: app.metadataCache.getFirstLinkpathDest(path, info.sourcePath)?.path, subpath };
}

describe("the page preview of a Rapport link", () => {
	it("asks for a linktext that opens the hovered note itself, with no heading", () => {
		const app = vault();
		const asked = hover(app, "People/Marco Bianchi.md");
		expect(asked.map((info) => info.source)).toEqual([HOVER_SOURCE]);
		expect(asked.map((info) => opened(app, info))).toEqual([{ path: "People/Marco Bianchi.md", subpath: "" }]);
	});

	it("of a note whose name holds a # never opens another note or a heading (Obsidian reads a linktext's # as a subpath)", () => {
		const app = vault();
		for (const path of ["People/Anna #2.md", "Groups/C# guild.md"]) {
			const asked = hover(app, path);
			expect(asked.map((info) => opened(app, info)).filter((o) => o.path !== path || o.subpath !== "")).toEqual([]);
		}
	});
});
