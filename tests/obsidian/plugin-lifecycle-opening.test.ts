// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { AGENDA_VIEW, AgendaView } from "../../src/ui/agenda-view";
import { GRAPH_VIEW } from "../../src/ui/graph-view";
import { Notice, type Plugin } from "../fakes/obsidian";
import { settle, type Started, startObsidian, until } from "./harness";
import { recordUnhandledRejections } from "./unhandled-rejections";

/*
 * Rapport turned off while its panel or its graph is still opening (the view's `onOpen` under way): its view type
 * is gone with it, and revealing the tab asked Obsidian to load a view nobody registers any more ("No view registered
 * for rapport-agenda"): an unhandled rejection from the ribbon, an error Notice from the command. The opening stops
 * quietly, the tab waits for Rapport's return.
 */
const FILES = { "People/Anna Rossi.md": "---\ntype: person\n---\n" };

const unhandled = recordUnhandledRejections();

/** Clicks Rapport's ribbon icon `icon`, as a user does (the fake keeps the icons a plugin adds). */
function clickRibbon(plugin: RapportPlugin, icon: string): void {
	(plugin as unknown as Plugin).ribbon.find((r) => r.icon === icon)?.callback();
}

/** Lets a rejection left without a handler reach `unhandledRejection`. */
const aMoment = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

/** Starts Rapport, opens one of its views by `open` and turns Rapport off at once; gives the app once all that settled. */
async function turnedOffWhileOpening(open: (started: Started) => void): Promise<Started["app"]> {
	const started = await startObsidian(FILES);
	Notice.shown.length = 0;
	open(started);
	started.plugin.unload();
	await settle(started.app);
	await aMoment();
	return started.app;
}

describe("Rapport turned off while a view of its is opening", () => {
	it("from the ribbon's Show agenda: no unhandled rejection, no Notice, and the tab is there to come back to", async () => {
		const app = await turnedOffWhileOpening(({ plugin }) => clickRibbon(plugin, "users"));
		expect(unhandled.reasons).toEqual([]);
		expect(Notice.shown).toEqual([]);
		expect(app.workspace.getLeavesOfType(AGENDA_VIEW)).toHaveLength(1);

		const again = new RapportPlugin(app as never, manifest);
		await again.load();
		await until(() => again.live.getStatus().ready);
		await again.openAgendaView();
		expect(app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view).toBeInstanceOf(AgendaView);
		again.unload();
	});

	it("from the Show agenda command: no error Notice and no unhandled rejection", async () => {
		await turnedOffWhileOpening(({ app }) => app.commands.executeCommandById("rapport:show-agenda"));
		expect(unhandled.reasons).toEqual([]);
		expect(Notice.shown).toEqual([]);
	});

	it("from the ribbon's graph: no unhandled rejection and no Notice", async () => {
		const app = await turnedOffWhileOpening(({ plugin }) => clickRibbon(plugin, "git-fork"));
		expect(unhandled.reasons).toEqual([]);
		expect(Notice.shown).toEqual([]);
		expect(app.workspace.getLeavesOfType(GRAPH_VIEW)).toHaveLength(1);
	});
});
