// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { type App, Notice } from "../fakes/obsidian";
import { settle, startObsidian, until } from "./harness";

/**
 * Rapport checks a note's bytes are UTF-8, then writes it with `Vault.process`. A note another
 * program rewrites in between (a sync app bringing back an old Windows-1252 copy) must not be
 * written over with U+FFFD in place of its bytes: the write gives up, checks again and says why.
 */
const TODAY = today();
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const ANNA = "People/Anna Rossi.md";
const ANNA_TEXT = "---\ntype: person\n---\n# Anna\n";
const ANNA_OLD_COPY = latin1("---\ntype: person\n---\n# Anna\nCaff\xe8 da Lumen\n");
const REFUSED = `Rapport did not change ${ANNA}: it is not saved as UTF-8 (line 5 has a byte UTF-8 cannot read, as in a note saved as Windows-1252 or Latin-1), and writing it would replace those characters. Save it as UTF-8 and try again.`;

afterEach(() => {
	document.body.empty();
});

/** The next read of `path`'s bytes (Rapport's check) answers as they are; right after it, another program writes `bytes` over the file. */
function overwriteAfterNextCheck(app: App, path: string, bytes: Uint8Array): void {
	const vault = app.vault;
	const readBinary = vault.readBinary.bind(vault);
	vault.readBinary = async (file) => {
		const checked = await readBinary(file);
		vault.readBinary = readBinary;
		if (file.path === path) vault.overwriteBytes(path, bytes);
		return checked;
	};
}

describe("a note rewritten by another program between Rapport's UTF-8 check and its write", () => {
	it("Log interaction leaves a note that became Windows-1252 meanwhile as its bytes are, and says why", async () => {
		const { app, plugin } = await startObsidian({ [ANNA]: ANNA_TEXT });
		overwriteAfterNextCheck(app, ANNA, ANNA_OLD_COPY);
		expect(await plugin.edits.logInteraction(ANNA, TODAY, "coffee", "Anna")).toBe(false);
		expect(app.vault.binary(ANNA)).toEqual(ANNA_OLD_COPY);
		expect(Notice.shown.at(-1)).toBe(REFUSED);
	});

	it("Insert agenda leaves a daily note that became UTF-16 meanwhile as its bytes are", async () => {
		const daily = `Daily/${TODAY}.md`;
		const utf16 = Uint8Array.from([0xff, 0xfe, 0x23, 0x00, 0x0a, 0x00]);
		const { app } = await startObsidian({ [ANNA]: `${ANNA_TEXT}- [ ] Call Anna 📅 ${TODAY}\n`, [daily]: "# Today\n" });
		overwriteAfterNextCheck(app, daily, utf16);
		app.commands.executeCommandById("rapport:insert-agenda");
		await until(() => Notice.shown.length > 0);
		await settle(app);
		expect(app.vault.binary(daily)).toEqual(utf16);
		expect(Notice.shown.at(-1)).toBe(`Rapport did not change ${daily}: it is saved as UTF-16, and writing it would garble it. Save it as UTF-8 and try again.`);
	});

	it("Log interaction gives up, the note as the other program left it, when the note turns Windows-1252 again after each check (in Italian too)", async () => {
		for (const language of ["en", "it"]) {
			const { app, plugin } = await startObsidian({ [ANNA]: ANNA_TEXT }, { language });
			const vault = app.vault;
			const readBinary = vault.readBinary.bind(vault);
			let checks = 0;
			// Two programs taking turns: each check finds Anna's note UTF-8, and the old copy is back before the write.
			vault.readBinary = async (file) => {
				checks++;
				vault.overwriteBytes(ANNA, utf8(ANNA_TEXT));
				const checked = await readBinary(file);
				vault.overwriteBytes(ANNA, ANNA_OLD_COPY);
				return checked;
			};
			expect(await plugin.edits.logInteraction(ANNA, TODAY, "coffee", "Anna")).toBe(false);
			expect(checks).toBe(3);
			expect(vault.binary(ANNA)).toEqual(ANNA_OLD_COPY);
			expect(Notice.shown.at(-1)).toBe(
				language === "en"
					? `Rapport did not change ${ANNA}: another program was rewriting it at the same moment. Try again.`
					: `Rapport non ha modificato ${ANNA}: un altro programma la stava riscrivendo nello stesso momento. Riprova.`,
			);
		}
	});

	it("Log interaction writes into a note another program changed meanwhile and left UTF-8, keeping that change", async () => {
		const { app, plugin } = await startObsidian({ [ANNA]: ANNA_TEXT });
		overwriteAfterNextCheck(app, ANNA, utf8(`${ANNA_TEXT}Caffè da Lumen\n`));
		expect(await plugin.edits.logInteraction(ANNA, TODAY, "coffee", "Anna")).toBe(true);
		expect(app.vault.text(ANNA)).toBe(`${ANNA_TEXT}Caffè da Lumen\n- ${TODAY} coffee\n`);
	});

	it("Log interaction writes into a note saved as UTF-8 with a byte order mark, which keeps it", async () => {
		const { app, plugin } = await startObsidian({}, { bytes: { [ANNA]: utf8(`\uFEFF${ANNA_TEXT}`) } });
		expect(await plugin.edits.logInteraction(ANNA, TODAY, "coffee", "Anna")).toBe(true);
		expect(app.vault.binary(ANNA)).toEqual(utf8(`\uFEFF${ANNA_TEXT}- ${TODAY} coffee\n`));
	});
});
