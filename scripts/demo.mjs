// `npm run demo`: shows Rapport working on the demo vault in under a minute.
// The agenda of a fixed day in the demo's timeline, doctor, a brief, introductions, groups and stats;
// then the daily note it writes and an import preview, in a temporary copy.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DEMO_DATE = "2026-11-27";
const cli = new URL("../dist/rapport.cjs", import.meta.url).pathname;
const vault = new URL("../examples/vault", import.meta.url).pathname;

function run(args) {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
	if (r.status !== 0 && !(args[0] === "doctor" && r.status === 1)) {
		process.stderr.write(r.stderr);
		process.exit(r.status ?? 1);
	}
	return r.stdout;
}

const rule = (title) => process.stdout.write(`\n\x1b[1m── ${title} ${"─".repeat(Math.max(0, 70 - title.length))}\x1b[0m\n\n`);

rule(`rapport agenda --vault examples/vault --date ${DEMO_DATE}`);
process.stdout.write(run(["agenda", "--vault", vault, "--date", DEMO_DATE]));

rule(`rapport doctor --vault examples/vault --date ${DEMO_DATE}`);
process.stdout.write(run(["doctor", "--vault", vault, "--date", DEMO_DATE]));

rule(`rapport brief "Meetings/2026-11-30 Board prep.md" --date ${DEMO_DATE}`);
process.stdout.write(run(["brief", "Meetings/2026-11-30 Board prep.md", "--vault", vault, "--date", DEMO_DATE]));

rule(`rapport intros --vault examples/vault --date ${DEMO_DATE}`);
process.stdout.write(run(["intros", "--vault", vault, "--date", DEMO_DATE]).split("\n").slice(0, 6).join("\n") + "\n");

rule(`rapport groups "Meetings/2026-10-15 Milano Tech Summit.md" --size 4 --rounds 2`);
process.stdout.write(run(["groups", "Meetings/2026-10-15 Milano Tech Summit.md", "--vault", vault, "--size", "4", "--rounds", "2"]));

rule(`rapport stats --vault examples/vault --date ${DEMO_DATE}`);
process.stdout.write(run(["stats", "--vault", vault, "--date", DEMO_DATE]));

const copy = mkdtempSync(join(tmpdir(), "rapport-demo-"));
try {
	cpSync(vault, copy, { recursive: true });
	rule(`rapport daily --vault <copy> --date ${DEMO_DATE} --write`);
	process.stdout.write(run(["daily", "--vault", copy, "--date", DEMO_DATE, "--write"]));
	process.stdout.write(run(["daily", "--vault", copy, "--date", DEMO_DATE, "--write"]));
	rule(`The daily note it wrote: Daily/${DEMO_DATE}.md`);
	process.stdout.write(readFileSync(join(copy, "Daily", `${DEMO_DATE}.md`), "utf8"));
	const contacts = new URL("../tests/fixtures/contacts/Connections.csv", import.meta.url).pathname;
	rule("rapport import tests/fixtures/contacts/Connections.csv --vault <copy>  (a preview: nothing written)");
	process.stdout.write(run(["import", contacts, "--vault", copy]));
	// A calendar export (Google layout) into the same copy; the user's address set as in the plugin's settings.
	mkdirSync(join(copy, ".obsidian", "plugins", "rapport"), { recursive: true });
	writeFileSync(join(copy, ".obsidian", "plugins", "rapport", "data.json"), JSON.stringify({ myEmails: ["you@example.com"] }));
	const calendar = new URL("../examples/calendar.ics", import.meta.url).pathname;
	rule("rapport import examples/calendar.ics --from 2026-09-01 --vault <copy>  (a preview: nothing written)");
	process.stdout.write(run(["import", calendar, "--vault", copy, "--from", "2026-09-01"]));
} finally {
	rmSync(copy, { recursive: true, force: true });
}
process.stdout.write("\nThe demo vault is in examples/vault: open it in Obsidian, or try `node dist/rapport.cjs people --vault examples/vault`.\n");
