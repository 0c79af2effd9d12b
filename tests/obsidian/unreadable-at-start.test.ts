// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { type App, Notice } from "../fakes/obsidian";
import { fileAt, settle, startObsidian } from "./harness";

/**
 * Notes the disk refuses while Rapport reads the vault at start (an antivirus, a sync app holding
 * them): the user is told once how many, "List problems" names each, and each is read when it changes.
 */
const ANNA = "People/Anna Rossi.md";
const MARCO = "People/Marco Bianchi.md";
const FILES: Record<string, string> = {
	[ANNA]: `---\ntype: person\n---\n- [ ] Call Anna 📅 ${today()}\n`,
	[MARCO]: `---\ntype: person\n---\n- [ ] Send Marco the deck 📅 ${today()}\n`,
	"People/Bea Verdi.md": "---\ntype: person\n---\n",
};

/** Holds these notes from before Obsidian starts; gives back the functions that let each go. */
function held(paths: string[]): { beforeLoad: (app: App) => void; letGo: Map<string, () => void> } {
	const letGo = new Map<string, () => void>();
	return { letGo, beforeLoad: (app) => paths.forEach((path) => letGo.set(path, app.vault.lockFile(path, "EBUSY: resource busy or locked"))) };
}

function problemList(app: App): string {
	app.commands.executeCommandById("rapport:list-problems");
	return app.modals.at(-1)?.contentEl.textContent ?? "";
}

function noticesNaming(word: string): string[] {
	return Notice.shown.filter((text) => text.includes(word));
}

describe("notes that cannot be read when Rapport starts", () => {
	for (const { language, said } of [
		{ language: "en", said: "Rapport could not read 2 notes (the first: People/Anna Rossi.md, EBUSY: resource busy or locked). They are out of the agenda and the graph until they change; “List problems” names them." },
		{ language: "it", said: "Rapport non ha potuto leggere 2 note (la prima: People/Anna Rossi.md, EBUSY: resource busy or locked). Restano fuori dall'agenda e dal grafo finché non cambiano; “Elenca i problemi” le nomina." },
	]) {
		it(`are told in one Notice (${language}) naming how many and the first`, async () => {
			const { beforeLoad } = held([MARCO, ANNA]);
			const { plugin } = await startObsidian(FILES, { language, beforeLoad });
			expect(noticesNaming("People/")).toEqual([said]);
			expect(plugin.live.index.person("People/Bea Verdi.md")).toBeDefined();
		});
	}

	it("names the one note in the Notice when only one could not be read", async () => {
		const { beforeLoad } = held([MARCO]);
		await startObsidian(FILES, { beforeLoad });
		expect(noticesNaming("People/")).toEqual(["Rapport could not read People/Marco Bianchi.md (EBUSY: resource busy or locked). It is out of the agenda and the graph until it changes; “List problems” names it."]);
	});

	it("says nothing when every note was read", async () => {
		await startObsidian(FILES);
		expect(noticesNaming("could not read")).toEqual([]);
	});

	it("lists each such note in “List problems”, with the disk's reason", async () => {
		const { beforeLoad } = held([ANNA, MARCO]);
		const { app } = await startObsidian(FILES, { beforeLoad });
		const text = problemList(app);
		expect(text).toContain("People/Anna Rossi.md:1 Note could not be read (EBUSY: resource busy or locked); every other note was read");
		expect(text).toContain("People/Marco Bianchi.md:1 Note could not be read (EBUSY: resource busy or locked); every other note was read");
	});

	it("reads a note again when it changes once the disk lets go of it: its follow-up is back and its problem gone", async () => {
		const { beforeLoad, letGo } = held([ANNA, MARCO]);
		const { app, plugin } = await startObsidian(FILES, { beforeLoad });
		expect(plugin.live.index.person(ANNA)).toBeUndefined();
		letGo.get(ANNA)?.();
		await app.vault.modify(fileAt(app, ANNA), `${FILES[ANNA]}- [ ] Book the table 📅 ${today()}\n`);
		await settle(app);
		expect(plugin.live.index.person(ANNA)?.followUps.map((task) => task.text)).toEqual(["Call Anna", "Book the table"]);
		const text = problemList(app);
		expect(text).not.toContain("People/Anna Rossi.md:1");
		expect(text).toContain("People/Marco Bianchi.md:1 Note could not be read");
	});

	it("keeps the note listed when it changes while the disk still holds it", async () => {
		const { beforeLoad } = held([ANNA]);
		const { app, plugin } = await startObsidian(FILES, { beforeLoad });
		await app.vault.modify(fileAt(app, ANNA), `${FILES[ANNA]}\n`);
		await settle(app);
		expect(plugin.live.index.person(ANNA)).toBeUndefined();
		expect(problemList(app)).toContain("People/Anna Rossi.md:1 Note could not be read (EBUSY: resource busy or locked)");
	});
});
