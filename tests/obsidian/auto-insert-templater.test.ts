// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import type { App, TFile } from "../fakes/obsidian";
import { startObsidian, until } from "./harness";

interface FakeTemplater {
	/** Resolves once Templater is done with every note it was given. */
	idle(): Promise<void>;
	/** "Create new note from template": an empty note first, then the template's result written over it once its questions are answered. */
	createFromTemplate(path: string): Promise<void>;
}

/**
 * Templater as it runs in Obsidian (src/core/Templater.ts): 300 ms after a note is created
 * (`on_file_creation`) it fills a note still empty with the folder's template, or runs the commands of
 * a note that is not; a template that asks a question (`tp.system.prompt`) keeps the note pending
 * until it is answered. Its result is written with `vault.modify`, over whatever the note holds then.
 */
function installTemplater(app: App, template: string, answerAfterMs: number): FakeTemplater {
	const pending = new Set<string>();
	const running: Promise<void>[] = [];
	app.installedPlugins.set("templater-obsidian", {
		settings: { trigger_on_file_creation: true, enable_folder_templates: true, folder_templates: [{ folder: "Daily", template: "Templates/Daily.md" }], templates_folder: "Templates" },
		templater: { files_with_pending_templates: pending },
	} as never);
	const answered = (): Promise<unknown> => new Promise((r) => setTimeout(r, answerAfterMs));
	const done = (path: string): void => {
		pending.delete(path);
		if (pending.size === 0) app.workspace.trigger("templater:all-templates-executed");
	};
	app.vault.on("create", (file: TFile) => {
		running.push(
			(async () => {
				await new Promise((r) => setTimeout(r, 300));
				if (pending.has(file.path)) return;
				pending.add(file.path);
				const empty = file.stat.size === 0;
				const before = await app.vault.read(file);
				await answered();
				await app.vault.modify(file, empty ? template : before.replace("<% tp.date.now() %>", today()));
				done(file.path);
			})(),
		);
	});
	return {
		idle: async () => {
			while (running.length > 0) await running.shift();
		},
		createFromTemplate: async (path) => {
			const file = await app.vault.arrive(path, "");
			pending.add(path);
			await answered();
			await app.vault.modify(file, template);
			done(path);
		},
	};
}

const TODAY = today();
const ANNA = `---\ntype: person\n---\n- [ ] Call Anna 📅 ${TODAY}\n`;
const TEMPLATE = "---\ntags: daily\n---\n# Today\n\n## Notes\n";

describe("a new daily note Templater fills", () => {
	for (const { when, answerAfterMs } of [
		{ when: "at once", answerAfterMs: 0 },
		{ when: "once its question is answered", answerAfterMs: 900 },
	]) {
		it(`gets the folder template of an empty note and then the agenda, when the template is written ${when}`, async () => {
			const { app } = await startObsidian({ "People/Anna.md": ANNA, "Templates/Daily.md": TEMPLATE }, { data: { version: 1, autoInsert: true } });
			const templater = installTemplater(app, TEMPLATE, answerAfterMs);
			const path = `Daily/${TODAY}.md`;
			await app.vault.arrive(path, "");
			await templater.idle();
			await until(() => (app.vault.text(path) ?? "").includes("Call Anna"), 5000);
			const text = app.vault.text(path) ?? "";
			expect(text.startsWith(TEMPLATE)).toBe(true);
			expect(text.split("<!-- rapport:start -->")).toHaveLength(2);
		});
	}

	it("made by Templater's Create new note from template gets the agenda after the template's answers, not before (where the template erased it)", async () => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA, "Templates/Daily.md": TEMPLATE }, { data: { version: 1, autoInsert: true } });
		const templater = installTemplater(app, TEMPLATE, 900);
		const path = `Daily/${TODAY}.md`;
		await templater.createFromTemplate(path);
		await templater.idle();
		await until(() => (app.vault.text(path) ?? "").includes("Call Anna"), 5000);
		expect(app.vault.text(path)?.startsWith(TEMPLATE)).toBe(true);
	});

	it("turned off while Templater still works on the note writes nothing into it afterwards", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna.md": ANNA, "Templates/Daily.md": TEMPLATE }, { data: { version: 1, autoInsert: true } });
		const templater = installTemplater(app, TEMPLATE, 900);
		const path = `Daily/${TODAY}.md`;
		await app.vault.arrive(path, "");
		await new Promise((r) => setTimeout(r, 600));
		plugin.unload();
		await templater.idle();
		await new Promise((r) => setTimeout(r, 600));
		expect(app.vault.text(path)).toBe(TEMPLATE);
	});

	it("made by Insert agenda into daily note gets Templater's folder template, then the agenda", async () => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA, "Templates/Daily.md": TEMPLATE });
		const templater = installTemplater(app, TEMPLATE, 0);
		const path = `Daily/${TODAY}.md`;
		app.commands.executeCommandById("rapport:insert-agenda");
		await until(() => app.vault.text(path) !== undefined);
		await templater.idle();
		await until(() => (app.vault.text(path) ?? "").includes("Call Anna"), 5000);
		expect(app.vault.text(path)?.startsWith(TEMPLATE)).toBe(true);
	});
});
