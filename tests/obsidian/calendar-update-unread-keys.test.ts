// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportCalendarModal } from "../../src/ui/calendar-modal";
import { Notice } from "../fakes/obsidian";
import { fileAt, openModalOf, settle, startObsidian, until } from "./harness";

/**
 * A meeting note an earlier import created, whose properties the user has since written in a form the
 * import's editor does not read as keys (indented as a whole, an explicit `? date`, a tag before a key):
 * importing the moved event again must not add a second `date:` beside it, which would make Obsidian
 * read none of the note's properties. The note is left byte for byte and listed with why.
 */
const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook.ics"), "utf8");
const MOVED = FIXTURE.replace(/20261007T(09|10)(\d{4})/g, "20261008T$1$2");
const PATH = "Meetings/2026-10-07 1 1 Marco.md";
const PEOPLE = { "People/Marco Verdi.md": "---\ntype: person\naliases: [Marco]\n---\n" };
const DATA = { myEmails: ["giulia.bianchi@example.com"] };

type Started = Awaited<ReturnType<typeof startObsidian>>;

async function importCalendar(started: Started, text: string): Promise<ImportCalendarModal> {
	const modal = await openModalOf<ImportCalendarModal>(started.app, "rapport:import-calendar");
	modal.from = "2026-08-01";
	await modal.loadText(text, "outlook.ics");
	[...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import")?.dispatchEvent(new window.MouseEvent("click"));
	await until(() => Notice.shown.some((n) => n.startsWith("Calendar imported")));
	await settle(started.app);
	return modal;
}

describe("importing a moved event again into a meeting note whose keys are written in a form the editor does not read", () => {
	for (const { form, rewrite } of [
		{ form: "keys indented as a whole", rewrite: (block: string) => block.replace(/^(?=\S)/gm, "  ") },
		{ form: "an explicit `? date` key", rewrite: (block: string) => block.replace(/^date: (.*)$/m, "? date\n: $1") },
		{ form: "a tag before the date key", rewrite: (block: string) => block.replace(/^date: /m, "!!str date: ") },
	]) {
		it(`leaves the note as it is and lists it with why (${form})`, async () => {
			const started = await startObsidian(PEOPLE, { data: DATA });
			await importCalendar(started, FIXTURE);
			const created = started.app.vault.text(PATH) ?? "";
			const [, block = "", body = ""] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(created) ?? [];
			const written = `---\n${rewrite(block)}---\n${body}`;
			await started.app.vault.modify(fileAt(started.app, PATH), written);
			await settle(started.app);
			expect(started.plugin.live.index.note(PATH)?.kind).toBe("meeting");
			Notice.shown.length = 0;
			const modal = await importCalendar(started, MOVED);
			expect(started.app.vault.text(PATH)).toBe(written);
			expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 0; updated: 0; not written: 1 (listed in the import window).");
			expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toBe(
				`${PATH}: left as it is: its properties write a key in a form Rapport does not edit (an explicit \`? key\`, a tag or anchor before a key, a quoted key with an escape, keys indented as a whole), beside which setting date could write a key twice and make every property unreadable; set them by hand`,
			);
			expect(started.plugin.live.index.note(PATH)?.kind).toBe("meeting");
		});
	}
});
