// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";
import { type Modal, Notice, type TFile } from "../fakes/obsidian";
import { buttonsOf, click, settle, startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

function vault(): Record<string, string> {
	return {
		"People/Me.md": "---\ntype: person\ninterests: [jazz, sailing]\n---\n",
		"People/Anna Rossi.md": `---\ntype: person\norg: Lumen\nrole: Designer\ninterests: [jazz, climbing]\nmet_via: "[[Bruno Neri]]"\n---\n- [ ] Send Anna the deck 📅 ${day(2)}\n- [ ] Anna sends the contract #waiting\n`,
		"People/Bruno Neri.md": "---\ntype: person\ninterests: [climbing]\n---\n",
		"People/Carla Blu.md": `---\ntype: person\ninterests: [climbing, chess]\noffers: [mentoring]\n---\n- ${day(-50)} dinner #received\n- ${day(-20)} she lent me a book #received\n`,
		"People/Dario Verdi.md": "---\ntype: person\ninterests: [chess]\nasks: [a mentor, mentoring]\n---\n",
		"People/Eva Gialli.md": `---\ntype: person\n---\n- ${day(-60)} coffee\n- ${day(-53)} coffee\n- ${day(-46)} coffee\n- ${day(-39)} coffee\n`,
		"Meetings/past.md": `---\ntype: meeting\ndate: ${day(-3)}\nattendees: ["[[Anna Rossi]]", "[[Bruno Neri]]", "[[Me]]"]\n---\n# Notes\n`,
		"Meetings/next.md": `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna Rossi]]", "[[Bruno Neri]]", "[[Me]]"]\n---\n# Agenda\n`,
		"Meetings/workshop.md": `---\ntype: meeting\ndate: ${day(-2)}\nattendees: ["[[Dario Verdi]]", "[[Me]]"]\n---\n# Workshop\n`,
		"Events/Dinner.md": `---\ntype: event\ndate: ${day(5)}\nattendees: ["[[Anna Rossi]]", "[[Bruno Neri]]", "[[Carla Blu]]", "[[Dario Verdi]]"]\nkeep_apart: ["[[Anna Rossi]], [[Bruno Neri]]"]\n---\n# Dinner\n`,
	};
}

const OPTIONS = { data: { me: "People/Me.md" } };

function open(started: Awaited<ReturnType<typeof startObsidian>>, path: string): TFile {
	const file = started.app.vault.getFileByPath(path);
	if (!file) throw new Error(path);
	started.app.workspace.setActiveFile(file);
	return file;
}

/** The window last opened, once it has drawn what it reads (the notes as shown, read after the command returns). */
async function lastModal(started: Awaited<ReturnType<typeof startObsidian>>): Promise<Modal> {
	await settle(started.app);
	const modal = started.app.modals.at(-1);
	if (!modal) throw new Error("no modal open");
	return modal;
}

function press(root: HTMLElement, label: string): void {
	click([...root.querySelectorAll("button")].find((b) => b.textContent === label));
}

async function openPanel(started: Awaited<ReturnType<typeof startObsidian>>): Promise<AgendaView> {
	started.app.commands.executeCommandById("rapport:show-agenda");
	await settle(started.app);
	const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
	if (!view) throw new Error("no agenda panel");
	return view as unknown as AgendaView;
}

describe("prepare brief", () => {
	it("shows each attendee but me with promises both ways, shared interests and who introduced us", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		open(started, "Meetings/next.md");
		expect(started.app.commands.isAvailable("rapport:prepare-brief")).toBe(true);
		started.app.commands.executeCommandById("rapport:prepare-brief");
		const modal = await lastModal(started);
		const cards = [...modal.contentEl.querySelectorAll(".rapport-brief-card")].map((c) => c.textContent ?? "");
		expect(cards).toHaveLength(2);
		expect(cards[0]).toContain("Anna Rossi");
		expect(cards[0]).toContain(`I promised: Send Anna the deck (${day(2)})`);
		expect(cards[0]).toContain("They promised: Anna sends the contract #waiting");
		expect(cards[0]).toContain("Interests we share: jazz");
		expect(cards[0]).toContain("Shares with Bruno Neri: climbing");
		expect(cards[0]).toContain("Introduced by Bruno Neri");
		expect(cards[0]).toContain(`Last contact ${day(-3)}`);
	});

	it("inserts the brief into the meeting note as Markdown at the cursor, undoable", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		open(started, "Meetings/next.md");
		const before = started.app.vault.text("Meetings/next.md") ?? "";
		started.app.commands.executeCommandById("rapport:prepare-brief");
		press((await lastModal(started)).contentEl, "Insert into the meeting note");
		await settle(started.app);
		const after = started.app.vault.text("Meetings/next.md") ?? "";
		expect(after).toContain("## Brief: next\n\n### [[People/Anna Rossi|Anna Rossi]]\n- Designer · Lumen");
		expect(Notice.shown.at(-1)).toBe("Brief inserted into the meeting note.");
		started.app.workspace.activeEditor?.undo();
		await settle(started.app);
		expect(started.app.vault.text("Meetings/next.md")).toBe(before);
	});

	it("inserts the brief under the cursor's line in the body, and never into the properties of a note just opened", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		const file = open(started, "Meetings/next.md");
		const before = started.app.vault.text("Meetings/next.md") ?? "";
		// Just opened: the cursor is on line 0, the frontmatter's `---`.
		started.app.commands.executeCommandById("rapport:prepare-brief");
		press((await lastModal(started)).contentEl, "Insert into the meeting note");
		await settle(started.app);
		const appended = started.app.vault.text("Meetings/next.md") ?? "";
		expect(appended.startsWith(`${before}\n## Brief: next\n`)).toBe(true);
		expect(started.plugin.live.index.note("Meetings/next.md")?.kind).toBe("meeting");
		started.app.workspace.activeEditor?.undo();
		await settle(started.app);
		started.app.workspace.setActiveFile(file, 5);
		started.app.commands.executeCommandById("rapport:prepare-brief");
		press((await lastModal(started)).contentEl, "Insert into the meeting note");
		await settle(started.app);
		expect(started.app.vault.text("Meetings/next.md")?.startsWith(`${before}## Brief: next\n`)).toBe(true);
	});

	it("is offered from the panel on today's meetings", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		const view = await openPanel(started);
		const meeting = [...view.contentEl.querySelectorAll<HTMLElement>(".rapport-agenda-item.is-meeting")][0];
		click(buttonsOf(meeting as HTMLElement).Brief);
		expect((await lastModal(started)).titleEl.textContent).toBe("Brief: next");
	});
});

describe("suggest introductions", () => {
	it("lists pairs with the reason and creates an introduce-A-to-B follow-up in one click", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		started.app.commands.executeCommandById("rapport:suggest-introductions");
		const modal = await lastModal(started);
		const rows = [...modal.contentEl.querySelectorAll<HTMLElement>(".rapport-intro")];
		const texts = rows.map((r) => r.textContent ?? "");
		expect(texts.some((t) => t.includes("Introduce Anna Rossi to Bruno Neri"))).toBe(false);
		const carlaDario = rows.find((r) => r.textContent?.includes("Introduce Carla Blu to Dario Verdi"));
		if (!carlaDario) throw new Error(modal.contentEl.textContent ?? "");
		expect(carlaDario?.textContent).toContain("both into chess; Carla Blu offers mentoring, which Dario Verdi is looking for");
		click(buttonsOf(carlaDario)["Create follow-up"]);
		await settle(started.app);
		expect(started.app.vault.text("People/Carla Blu.md")).toContain(`\n## Follow-ups\n\n- [ ] Introduce [[Carla Blu]] to [[Dario Verdi]] 📅 ${day(3)}\n`);
		expect(started.plugin.live.index.followUpsOf("People/Dario Verdi.md").map((f) => f.text)).toEqual(["Introduce [[Carla Blu]] to [[Dario Verdi]]"]);
	});
});

describe("an introduction asked for twice", () => {
	it("is one follow-up in the note, also while the note is open with unsaved typing; the second time a notice says it is there", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		const carla = open(started, "People/Carla Blu.md");
		started.app.workspace.activeEditor?.type(0, "");
		const create = async (): Promise<void> => {
			started.app.commands.executeCommandById("rapport:suggest-introductions");
			const row = [...(await lastModal(started)).contentEl.querySelectorAll<HTMLElement>(".rapport-intro")].find((r) => r.textContent?.includes("Introduce Carla Blu to Dario Verdi"));
			click(buttonsOf(row as HTMLElement)["Create follow-up"]);
			await settle(started.app);
		};
		await create();
		await create();
		const shown = started.app.workspace.activeEditor?.getValue() ?? "";
		expect(shown.split("Introduce [[Carla Blu]] to [[Dario Verdi]]")).toHaveLength(2);
		expect(Notice.shown.at(-1)).toBe("People/Carla Blu.md already has this introduction as an open follow-up: nothing added.");
		started.app.workspace.activeEditor?.save();
		await settle(started.app);
		expect(started.app.vault.text(carla.path)).toBe(shown);
	});
});

describe("plan groups", () => {
	it("previews tables that respect the event's pins and writes them into the note", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		open(started, "Events/Dinner.md");
		started.app.commands.executeCommandById("rapport:plan-groups");
		const modal = await lastModal(started);
		const input = modal.contentEl.querySelectorAll("input")[0] as HTMLInputElement;
		input.value = "2";
		input.dispatchEvent(new window.Event("input"));
		press(modal.contentEl, "Plan");
		const tables = [...modal.contentEl.querySelectorAll(".rapport-group")].map((g) => g.textContent ?? "");
		expect(tables).toHaveLength(2);
		expect(tables.some((t) => t.includes("Anna Rossi") && t.includes("Bruno Neri"))).toBe(false);
		press(modal.contentEl, "Write into the note");
		await settle(started.app);
		const text = started.app.vault.text("Events/Dinner.md") ?? "";
		expect(text).toContain("<!-- rapport:start -->\n## Groups\n\n- **Table 1**: [[People/");
		expect(Notice.shown.at(-1)).toBe("Groups written into Dinner.");
	});

	it("refuses a size that is not a whole number from 2, saying so in the setting, and keeps planning with the last good one", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		open(started, "Events/Dinner.md");
		started.app.commands.executeCommandById("rapport:plan-groups");
		const modal = await lastModal(started);
		const input = modal.contentEl.querySelectorAll("input")[0] as HTMLInputElement;
		input.value = "1";
		input.dispatchEvent(new window.Event("input"));
		expect(modal.contentEl.querySelector(".setting-item-description")?.textContent).toBe("Enter a whole number from 2 to 1000.");
		press(modal.contentEl, "Plan");
		expect(modal.contentEl.querySelectorAll(".rapport-group")).toHaveLength(1);
	});
});

describe("relationship health", () => {
	it("shows a person's strength with why, from the person note", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		open(started, "People/Eva Gialli.md");
		started.app.commands.executeCommandById("rapport:show-health");
		const modal = await lastModal(started);
		expect(modal.titleEl.textContent).toBe("Relationship health: Eva Gialli");
		expect(modal.contentEl.textContent).toMatch(/Recency \d+% · frequency \d+% \(4 interactions in the last year\)/);
		expect(modal.contentEl.textContent).toContain("Usually in touch every 7 days");
		expect(modal.contentEl.textContent).not.toContain("†");
	});

	it("says why no nudge comes for someone whose note says they died", async () => {
		const files = vault();
		files["People/Eva Gialli.md"] = (files["People/Eva Gialli.md"] ?? "").replace("type: person\n", "type: person\ndied: 2026-03-01\n");
		const started = await startObsidian(files, OPTIONS);
		open(started, "People/Eva Gialli.md");
		started.app.commands.executeCommandById("rapport:show-health");
		const modal = await lastModal(started);
		expect(modal.contentEl.querySelector("li")?.textContent).toBe("† died 2026-03-01");
	});
});

describe("the panel's insights", () => {
	it("lists the meeting without follow-up and creates its follow-ups from the panel", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		const view = await openPanel(started);
		const section = view.contentEl.querySelector(".is-unfollowed");
		if (!section) throw new Error(view.contentEl.textContent ?? "");
		expect(section?.textContent).toBe("Meetings without follow-up (1)workshopno follow-up for Dario Verdi");
		expect(Object.keys(buttonsOf(section as HTMLElement))).toEqual(["Create follow-ups for this meeting's attendees"]);
		click(buttonsOf(section?.querySelector("li") as HTMLElement)["Create follow-ups for this meeting's attendees"]);
		await settle(started.app);
		expect(started.app.vault.text("Meetings/workshop.md")).toBe(`---\ntype: meeting\ndate: ${day(-2)}\nattendees: ["[[Dario Verdi]]", "[[Me]]"]\n---\n# Workshop\n\n## Follow-ups\n\n- [ ] Follow up with [[Dario Verdi]] 📅 ${day(1)}\n`);
		expect(view.contentEl.querySelector(".is-unfollowed")).toBeNull();
	});

	it("shows fading ties with why, a give-back prompt and the network balance", async () => {
		const started = await startObsidian(vault(), OPTIONS);
		const view = await openPanel(started);
		expect(view.contentEl.querySelector(".is-fading")?.textContent).toContain("Eva Gialli");
		expect(view.contentEl.querySelector(".is-fading")?.textContent).toContain("39 days of silence, usually in touch every 7 days");
		expect(view.contentEl.querySelector(".is-give-back")?.textContent).toContain("Carla Blu gave you something 2 times this year");
		expect(view.contentEl.querySelector(".rapport-balance")?.textContent).toMatch(/^Last 90 days: \d+ new (person|people) met, \d+ relationships? nurtured\.$/);
	});
});
