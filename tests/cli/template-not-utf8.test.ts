import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/** "# Caffè con {{title}}" saved as Windows-1252: the è is one byte, 0xE8, which UTF-8 cannot read. */
const CP1252_TEMPLATE = Buffer.concat([Buffer.from("# Caff"), Buffer.from([0xe8]), Buffer.from(" con {{title}}\n")]).toString("latin1");

/** A vault with Anna and a Templates folder (the template's bytes are written apart: makeVault writes UTF-8). */
function vaultWithTemplate(extra: Record<string, string>): string {
	const vault = makeVault({ "People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n", ...extra });
	mkdirSync(join(vault, "Templates"), { recursive: true });
	return vault;
}

describe("a template not saved as UTF-8", () => {
	// Failed on main: the daily note was created with "Caff�": the template's è replaced for good in the new note.
	it("makes no daily note: `rapport daily --write` says why on stderr, names the template and its line, and exits 2", async () => {
		const vault = vaultWithTemplate({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" }) });
		writeFileSync(join(vault, "Templates", "Daily.md"), Buffer.from(CP1252_TEMPLATE, "latin1"));
		const run = await rapportInProcess("daily", "--vault", vault, "--date", "2026-12-02", "--write", "--no-cache");
		expect(run.status).toBe(2);
		expect(run.stderr).toBe("rapport: the template Templates/Daily.md is not saved as UTF-8 (line 1 has a byte UTF-8 cannot read): every note made from it would get � in place of those characters, so none was made. Save it as UTF-8 and try again\n");
		expect(existsSync(join(vault, "Daily"))).toBe(false);
	});

	it("says so in Italian too", async () => {
		const vault = vaultWithTemplate({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Diario", format: "YYYY-MM-DD", template: "Modelli/Giorno" }) });
		mkdirSync(join(vault, "Modelli"));
		writeFileSync(join(vault, "Modelli", "Giorno.md"), Buffer.from(CP1252_TEMPLATE, "latin1"));
		const run = await rapportInProcess("daily", "--vault", vault, "--date", "2026-12-02", "--write", "--no-cache", "--lang", "it");
		expect(run.status).toBe(2);
		expect(run.stderr).toContain("il modello Modelli/Giorno.md non è salvato in UTF-8 (la riga 1");
		expect(existsSync(join(vault, "Diario"))).toBe(false);
	});

	// Failed on main: each meeting note was made from the template with "Caff�" in it.
	it("makes no meeting note from a calendar import", async () => {
		const vault = vaultWithTemplate({ ".obsidian/plugins/rapport/data.json": JSON.stringify({ meetingTemplate: "Templates/Meeting", myEmails: ["giulia.bianchi@example.com"] }) });
		writeFileSync(join(vault, "Templates", "Meeting.md"), Buffer.from(CP1252_TEMPLATE, "latin1"));
		const ics = join(__dirname, "..", "fixtures", "calendar", "google.ics");
		const run = await rapportInProcess("import", ics, "--vault", vault, "--from", "2026-08-01", "--write", "--no-cache");
		expect(run.status).toBe(2);
		expect(run.stderr).toContain("the template Templates/Meeting.md is not saved as UTF-8 (line 1");
		expect(existsSync(join(vault, "Meetings")) ? readdirSync(join(vault, "Meetings")) : []).toEqual([]);
	});
});
