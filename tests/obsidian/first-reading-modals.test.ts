// @vitest-environment happy-dom
import moment from "moment";
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import { addDays, today } from "../../src/core/dates/dates";
import RapportPlugin from "../../src/main";
import { App, installDomHelpers, type Modal, Notice, setLanguage } from "../fakes/obsidian";
import { fileAt, settle, startObsidian, until } from "./harness";

/**
 * The palette's windows opened while Rapport still reads the vault (a large vault at start-up, a phone
 * just synced), and on a meeting whose editor holds typing not saved yet: each says what it waits for
 * and fills in once the vault is read, never a half-read vault shown as the whole (no "no problems", no
 * "no introductions", no "never met" for someone whose meetings are not read yet).
 */
const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);
const person = (interests: string): string => `---\ntype: person\ninterests: [${interests}]\n---\n`;

/** Anna and Bruno share climbing; a past meeting (read last, held back) has a date that is no day. */
function vault(): Record<string, string> {
	return {
		"People/Me.md": person("jazz"),
		"People/Anna Rossi.md": person("climbing"),
		"People/Bruno Neri.md": person("climbing"),
		"Meetings/next.md": `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna Rossi]]", "[[Me]]"]\n---\n# Next\n`,
		"Meetings/past.md": `---\ntype: meeting\ndate: ${day(-3)}\nattendees: ["[[Anna Rossi]]", "[[Me]]"]\n---\n- [ ] Send Anna the deck 📅 31/02/2026\n`,
	};
}

afterEach(() => {
	document.body.empty();
});

/** Rapport loaded with the vault, its first reading held back at the past meeting until `release`. */
async function readingHeld(language = "en"): Promise<{ app: App; plugin: RapportPlugin; release: () => void }> {
	installDomHelpers(window);
	setLanguage(language);
	Notice.shown.length = 0;
	const app = new App();
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	Object.assign(window, { app, moment });
	for (const [path, text] of Object.entries(vault())) app.vault.seed(path, text, { indexed: path !== "Meetings/past.md" });
	app.pluginData.set("rapport", { me: "People/Me.md" });
	const release = app.vault.holdNextRead("Meetings/past.md");
	const plugin = new RapportPlugin(app as never, manifest);
	await plugin.load();
	app.workspace.setLayoutReady();
	await new Promise((r) => setTimeout(r, 20));
	expect(plugin.live.getStatus().ready).toBe(false);
	return { app, plugin, release };
}

function lastModal(app: App): Modal {
	const modal = app.modals.at(-1);
	if (!modal) throw new Error("no modal open");
	return modal;
}

describe("Suggest introductions opened while Rapport still reads the vault", () => {
	it("says it is reading, not that there is nothing to suggest, and lists Anna and Bruno once the vault is read", async () => {
		const { app, plugin, release } = await readingHeld();
		app.commands.executeCommandById("rapport:suggest-introductions");
		const modal = lastModal(app);
		expect(modal.contentEl.textContent).toBe("Indexing your vault…");
		release();
		await until(() => plugin.live.getStatus().ready);
		await settle(app);
		expect(modal.contentEl.textContent).not.toContain("Indexing");
		expect(modal.contentEl.querySelector(".rapport-intro-pair")?.textContent).toBe("Introduce Anna Rossi to Bruno Neri");
		plugin.unload();
	});

	it("closed before the vault is read, stays closed and empty", async () => {
		const { app, plugin, release } = await readingHeld();
		app.commands.executeCommandById("rapport:suggest-introductions");
		const modal = lastModal(app);
		modal.close();
		release();
		await until(() => plugin.live.getStatus().ready);
		await settle(app);
		expect(app.modals).not.toContain(modal);
		expect(modal.contentEl.textContent).toBe("");
		plugin.unload();
	});
});

describe("List problems opened while Rapport still reads the vault", () => {
	it("says it is reading, not 'no problems', and lists the past meeting's bad date once read (in Italian too)", async () => {
		for (const [language, reading] of [
			["en", "Indexing your vault…"],
			["it", "Indicizzazione del vault…"],
		] as const) {
			const { app, plugin, release } = await readingHeld(language);
			app.commands.executeCommandById("rapport:list-problems");
			const modal = lastModal(app);
			expect(modal.contentEl.textContent).toBe(reading);
			release();
			await until(() => plugin.live.getStatus().ready);
			await settle(app);
			expect(modal.contentEl.querySelector(".rapport-doctor")?.textContent).toContain("Meetings/past.md:6 ");
			plugin.unload();
		}
	});
});

describe("Prepare brief on a meeting whose editor holds typing not saved yet", () => {
	it("lists an attendee typed in its properties a moment ago", async () => {
		const people = { "People/Anna.md": "---\ntype: person\n---\n", "People/Sara.md": "---\ntype: person\n---\n" };
		const meeting = `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna]]"]\n---\n# Weekly\n`;
		const { app } = await startObsidian({ ...people, "Meetings/Weekly.md": meeting });
		app.workspace.setActiveFile(fileAt(app, "Meetings/Weekly.md"));
		app.workspace.activeEditor?.retype(meeting.replace('"[[Anna]]"]', '"[[Anna]]", "[[Sara]]"]'));
		app.commands.executeCommandById("rapport:prepare-brief");
		await settle(app);
		const cards = [...lastModal(app).contentEl.querySelectorAll(".rapport-brief-name a")].map((a) => a.textContent);
		expect(cards).toEqual(["Anna", "Sara"]);
		// The index keeps the note as saved: the typing counts for the brief only, until Obsidian saves it.
		expect(app.vault.text("Meetings/Weekly.md")).toBe(meeting);
	});
});
