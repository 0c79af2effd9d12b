// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { type Modal } from "../fakes/obsidian";
import { click, settle, startObsidian } from "./harness";

const FILES: Record<string, string> = { "People/Anna Rossi.md": "---\ntype: person\n---\n" };

function lastModal(started: Awaited<ReturnType<typeof startObsidian>>): Modal {
	const modal = started.app.modals.at(-1);
	if (!modal) throw new Error("no modal open");
	return modal;
}

async function newPerson(name: string, language = "en"): Promise<Awaited<ReturnType<typeof startObsidian>>> {
	const started = await startObsidian(FILES, { language });
	started.app.commands.executeCommandById("rapport:new-person");
	const modal = lastModal(started);
	const input = modal.contentEl.querySelector("input");
	if (!input) throw new Error("no input");
	input.value = name;
	input.dispatchEvent(new window.Event("input"));
	click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === started.plugin.t("modal.create")));
	await settle(started.app);
	return started;
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

describe("new person: the name typed is the name Rapport shows, and the file name works everywhere", () => {
	it("a name with characters a file name cannot hold keeps them in the note's name", async () => {
		const started = await newPerson("Anna: the designer / UX");
		const path = started.app.workspace.getActiveFile()?.path ?? "";
		expect(path).toBe("People/Anna the designer UX.md");
		expect(started.plugin.live.index.person(path)?.person?.name).toBe("Anna: the designer / UX");
	});

	it("a very long name gets a file name of at most 200 bytes, cut between characters, and keeps the whole name", async () => {
		const name = `Maria ${"Della Valle ".repeat(30)}🎻`.trim();
		const started = await newPerson(name);
		const path = started.app.workspace.getActiveFile()?.path ?? "";
		const file = path.slice("People/".length, -".md".length);
		expect(utf8Bytes(file)).toBeLessThanOrEqual(200);
		expect(name.startsWith(file)).toBe(true);
		expect(started.plugin.live.index.person(path)?.person?.name).toBe(name);
	});

	it("a name that is only dots does not become a hidden file", async () => {
		const started = await newPerson("..");
		const path = started.app.workspace.getActiveFile()?.path ?? "";
		expect(path).toBe("People/Person.md");
	});

	it("in Italian, a name that is only dots gets the Italian word for a person", async () => {
		const started = await newPerson("..", "it");
		expect(started.app.workspace.getActiveFile()?.path).toBe("People/Persona.md");
	});
});
