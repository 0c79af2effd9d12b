// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { GRAPH_VIEW } from "../../src/ui/graph-view";
import { settle, startObsidian } from "./harness";

/**
 * The graph shows one person's network and that person's note is renamed, moved with its folder, or
 * deleted while the graph is open. (happy-dom lays nothing out, so nothing is drawn: the view's state and title are read.)
 */

const MET = (who: string[]): string => `---\ntype: meeting\ndate: 2026-11-20\nattendees: [${who.map((w) => `"[[${w}]]"`).join(", ")}]\n---\n`;
const FILES = {
	"People/Anna.md": "---\ntype: person\n---\n",
	"People/Marco.md": "---\ntype: person\n---\n",
	"People/Luca.md": "---\ntype: person\n---\n",
	"People/Sara.md": "---\ntype: person\n---\n",
	"Meetings/Anna and Marco.md": MET(["Anna", "Marco"]),
	"Meetings/Luca and Sara.md": MET(["Luca", "Sara"]),
};

async function graphOnAnna(language = "en") {
	const { app, plugin } = await startObsidian(FILES, { language });
	await plugin.openGraph("People/Anna.md");
	const view = app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.view;
	if (!view) throw new Error("no graph view");
	return { app, view };
}

describe("the graph centred on a person whose note changes while it is open", () => {
	it("renamed: stays centred on her under her new path, its tab named after her new name", async () => {
		const { app, view } = await graphOnAnna();
		const anna = app.vault.getFileByPath("People/Anna.md");
		if (!anna) throw new Error("no Anna");
		await app.vault.rename(anna, "People/Anna Rossi.md");
		await settle(app);
		await new Promise((r) => setTimeout(r, 500));
		expect(view.getState()).toMatchObject({ center: "People/Anna Rossi.md" });
		expect(view.getDisplayText()).toBe("Graph: Anna Rossi");
	});

	it("moved with her folder: the centre follows the folder's new path", async () => {
		const { app, view } = await graphOnAnna();
		const folder = app.vault.getAbstractFileByPath("People");
		if (!folder) throw new Error("no People folder");
		await app.vault.rename(folder, "Contacts");
		await settle(app);
		expect(view.getState()).toMatchObject({ center: "Contacts/Anna.md" });
	});

	it.each([
		["en", "Relationship graph"],
		["it", "Grafo delle relazioni"],
	])("deleted (%s): is centred on no one, its tab titled as everyone's graph instead of with her name", async (language, title) => {
		const { app, view } = await graphOnAnna(language);
		const anna = app.vault.getFileByPath("People/Anna.md");
		if (!anna) throw new Error("no Anna");
		await app.fileManager.trashFile(anna);
		await settle(app);
		await new Promise((r) => setTimeout(r, 500));
		expect(view.getState()).toMatchObject({ center: null });
		expect(view.getDisplayText()).toBe(title);
	});
});
