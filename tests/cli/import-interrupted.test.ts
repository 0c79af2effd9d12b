import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/**
 * Ctrl-C during `import --write` of a large file: the writes went on to the last note before the
 * signal was seen (the loop never let the event loop turn). Now they stop between two notes: every
 * note written is whole, the report says how many were, and the command ends by SIGINT (a shell's 130).
 * The signal is sent by a watcher the moment the first note appears.
 */

const CONTACTS = 800;

function vcards(): string {
	let text = "";
	for (let i = 0; i < CONTACTS; i++) text += `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person Number${i} Test\r\nN:Test;Person Number${i};;;\r\nEMAIL:p${i}@example.com\r\nEND:VCARD\r\n`;
	return text;
}

const personText = (i: number): string => `---\ntype: person\nfirst_name: Person Number${i}\nlast_name: Test\nemail: p${i}@example.com\n---\n`;

/** A day `back` days before today, as YYYYMMDD and as YYYY-MM-DD (the command runs under TZ=UTC). */
function daysAgo(back: number): [string, string] {
	const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
	return [day.replace(/-/g, ""), day];
}

/** Calls over the last 40 days, each with Anna, organised by me. */
function calendar(): string {
	const events: string[] = [];
	for (let i = 0; i < CONTACTS; i++) {
		const [day] = daysAgo(1 + (i % 40));
		const time = `${String(8 + (Math.floor(i / 40) % 10)).padStart(2, "0")}${String(Math.floor(i / 400) * 10).padStart(2, "0")}00`;
		events.push(`BEGIN:VEVENT\r\nUID:event-${i}@example.com\r\nDTSTAMP:${day}T080000Z\r\nDTSTART:${day}T${time}Z\r\nSUMMARY:Call ${i}\r\nORGANIZER;CN=Me:mailto:me@example.com\r\nATTENDEE;CN=Anna Rossi:mailto:anna@example.com\r\nEND:VEVENT\r\n`);
	}
	return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n${events.join("")}END:VCALENDAR\r\n`;
}

interface Run {
	root: string;
	sent: boolean;
	code: number | null;
	signal: string | null;
	stdout: string;
	stderr: string;
}

/** Runs `rapport import FILE --write …`, and sends `signal` when the first note appears in `folder`. */
function importStopped(file: string, folder: string, extra: string[], vault: Record<string, string>, signal: "SIGINT" | "SIGTERM" = "SIGINT"): Promise<Run> {
	const root = makeVault(vault);
	mkdirSync(join(root, folder), { recursive: true });
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, "import", file, "--vault", root, "--write", "--no-cache", ...extra], { env: { ...process.env, LANG: "en_US.UTF-8", TZ: "UTC" } });
		let sent = false;
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
		child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
		const watcher = watch(join(root, folder), (_event, name) => {
			if (sent || !String(name).endsWith(".md")) return;
			sent = true;
			child.kill(signal);
		});
		child.on("close", (code, by) => {
			watcher.close();
			resolve({ root, sent, code, signal: by, stdout, stderr });
		});
	});
}

function writtenCount(stderr: string): number {
	const m = /stopped by SIG\w+ after writing (\d+) notes? of (\d+)/.exec(stderr);
	if (!m) throw new Error(`no stop line in: ${stderr}`);
	expect(Number(m[2])).toBe(CONTACTS);
	return Number(m[1]);
}

describe("a signal during import --write", () => {
	it("contacts: stops between two notes, each note written whole, says how many, ends by SIGINT; the same command writes the rest", async () => {
		const file = join(makeVault({}), "contacts.vcf");
		writeFileSync(file, vcards());
		const run = await importStopped(file, "People", [], {});
		expect(run.sent).toBe(true);
		expect([run.code, run.signal]).toEqual([null, "SIGINT"]);
		const written = writtenCount(run.stderr);
		const names = readdirSync(join(run.root, "People"));
		// Nothing left behind but whole notes: no temporary file.
		expect(names.every((n) => /^Person Number\d+ Test\.md$/.test(n))).toBe(true);
		expect(names).toHaveLength(written);
		expect(written).toBeGreaterThan(0);
		expect(written).toBeLessThan(CONTACTS);
		for (const name of names) {
			const i = Number(/\d+/.exec(name)?.[0]);
			expect(readFileSync(join(run.root, "People", name), "utf8")).toBe(personText(i));
		}
		// The report lists what was written, and only that.
		expect(run.stdout.match(/^ {2}People\/Person Number\d+ Test\.md/gm)).toHaveLength(written);
		const again = spawnSync(process.execPath, [CLI, "import", file, "--vault", run.root, "--write", "--no-cache"], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect([again.status, again.stderr]).toEqual([0, ""]);
		expect(readdirSync(join(run.root, "People"))).toHaveLength(CONTACTS);
	}, 60_000);

	it("a calendar: the same, with the meeting notes", async () => {
		const file = join(makeVault({}), "calendar.ics");
		writeFileSync(file, calendar());
		const vault = { "People/Anna Rossi.md": "---\ntype: person\nemail: anna@example.com\n---\n", ".obsidian/plugins/rapport/data.json": JSON.stringify({ myEmails: ["me@example.com"] }) };
		const run = await importStopped(file, "Meetings", ["--from", daysAgo(60)[1]], vault, "SIGTERM");
		expect(run.sent).toBe(true);
		expect([run.code, run.signal]).toEqual([null, "SIGTERM"]);
		const written = writtenCount(run.stderr);
		const names = readdirSync(join(run.root, "Meetings"));
		expect(names.every((n) => /^\d{4}-\d\d-\d\d Call \d+\.md$/.test(n))).toBe(true);
		expect(names).toHaveLength(written);
		expect(written).toBeLessThan(CONTACTS);
		for (const name of names) expect(readFileSync(join(run.root, "Meetings", name), "utf8")).toMatch(/^---\ntype: meeting\ndate: \d{4}-\d\d-\d\dT\d\d:\d\d\n[\s\S]*\n---\n/);
	}, 60_000);
});
