// @vitest-environment happy-dom
import moment from "moment";
import "moment/locale/it";
import { afterEach, describe, expect, it } from "vitest";
import { startObsidian } from "./harness";

/*
 * Daily notes named by weeks (`gggg-[W]ww-e`) count the weeks of Obsidian's moment, which its language (or the Calendar
 * plugin's "Start week on") sets: `2026-W49-3` is Wednesday 2026-12-02 in English weeks from Sunday, Thursday 2026-12-03 in
 * Italian weeks from Monday.
 */

const FILES = { "People/Dana Evans.md": "---\ntype: person\n---\n", "Daily/2026-W49-3.md": "### Call with [[Dana Evans]]\n" };
const OPTIONS = { dailyNotes: { folder: "Daily", format: "gggg-[W]ww-e" } };

afterEach(() => {
	moment.locale("en");
});

describe("the plugin in a vault of daily notes named by weeks", () => {
	it("reads 2026-W49-3 as Wednesday with moment in English and as Thursday with moment in Italian", async () => {
		moment.locale("en");
		const english = await startObsidian(FILES, OPTIONS);
		const inEnglish = english.plugin.live.index.lastInteraction("People/Dana Evans.md", "2026-12-10")?.day;
		moment.locale("it");
		const italian = await startObsidian(FILES, OPTIONS);
		expect([inEnglish, italian.plugin.live.index.lastInteraction("People/Dana Evans.md", "2026-12-10")?.day]).toEqual(["2026-12-02", "2026-12-03"]);
	});
});
