// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { type Modal, Notice, type TFile } from "../fakes/obsidian";
import { click, settle, startObsidian } from "./harness";

/** In Obsidian: a note whose Rapport markers are broken is left alone and a Notice names it; paths leaving the vault are refused. */
const HOSTILE = join(__dirname, "..", "fixtures", "hostile");
const fixture = (name: string): string => readFileSync(join(HOSTILE, name), "utf8");

const TODAY = today();
const DAILY = `Daily/${TODAY}.md`;
const PEOPLE = {
	"People/Anna Rossi.md": "---\ntype: person\ncadence: monthly\n---\n# Anna\n",
	"People/Bruno Neri.md": "---\ntype: person\n---\n",
};

function lastModal(started: Awaited<ReturnType<typeof startObsidian>>): Modal {
	const modal = started.app.modals.at(-1);
	if (!modal) throw new Error("no modal open");
	return modal;
}

function press(root: HTMLElement, label: string): void {
	click([...root.querySelectorAll("button")].find((b) => b.textContent === label));
}

function open(started: Awaited<ReturnType<typeof startObsidian>>, path: string): TFile {
	const file = started.app.vault.getFileByPath(path);
	if (!file) throw new Error(path);
	started.app.workspace.setActiveFile(file, 0);
	return file;
}

describe("writing Rapport's section in Obsidian", () => {
	it("leaves a daily note with an unclosed section as it is, and a Notice names the note and the line", async () => {
		const note = fixture("section-unclosed.md");
		const started = await startObsidian({ ...PEOPLE, [DAILY]: note });
		started.app.commands.executeCommandById("rapport:insert-agenda");
		await settle(started.app);
		expect(started.app.vault.text(DAILY)).toBe(note);
		expect(Notice.shown.at(-1)).toBe(`${DAILY}, line 3: A Rapport section opens here (<!-- rapport:start -->) and never closes; the note was left as it is`);
	});

	it("leaves an event with two group sections as it is, says so, and keeps the planner open", async () => {
		const note = `---\ntype: event\ndate: ${addDays(TODAY, 5)}\nattendees: ["[[Anna Rossi]]", "[[Bruno Neri]]"]\n---\n` + fixture("section-doubled.md");
		const started = await startObsidian({ ...PEOPLE, "Events/Dinner.md": note });
		open(started, "Events/Dinner.md");
		started.app.commands.executeCommandById("rapport:plan-groups");
		const modal = lastModal(started);
		press(modal.contentEl, "Plan");
		press(modal.contentEl, "Write into the note");
		await settle(started.app);
		expect(started.app.vault.text("Events/Dinner.md")).toBe(note);
		expect(Notice.shown.at(-1)).toBe("Events/Dinner.md, line 17: A second Rapport section starts here; keep one pair of rapport:start and rapport:end markers. The note was left as it is");
		expect(started.app.modals.at(-1)).toBe(modal);
	});

	it("writes a hostile person name on one line inside the section, which a second insert leaves as it is", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": fixture("person-name-marker.md"), [DAILY]: "# Today\n" });
		started.app.commands.executeCommandById("rapport:insert-agenda");
		await settle(started.app);
		const once = started.app.vault.text(DAILY) ?? "";
		expect(once.match(/<!-- rapport:(start|end) -->/g)).toEqual(["<!-- rapport:start -->", "<!-- rapport:end -->"]);
		expect(once).toMatch(/^- .*Injected heading.*$/m);
		started.app.commands.executeCommandById("rapport:insert-agenda");
		await settle(started.app);
		expect(started.app.vault.text(DAILY)).toBe(once);
	});
});

describe("paths from settings stay inside the vault", () => {
	it("does not create a daily note outside the vault when the daily notes folder leaves it", async () => {
		const started = await startObsidian(PEOPLE, { dailyNotes: { folder: "../../escape", format: "YYYY-MM-DD" } });
		const before = started.app.vault.getFiles().map((f) => f.path);
		started.app.commands.executeCommandById("rapport:insert-agenda");
		await settle(started.app);
		expect(started.app.vault.getFiles().map((f) => f.path)).toEqual(before);
		expect(Notice.shown.at(-1)).toBe(`../../escape/${TODAY}.md: This path leaves the vault: Rapport reads and writes only inside it`);
	});

	it("does not create a person note outside the vault when the people folder leaves it", async () => {
		const started = await startObsidian(PEOPLE, { data: { people: { folders: ["../Outside"] } } });
		started.app.commands.executeCommandById("rapport:new-person");
		const modal = lastModal(started);
		const input = modal.contentEl.querySelector("input");
		if (!input) throw new Error("no input");
		input.value = "Giulia Conti";
		input.dispatchEvent(new window.Event("input"));
		press(modal.contentEl, "Create");
		await settle(started.app);
		expect(started.app.vault.getFiles().some((f) => f.path.includes("Giulia"))).toBe(false);
		expect(Notice.shown.at(-1)).toBe("../Outside/Giulia Conti.md: This path leaves the vault: Rapport reads and writes only inside it");
	});
});
