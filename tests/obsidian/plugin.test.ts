// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";
import { type Events, Menu, Notice, type TFile } from "../fakes/obsidian";
import { buttonsOf, click, settle, startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

function vault(): Record<string, string> {
	return {
		"People/Anna Rossi.md": `---\ntype: person\ncadence: monthly\naliases: [Annie]\n---\n# Anna\n- [ ] Send Anna the recording 📅 ${day(-3)}\n`,
		"People/Marco Bianchi.md": "---\ntype: person\n---\n# Marco\n",
		"People/Zoë Müller.md": `---\ntype: person\nbirthday: --${day(2).slice(5)}\n---\n`,
		"Meetings/m1.md": `---\r\ntype: meeting\r\ndate: ${day(-40)}\r\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"]\r\n---\r\n- [ ] Write up notes [due:: ${day(-1)}]\r\n- [ ] Send [[Marco Bianchi]] the deck ⏳ ${day(1)}\r\nLast line without newline`,
		[`Daily/${day(-5)}.md`]: "Quick call with [[Marco Bianchi]].\n",
	};
}

async function openPanel(started: Awaited<ReturnType<typeof startObsidian>>): Promise<AgendaView> {
	started.app.commands.executeCommandById("rapport:show-agenda");
	await settle(started.app);
	const leaf = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0];
	if (!leaf?.view) throw new Error("no agenda panel");
	return leaf.view as unknown as AgendaView;
}

function items(view: AgendaView): HTMLElement[] {
	return [...view.contentEl.querySelectorAll<HTMLElement>(".rapport-agenda-item")];
}

function itemWith(view: AgendaView, text: string): HTMLElement {
	const found = items(view).find((li) => li.textContent?.includes(text));
	if (!found) throw new Error(`no agenda item with "${text}" in: ${items(view).map((i) => i.textContent).join(" | ")}`);
	return found;
}

describe("the live index", () => {
	it("indexes the vault after the layout is ready and says what it found", async () => {
		const { plugin } = await startObsidian(vault());
		expect(plugin.live.getStatus()).toMatchObject({ ready: true, people: 3, meetings: 1, followUps: 3 });
	});

	it("explains an empty result and offers the settings", async () => {
		const started = await startObsidian({ "Notes/x.md": "nothing\n" });
		const view = await openPanel(started);
		expect(view.contentEl.textContent).toContain("No people or meetings found yet");
		expect(view.contentEl.querySelector(".rapport-status button")?.textContent).toBe("Open settings");
	});
});

describe("the agenda panel", () => {
	it("shows today's overdue, upcoming and keep-in-touch items with their people", async () => {
		const started = await startObsidian(vault());
		const view = await openPanel(started);
		expect(view.shownDay).toBe(TODAY);
		expect(itemWith(view, "Send Anna the recording").dataset).toMatchObject({ kind: "followup", status: "overdue" });
		expect(itemWith(view, "Write up notes").querySelectorAll("a.internal-link")[0]?.textContent).toBe("Anna Rossi");
		expect(itemWith(view, "Keep in touch").textContent).toContain("Anna Rossi");
		expect(itemWith(view, "Zoë Müller").dataset.kind).toBe("birthday");
		// The footer counts in plain words (no timings), and shows no problem button when there is none.
		expect(view.contentEl.querySelector(".rapport-status")?.textContent).toBe("3 people · 1 meeting · 3 follow-ups");
	});

	it("switches to the date of the daily note that is opened", async () => {
		const started = await startObsidian(vault());
		const view = await openPanel(started);
		started.app.workspace.setActiveFile(started.app.vault.getFileByPath(`Daily/${day(-5)}.md`));
		expect(view.shownDay).toBe(day(-5));
	});

	it("updates when a meeting note is edited", async () => {
		const started = await startObsidian(vault());
		const view = await openPanel(started);
		expect(itemWith(view, "Keep in touch").textContent).toContain("Anna Rossi");
		const file = started.app.vault.getFileByPath("Meetings/m1.md") as TFile;
		await started.app.vault.process(file, (t) => t.replace(`date: ${day(-40)}`, `date: ${TODAY}`));
		await settle(started.app);
		expect(items(view).some((li) => li.dataset.kind === "keep-in-touch")).toBe(false);
	});

	it("marks a follow-up done by changing only its line of a CRLF note", async () => {
		const started = await startObsidian(vault());
		const view = await openPanel(started);
		const before = started.app.vault.text("Meetings/m1.md") ?? "";
		click(buttonsOf(itemWith(view, "Write up notes"))["Mark done"]);
		await settle(started.app);
		const after = started.app.vault.text("Meetings/m1.md") ?? "";
		expect(after).toBe(before.replace(`- [ ] Write up notes [due:: ${day(-1)}]`, `- [x] Write up notes [due:: ${day(-1)}] ✅ ${TODAY}`));
		expect(Notice.shown.at(-1)).toBe("Marked done: Write up notes");
		expect(items(view).some((li) => li.textContent?.includes("Write up notes"))).toBe(false);
	});

	it("snoozes a follow-up by a week, rewriting only its date", async () => {
		const started = await startObsidian(vault());
		const view = await openPanel(started);
		const before = started.app.vault.text("People/Anna Rossi.md") ?? "";
		click(buttonsOf(itemWith(view, "Send Anna the recording"))["Snooze"]);
		Menu.last?.choose("Snooze 1 week");
		await settle(started.app);
		expect(started.app.vault.text("People/Anna Rossi.md")).toBe(before.replace(`📅 ${day(-3)}`, `📅 ${day(7)}`));
		expect(itemWith(view, "Send Anna the recording").dataset.status).toBe("upcoming");
	});

	it("logs an interaction, which resets keep-in-touch", async () => {
		const started = await startObsidian(vault());
		const view = await openPanel(started);
		click(buttonsOf(itemWith(view, "Keep in touch"))["Log interaction"]);
		const modal = started.app.modals.at(-1);
		const input = modal?.contentEl.querySelector("input");
		if (!input) throw new Error("no input");
		input.value = "Coffee";
		input.dispatchEvent(new window.Event("input"));
		click([...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Log"));
		await settle(started.app);
		expect(started.app.vault.text("People/Anna Rossi.md")).toMatch(new RegExp(`\\n- ${TODAY} Coffee\\n$`));
		expect(items(view).some((li) => li.dataset.kind === "keep-in-touch")).toBe(false);
	});

	it("opens the person when their name is clicked", async () => {
		const started = await startObsidian(vault());
		const view = await openPanel(started);
		click(itemWith(view, "Send Anna the recording").querySelector("a.internal-link"));
		expect(started.app.workspace.opened.at(-1)?.linktext).toBe("People/Anna Rossi.md");
	});

	it("keeps a person's history when their note is renamed", async () => {
		const started = await startObsidian(vault());
		const anna = started.app.vault.getFileByPath("People/Anna Rossi.md") as TFile;
		await started.app.vault.rename(anna, "People/Friends/Anna Rossi.md");
		await settle(started.app);
		const { index } = started.plugin.live;
		expect(index.lastInteraction("People/Friends/Anna Rossi.md")?.day).toBe(day(-40));
		// In the order of the notes they are written in, then of their lines.
		expect(index.followUpsOf("People/Friends/Anna Rossi.md").map((f) => [f.source, f.text])).toEqual([
			["Meetings/m1.md", "Write up notes"],
			["People/Friends/Anna Rossi.md", "Send Anna the recording"],
		]);
	});
});

function listeners(started: Awaited<ReturnType<typeof startObsidian>>): number {
	return (started.plugin.live.events as unknown as Events).listenerCount("changed");
}

describe("turning Rapport off", () => {
	it("leaves no listener of its own on the vault, the metadata cache or the workspace", async () => {
		const { app, plugin } = await startObsidian(vault());
		expect(Object.keys(app.vault.listenedTo()).length).toBeGreaterThan(0);
		plugin.unload();
		expect([app.vault.listenedTo(), app.metadataCache.listenedTo(), app.workspace.listenedTo()]).toEqual([{}, {}, {}]);
	});
});

describe("the rapport code block", () => {
	it("renders the agenda of its note's day and lets go of its listeners when unloaded", async () => {
		const started = await startObsidian(vault());
		const handler = started.app.codeBlocks.get("rapport");
		const el = document.createElement("div");
		const children: { unload(): void; load(): unknown }[] = [];
		const before = listeners(started);
		await handler?.("", el, { sourcePath: `Daily/${day(-5)}.md`, addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		expect(el.querySelector(".rapport-agenda-date")).not.toBeNull();
		expect(el.textContent).toContain("Write up notes");
		expect(listeners(started)).toBe(before + 1);
		children.forEach((c) => c.unload());
		expect(listeners(started)).toBe(before);
	});

	it("says so when its date is not a date", async () => {
		const started = await startObsidian(vault());
		const el = document.createElement("div");
		const children: { load(): unknown }[] = [];
		await started.app.codeBlocks.get("rapport")?.("date: someday", el, { sourcePath: "x.md", addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		expect(el.textContent).toBe("Not a date: someday. Use date: YYYY-MM-DD.");
	});
});

describe("a long agenda", () => {
	it("shows 30 items per group and the rest on request", async () => {
		const files: Record<string, string> = { "People/Anna.md": "---\ntype: person\n---\n" };
		for (let i = 0; i < 45; i++) files[`Notes/n${i}.md`] = `- [ ] Call [[Anna]] about ${i} 📅 ${addDays(today(), -1 - i)}\n`;
		const started = await startObsidian(files);
		started.app.commands.executeCommandById("rapport:show-agenda");
		await settle(started.app);
		const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view as unknown as AgendaView;
		expect(view.contentEl.querySelectorAll(".rapport-agenda-item")).toHaveLength(30);
		click(view.contentEl.querySelector(".rapport-show-more"));
		expect(view.contentEl.querySelectorAll(".rapport-agenda-item")).toHaveLength(45);
		view.render();
		expect(view.contentEl.querySelectorAll(".rapport-agenda-item")).toHaveLength(45);
	});
});

describe("indexing while the user edits", () => {
	it("does not lose a change made while the vault is being indexed", async () => {
		const started = await startObsidian(vault());
		const rebuilding = started.plugin.live.rebuild();
		const file = started.app.vault.getFileByPath("People/Marco Bianchi.md") as TFile;
		await started.app.vault.process(file, (t) => t.replace("type: person", "type: person\ncadence: weekly"));
		await rebuilding;
		await settle(started.app);
		expect(started.plugin.live.index.person("People/Marco Bianchi.md")?.person?.cadence?.days).toBe(7);
	});
});
