// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { notifyNodesShown } from "../fakes/obsidian";
import { registerGraphBasesView } from "../../src/ui/bases-graph";
import { fileAt, settle, startObsidian, until } from "./harness";

type Factory = (controller: unknown, el: HTMLElement) => { data?: unknown; onDataUpdated(): void; load(): void; unload(): void };

const person = "---\ntype: person\n---\n";
const meeting = (date: string, ...who: string[]): string => `---\ntype: meeting\ndate: ${date}\nattendees:\n${who.map((w) => `  - "[[${w}]]"`).join("\n")}\n---\n`;

/** A base of people only (filtered on `type: person`), drawn by Rapport's view: its meetings are never among the base's results. */
async function baseOfPeople(files: Record<string, string>, people: string[], parent: HTMLElement = document.body) {
	const started = await startObsidian(files);
	const { app, plugin } = started;
	let factory: Factory | null = null;
	const withBases = Object.assign(Object.create(plugin) as object, {
		registerBasesView: (_id: string, r: { factory: Factory }) => (factory = r.factory) !== null,
	});
	registerGraphBasesView(withBases as never, plugin);
	const el = parent.createDiv();
	const view = (factory as Factory | null)?.(null, el);
	if (!view) throw new Error("no bases view");
	view.load();
	view.data = { data: people.map((p) => ({ file: fileAt(app, p) })) };
	view.onDataUpdated();
	const ties = (): string[] => [...el.querySelectorAll(".rapport-graph-ties li")].map((li) => (li.textContent ?? "").split(":")[0] ?? "");
	await until(() => el.querySelector("[role=status]") !== null);
	return { ...started, el, view, ties };
}

describe("the Relationship graph of a base of people when a meeting (not in the base) changes", () => {
	it("lists the tie a new meeting makes between two people of the base, without Bases calling it", async () => {
		const { app, ties } = await baseOfPeople({ "People/Anna Rossi.md": person, "People/Bruno Bianchi.md": person }, ["People/Anna Rossi.md", "People/Bruno Bianchi.md"]);
		expect(ties()).toEqual([]);
		await app.vault.createFolder("Meetings");
		await app.vault.create("Meetings/2026-07-02 Coffee.md", meeting("2026-07-02", "Anna Rossi", "Bruno Bianchi"));
		await settle(app);
		await until(() => ties().length === 1);
		expect(ties()).toEqual(["Anna Rossi — Bruno Bianchi"]);
	});

	it("drops the tie when the meeting's attendees are edited so that one of them is gone", async () => {
		const path = "Meetings/2026-07-02 Coffee.md";
		const { app, ties } = await baseOfPeople(
			{ "People/Anna Rossi.md": person, "People/Bruno Bianchi.md": person, "People/Carla Verdi.md": person, [path]: meeting("2026-07-02", "Anna Rossi", "Bruno Bianchi") },
			["People/Anna Rossi.md", "People/Bruno Bianchi.md"],
		);
		expect(ties()).toEqual(["Anna Rossi — Bruno Bianchi"]);
		await app.vault.modify(fileAt(app, path), meeting("2026-07-02", "Anna Rossi", "Carla Verdi"));
		await settle(app);
		await until(() => ties().length === 0);
		expect(ties()).toEqual([]);
	});

	it("is not drawn again (the camera stays) when a meeting between people outside the base changes", async () => {
		const path = "Meetings/2026-07-03 Lunch.md";
		const { app, el, ties } = await baseOfPeople(
			{
				"People/Anna Rossi.md": person,
				"People/Bruno Bianchi.md": person,
				"People/Carla Verdi.md": person,
				"People/Dario Neri.md": person,
				"Meetings/2026-07-02 Coffee.md": meeting("2026-07-02", "Anna Rossi", "Bruno Bianchi"),
				[path]: meeting("2026-07-03", "Carla Verdi", "Dario Neri"),
			},
			["People/Anna Rossi.md", "People/Bruno Bianchi.md"],
		);
		const drawn = el.querySelector(".rapport-graph-ties");
		await app.vault.modify(fileAt(app, path), meeting("2026-07-04", "Carla Verdi", "Dario Neri"));
		await settle(app);
		await new Promise((r) => setTimeout(r, 600));
		expect(ties()).toEqual(["Anna Rossi — Bruno Bianchi"]);
		expect(el.querySelector(".rapport-graph-ties")).toBe(drawn);
	});

	it("is not drawn again while its tab is hidden, and shows the new tie once the tab is shown", async () => {
		const tab = document.body.createDiv();
		const { app, el, ties } = await baseOfPeople({ "People/Anna Rossi.md": person, "People/Bruno Bianchi.md": person }, ["People/Anna Rossi.md", "People/Bruno Bianchi.md"], tab);
		const drawn = el.querySelector(".rapport-graph-ties-empty");
		tab.setCssProps({ display: "none" });
		notifyNodesShown();
		await app.vault.createFolder("Meetings");
		await app.vault.create("Meetings/2026-07-02 Coffee.md", meeting("2026-07-02", "Anna Rossi", "Bruno Bianchi"));
		await settle(app);
		await new Promise((r) => setTimeout(r, 600));
		expect(el.querySelector(".rapport-graph-ties-empty")).toBe(drawn);
		tab.setCssProps({ display: "" });
		notifyNodesShown();
		await until(() => ties().length === 1);
		expect(ties()).toEqual(["Anna Rossi — Bruno Bianchi"]);
	});

	it("stops following the vault once the base's view is closed", async () => {
		const { app, view, ties } = await baseOfPeople({ "People/Anna Rossi.md": person, "People/Bruno Bianchi.md": person }, ["People/Anna Rossi.md", "People/Bruno Bianchi.md"]);
		view.unload();
		await app.vault.createFolder("Meetings");
		await app.vault.create("Meetings/2026-07-02 Coffee.md", meeting("2026-07-02", "Anna Rossi", "Bruno Bianchi"));
		await settle(app);
		await new Promise((r) => setTimeout(r, 600));
		expect(ties()).toEqual([]);
	});
});
