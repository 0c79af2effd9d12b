// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { makeVault, rapportInProcess } from "../cli/run-cli";
import { startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

const FILES = {
	"People/Anna Rossi.md": `---\ntype: person\ncadence: monthly\ncircle: work\n---\n# Anna\n- [ ] Send Anna the recording 📅 ${day(-3)}\n`,
	"People/Marco Bianchi.md": "---\ntype: person\ncircle: friends\n---\n# Marco\n",
	"Meetings/Kickoff.md": `---\ntype: meeting\ndate: ${day(0)}\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]", "[[Nobody Known]]"]\n---\n- [ ] Send [[Marco Bianchi]] the deck 📅 ${day(2)}\n`,
	[`Daily/${day(-5)}.md`]: "Quick call with [[Marco Bianchi]].\n",
};

describe("Obsidian's command line (1.12.2+)", () => {
	it("registers rapport, rapport:people, rapport:doctor and rapport:brief with their flags", async () => {
		const { app } = await startObsidian(FILES, { cli: true });
		const cli = app.cli;
		expect([...(cli?.handlers.keys() ?? [])]).toEqual(["rapport", "rapport:people", "rapport:doctor", "rapport:brief"]);
		expect(cli?.handlers.get("rapport:brief")?.flags?.file).toMatchObject({ required: true, value: "<name>" });
		expect(cli?.handlers.get("rapport")?.description).toBe("Today's agenda from Rapport, as Markdown");
	});

	it("answers from the live index with exactly what the rapport command prints for the same vault", async () => {
		const { app } = await startObsidian(FILES, { cli: true });
		const cli = app.cli;
		if (!cli) throw new Error("no CLI");
		// The command line's answers in-process (runCommandLine, the code the built command runs).
		// The same Daily notes settings as the running app (Daily/YYYY-MM-DD), so both count the same daily-note contact.
		const vault = makeVault({ ...FILES, ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD" }) });
		expect(await cli.run("rapport")).toBe((await rapportInProcess("agenda", "--vault", vault)).stdout);
		expect(await cli.run("rapport", `date=${day(2)}`, "circle=friends")).toBe((await rapportInProcess("agenda", "--vault", vault, "--date", day(2), "--circle", "friends")).stdout);
		expect(await cli.run("rapport:people")).toBe((await rapportInProcess("people", "--vault", vault)).stdout);
		expect(await cli.run("rapport:doctor")).toBe((await rapportInProcess("doctor", "--vault", vault)).stdout);
		expect(await cli.run("rapport:doctor")).toContain("Nobody Known");
		expect(await cli.run("rapport:brief", "file=Kickoff")).toBe((await rapportInProcess("brief", "--vault", vault, "Meetings/Kickoff.md")).stdout);
		expect(await cli.run("rapport:brief", "file=Kickoff")).toContain("Anna Rossi");
	});

	it("follows the vault as it changes, and says clearly when a note is missing or not a meeting", async () => {
		const { app } = await startObsidian(FILES, { cli: true });
		const cli = app.cli;
		if (!cli) throw new Error("no CLI");
		await app.vault.create("People/Zoë.md", `---\ntype: person\n---\n- [ ] Call Zoë 📅 ${day(-1)}\n`);
		await app.metadataCache.settled();
		await new Promise((r) => setTimeout(r, 10));
		expect(await cli.run("rapport")).toContain("Call Zoë");
		expect(await cli.run("rapport:brief", "file=Nothing here")).toBe("No note named Nothing here\n");
		expect(await cli.run("rapport:brief", "file=Anna Rossi")).toBe("This note is not a meeting or an event.\n");
		await expect(cli.run("rapport:brief")).rejects.toThrow("Missing required flag: file");
	});

	it("is left out, and the plugin still loads, in an Obsidian without a command line", async () => {
		const { app, plugin } = await startObsidian(FILES);
		expect(app.cli).toBeNull();
		expect(plugin.live.getStatus().ready).toBe(true);
	});
});
