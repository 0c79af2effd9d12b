// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { settle, startObsidian } from "./harness";

/**
 * Daily notes in folders by year and month (`YYYY/MM/DD`, a common setting): the day's note is
 * `Daily/2026/12/03.md`. obsidian-daily-notes-interface reads a note's day from its name alone with
 * the last part of the format (`DD`), so every `03.md` looked like the 3rd of this month.
 */
const TODAY = today();
const [Y, M, D] = TODAY.split("-").map(Number) as [number, number, number];
const pad = (n: number): string => String(n).padStart(2, "0");
/** The same day of the month before (the 3rd of November for the 3rd of December). */
const LAST_MONTH = M === 1 ? `${Y - 1}-12-${pad(D)}` : `${Y}-${pad(M - 1)}-${pad(D)}`;
const pathOf = (day: string): string => `Daily/${day.replaceAll("-", "/")}.md`;
const ANNA = `---\ntype: person\n---\n- [ ] Call Anna 📅 ${TODAY}\n`;
const OPTIONS = { dailyNotes: { folder: "Daily", format: "YYYY/MM/DD" } };

describe("daily notes in folders by year and month", () => {
	it("Insert agenda writes today's note, not last month's note of the same day number", async () => {
		const old = "# Last month\n\nWhat happened then.\n";
		const { app } = await startObsidian({ "People/Anna.md": ANNA, [pathOf(LAST_MONTH)]: old }, OPTIONS);
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		expect(app.vault.text(pathOf(LAST_MONTH))).toBe(old);
		expect(app.vault.text(pathOf(TODAY))).toContain("Call Anna");
	});

	it("Insert agenda for a day of another month finds that day's note", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna.md": ANNA, [pathOf(LAST_MONTH)]: "# Then\n" }, OPTIONS);
		expect(await plugin.insertAgenda(LAST_MONTH)).toBe(true);
		await settle(app);
		expect(app.vault.text(pathOf(LAST_MONTH))).toContain("<!-- rapport:start -->");
	});
});
