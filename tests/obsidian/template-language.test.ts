// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { click, settle, startObsidian } from "./harness";

const FILES: Record<string, string> = {
	"Templates/Person.md": "---\ntype: person\n---\nFirst met on {{date:dddd D MMMM}}\n",
};

/** Today's weekday and month as Intl names them in `locale` (the test's own reckoning, not Rapport's). */
function todayIn(locale: string): string {
	const at = new Date(`${today()}T12:00:00Z`);
	const part = (options: Intl.DateTimeFormatOptions): string => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(at);
	return `${part({ weekday: "long" })} ${at.getUTCDate()} ${part({ month: "long" })}`;
}

async function newPersonFromTemplate(language: string, create: string): Promise<string> {
	const started = await startObsidian(FILES, { language, data: { personTemplate: "Templates/Person" } });
	started.app.commands.executeCommandById("rapport:new-person");
	const modal = started.app.modals.at(-1);
	if (!modal) throw new Error("no modal open");
	const input = modal.contentEl.querySelector("input");
	if (!input) throw new Error("no input");
	input.value = "Giulia Conti";
	input.dispatchEvent(new window.Event("input"));
	click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === create));
	await settle(started.app);
	return started.app.vault.text("People/Giulia Conti.md") ?? "";
}

describe("a new person's template in the user's language", () => {
	it("names today's weekday and month in Italian when Obsidian speaks Italian", async () => {
		const text = await newPersonFromTemplate("it", "Crea");
		expect(text).toContain(`First met on ${todayIn("it")}\n`);
	});

	it("names them in English when Obsidian speaks English", async () => {
		const text = await newPersonFromTemplate("en", "Create");
		expect(text).toContain(`First met on ${todayIn("en")}\n`);
	});
});
