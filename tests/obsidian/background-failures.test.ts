// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { GRAPH_VIEW } from "../../src/ui/graph-view";
import { Notice } from "../fakes/obsidian";
import { settle, startObsidian } from "./harness";
import { recordUnhandledRejections } from "./unhandled-rejections";

/**
 * Work the plugin starts without waiting for it (saving the graph's layout when its tab closes, the
 * first read of a new daily note): a refusal from the disk is told in a Notice, in the user's
 * language, and leaves no promise rejected without a handler.
 */
const ANNA = { "People/Anna Rossi.md": `---\ntype: person\n---\n- [ ] Call Anna 📅 ${today()}\n` };
const LAYOUT = ".obsidian/plugins/rapport/graph-layout.json";

const unhandled = recordUnhandledRejections();

describe("a refused save of the graph's layout", () => {
	for (const { language, said } of [
		{ language: "en", said: "Rapport could not save where the graph's people are (EACCES: permission denied, open '.obsidian/plugins/rapport/graph-layout.json'). The graph keeps them until Obsidian is closed." },
		{ language: "it", said: "Rapport non ha potuto salvare la posizione delle persone nel grafo (EACCES: permission denied, open '.obsidian/plugins/rapport/graph-layout.json'). Il grafo le tiene fino alla chiusura di Obsidian." },
	]) {
		it(`is told in a Notice (${language}) when the graph's tab closes, and Rapport goes on`, async () => {
			const { app, plugin } = await startObsidian(ANNA, { language });
			await plugin.openGraph(null);
			app.vault.adapter.readOnly.add(LAYOUT);
			app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.detach();
			await settle(app);
			expect(Notice.shown).toContain(said);
			expect(unhandled.reasons).toEqual([]);
			// The next save, once the disk takes it, writes the layout.
			app.vault.adapter.readOnly.delete(LAYOUT);
			await plugin.openGraph(null);
			app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.detach();
			await settle(app);
			expect(app.vault.adapter.files.has(LAYOUT)).toBe(true);
		});
	}
});

describe("a refused first read of a new daily note, with the agenda inserted into new daily notes", () => {
	for (const { language, said } of [
		{ language: "en", said: "Could not write the agenda into the daily note: EBUSY: resource busy or locked" },
		{ language: "it", said: "Impossibile scrivere l'agenda nella nota del giorno: EBUSY: resource busy or locked" },
	]) {
		it(`is told in a Notice (${language}); the note is left as it came and the next new daily note gets its agenda`, async () => {
			const { app } = await startObsidian(ANNA, { language, data: { version: 1, autoInsert: true } });
			const first = `Daily/${addDays(today(), 1)}.md`;
			app.vault.refuseNextRead(first, "EBUSY: resource busy or locked");
			await app.vault.arrive(first, "# Tomorrow\n");
			await settle(app);
			await settle(app);
			expect(Notice.shown).toContain(said);
			expect(app.vault.text(first)).toBe("# Tomorrow\n");
			expect(unhandled.reasons).toEqual([]);
			const second = `Daily/${addDays(today(), 2)}.md`;
			await app.vault.arrive(second, "# Later\n");
			await settle(app);
			await settle(app);
			expect(app.vault.text(second)).toContain("<!-- rapport:start -->");
		});
	}
});

describe("a note Rapport cannot read after it changed", () => {
	for (const { language, said } of [
		{ language: "en", said: "Rapport could not read People/Anna Rossi.md (EBUSY: resource busy or locked). What it read of the note before is kept until the note changes again." },
		{ language: "it", said: "Rapport non ha potuto leggere People/Anna Rossi.md (EBUSY: resource busy or locked). Resta quanto aveva letto prima, finché la nota non cambia di nuovo." },
	]) {
		it(`is told in a Notice (${language}); the index keeps its earlier reading and reads the next change`, async () => {
			const { app, plugin } = await startObsidian(ANNA, { language });
			const path = "People/Anna Rossi.md";
			app.vault.refuseNextRead(path, "EBUSY: resource busy or locked", "cachedRead");
			await app.vault.modify(app.vault.getFileByPath(path) as never, `${ANNA[path]}- [ ] Send Anna the deck 📅 ${today()}\n`);
			await settle(app);
			expect(Notice.shown).toContain(said);
			expect(unhandled.reasons).toEqual([]);
			expect(plugin.live.index.person(path)?.followUps.map((task) => task.text)).toEqual(["Call Anna"]);
			await app.vault.modify(app.vault.getFileByPath(path) as never, `${ANNA[path]}- [ ] Send Anna the deck 📅 ${today()}\n\n`);
			await settle(app);
			expect(plugin.live.index.person(path)?.followUps.map((task) => task.text)).toEqual(["Call Anna", "Send Anna the deck"]);
		});
	}
});

describe("a file picked for an import that cannot be read", () => {
	for (const { command, name, language, said } of [
		{ command: "rapport:import-contacts", name: "contacts.vcf", language: "en", said: "The import could not be prepared (NotReadableError: the file changed after it was picked): nothing was written." },
		{ command: "rapport:import-calendar", name: "calendar.ics", language: "it", said: "Impossibile preparare l'importazione (NotReadableError: the file changed after it was picked): non è stato scritto nulla." },
	]) {
		it(`is told in a Notice (${command}, ${language}) and the window stays open for another file`, async () => {
			const { app } = await startObsidian(ANNA, { language });
			app.commands.executeCommandById(command);
			await settle(app);
			const modal = app.modals.at(-1);
			const input = modal?.contentEl.querySelector<HTMLInputElement>("input[type=file]");
			if (!modal || !input) throw new Error("no file picker");
			// The file was edited or removed after it was picked (or a phone's provider revoked it): its bytes cannot be read.
			const picked = new window.File(["BEGIN:VCARD"], name);
			picked.arrayBuffer = () => Promise.reject(new Error("NotReadableError: the file changed after it was picked"));
			Object.defineProperty(input, "files", { value: [picked] });
			input.dispatchEvent(new window.Event("change"));
			await settle(app);
			expect(Notice.shown).toContain(said);
			expect(unhandled.reasons).toEqual([]);
			expect(app.modals.at(-1)).toBe(modal);
		});
	}
});

describe("a note Rapport cannot read while it reads the whole vault again", () => {
	it("is told in a Notice and the reading ends, the note as read before; its next change is read", async () => {
		const { app, plugin } = await startObsidian({ ...ANNA, "People/Marco Bianchi.md": "---\ntype: person\n---\n" });
		const path = "People/Anna Rossi.md";
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error("no Anna");
		// Changed while the vault is read again (new settings; Marco's note is slow to read), then held by another program for a while.
		const release = app.vault.holdNextRead("People/Marco Bianchi.md");
		const rebuilding = plugin.live.rebuild();
		const letGo = app.vault.lockFile(path, "EBUSY: resource busy or locked");
		await app.vault.modify(file, `${ANNA[path]}- [ ] Send Anna the deck 📅 ${today()}\n`);
		await settle(app);
		release();
		await rebuilding;
		await settle(app);
		expect(Notice.shown).toContain("Rapport could not read People/Anna Rossi.md (EBUSY: resource busy or locked). What it read of the note before is kept until the note changes again.");
		expect(unhandled.reasons).toEqual([]);
		expect(plugin.live.index.person("People/Marco Bianchi.md")).toBeDefined();
		expect(plugin.live.index.person(path)?.followUps.map((task) => task.text)).toEqual(["Call Anna"]);
		letGo();
		await app.vault.modify(file, `${ANNA[path]}- [ ] Send Anna the deck 📅 ${today()}\n\n`);
		await settle(app);
		expect(plugin.live.index.person(path)?.followUps.map((task) => task.text)).toEqual(["Call Anna", "Send Anna the deck"]);
	});
});

