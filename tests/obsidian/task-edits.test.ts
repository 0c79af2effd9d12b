// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";
import { Notice, type TFile } from "../fakes/obsidian";
import { buttonsOf, click, settle, startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

async function panel(files: Record<string, string>) {
	const started = await startObsidian(files);
	started.app.commands.executeCommandById("rapport:show-agenda");
	await settle(started.app);
	const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view as unknown as AgendaView;
	const doneButton = (text: string) => {
		const li = [...view.contentEl.querySelectorAll<HTMLElement>(".rapport-agenda-item")].find((el) => el.textContent?.includes(text));
		if (!li) throw new Error(`no agenda item ${text}`);
		return buttonsOf(li)["Mark done"];
	};
	return { started, doneButton };
}

const anna = `---\r\ntype: person\r\n---\r\n# Anna\r\n- [ ] Call Anna 📅 ${day(-1)}\r\n- [ ] Pay rent 📅 ${day(-2)}\r\n`;

describe("Mark done from the agenda after the note changed", () => {
	it("ticks the task the button names, found by its text, when lines were added above it", async () => {
		const { started, doneButton } = await panel({ "People/Anna.md": anna });
		const button = doneButton("Call Anna");
		const file = started.app.vault.getFileByPath("People/Anna.md") as TFile;
		await started.app.vault.process(file, (t) => t.replace("# Anna\r\n", "# Anna\r\n- [ ] Pay rent 📅 2020-01-01\r\nNew line\r\n"));
		click(button);
		await settle(started.app);
		const text = started.app.vault.text("People/Anna.md") ?? "";
		expect(text).toContain(`- [x] Call Anna 📅 ${day(-1)} ✅ ${TODAY}\r\n`);
		expect(text).not.toContain("- [x] Pay rent");
		expect(Notice.shown.at(-1)).toBe("Marked done: Call Anna");
	});

	it("changes nothing and says so when the task was deleted", async () => {
		const { started, doneButton } = await panel({ "People/Anna.md": anna });
		const button = doneButton("Call Anna");
		const file = started.app.vault.getFileByPath("People/Anna.md") as TFile;
		await started.app.vault.process(file, (t) => t.replace(/- \[ \] Call Anna[^\n]*\n/, ""));
		const before = started.app.vault.text("People/Anna.md");
		click(button);
		await settle(started.app);
		expect(started.app.vault.text("People/Anna.md")).toBe(before);
		expect(Notice.shown.at(-1)).toBe("“Call Anna” is no longer an open task in People/Anna.md: nothing changed.");
	});

	it("changes nothing and says so when two open tasks now have its text", async () => {
		const { started, doneButton } = await panel({ "People/Anna.md": anna });
		const button = doneButton("Call Anna");
		const file = started.app.vault.getFileByPath("People/Anna.md") as TFile;
		await started.app.vault.process(file, (t) => t.replace("# Anna\r\n", "# Anna\r\nA note\r\n- [ ] Call Anna\r\n"));
		const before = started.app.vault.text("People/Anna.md");
		click(button);
		await settle(started.app);
		expect(started.app.vault.text("People/Anna.md")).toBe(before);
		expect(Notice.shown.at(-1)).toBe("People/Anna.md has more than one open task “Call Anna”: nothing changed. Open the note to pick one.");
	});
});

describe("Mark done on a recurring task", () => {
	const mum = `---\ntype: person\n---\n- [ ] Call mum 🔁 every week 📅 ${day(-1)}\n`;

	it("without the Tasks plugin, adds the next occurrence above the done task", async () => {
		const { started, doneButton } = await panel({ "People/Mum.md": mum });
		click(doneButton("Call mum"));
		await settle(started.app);
		expect(started.app.vault.text("People/Mum.md")).toBe(`---\ntype: person\n---\n- [ ] Call mum 🔁 every week 📅 ${day(6)}\n- [x] Call mum 🔁 every week 📅 ${day(-1)} ✅ ${TODAY}\n`);
		expect(Notice.shown.slice(-2)).toEqual(["Marked done: Call mum", "Next occurrence added: Call mum"]);
	});

	it("with the Tasks plugin enabled, writes exactly what Tasks' executeToggleTaskDoneCommand returns", async () => {
		const { started, doneButton } = await panel({ "People/Mum.md": mum.replace(/\n/g, "\r\n") });
		const calls: [string, string][] = [];
		const tasks = {
			apiV1: {
				executeToggleTaskDoneCommand: (line: string, path: string): string => {
					calls.push([line, path]);
					return `- [ ] Call mum 🔁 every week 📅 2099-01-01\n- [x] Call mum 🔁 every week 📅 ${day(-1)} ✅ 2099-01-01`;
				},
			},
		};
		started.app.installedPlugins.set("obsidian-tasks-plugin", tasks);
		click(doneButton("Call mum"));
		await settle(started.app);
		expect(calls).toEqual([[`- [ ] Call mum 🔁 every week 📅 ${day(-1)}`, "People/Mum.md"]]);
		expect(started.app.vault.text("People/Mum.md")).toBe(`---\r\ntype: person\r\n---\r\n- [ ] Call mum 🔁 every week 📅 2099-01-01\r\n- [x] Call mum 🔁 every week 📅 ${day(-1)} ✅ 2099-01-01\r\n`);
	});
});
