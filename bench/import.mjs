// Import benchmark: a LinkedIn Connections.csv of 10,000 connections into a vault that already holds
// 2,000 of them, through the built CLI (`rapport import --write`), then the same file again.
import { execFileSync } from "node:child_process";
import esbuild from "esbuild";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const cli = join(here, "..", "dist", "rapport.cjs");

export function importBench(count = 10000, existing = 2000) {
	const root = mkdtempSync(join(tmpdir(), "rapport-import-bench-"));
	mkdirSync(join(root, "People"));
	const first = ["Anna", "Marco", "Giulia", "Luca", "Sara", "Paolo", "Elena", "Davide", "Chiara", "Nicolò", "Zoë", "Priya", "Samuel", "Hiroshi", "Irene"];
	const last = ["Rossi", "Bianchi", "Conti", "Moretti", "Greco", "Esposito", "Marino", "Galli", "Costa", "Müller", "Tanaka", "Okafor", "Villa", "Serra", "Leone"];
	const rows = ["Notes:", '"Some notes LinkedIn writes before the header."', "", "First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
	for (let i = 0; i < count; i++) {
		const f = first[i % first.length];
		const l = `${last[(i * 7) % last.length]} ${i}`;
		const email = i % 3 === 0 ? `person${i}@example.com` : "";
		rows.push(`${f},${l},https://www.linkedin.com/in/person-${i},${email},"Company ${i % 500}, Inc.",Role ${i % 40},${1 + (i % 28)} Mar 2024`);
		if (i < existing) writeFileSync(join(root, "People", `${f} ${l}.md`), `---\ntype: person\n${email ? `email: ${email}\n` : ""}---\n`);
	}
	const csv = join(root, "Connections.csv");
	writeFileSync(csv, rows.join("\r\n") + "\r\n");
	// The same vault for the plugin path, before the CLI writes into it.
	const people = Object.fromEntries(readdirSync(join(root, "People")).map((f) => [`People/${f}`, readFileSync(join(root, "People", f), "utf8")]));
	const peopleJson = join(root, "people.json");
	writeFileSync(peopleJson, JSON.stringify(people));
	esbuild.buildSync({ entryPoints: [join(here, "plugin-import-bench.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: join(here, "..", "dist", "plugin-import-bench.cjs"), alias: { obsidian: join(here, "..", "tests", "fakes", "obsidian.ts") }, logLevel: "warning" });
	const plugin = JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=4096", join(here, "..", "dist", "plugin-import-bench.cjs"), csv, peopleJson], { encoding: "utf8", maxBuffer: 1 << 26 }));
	const time = (args) => {
		const t0 = performance.now();
		execFileSync(process.execPath, [cli, ...args], { stdio: "pipe", maxBuffer: 1 << 28 });
		return performance.now() - t0;
	};
	const previewMs = time(["import", csv, "--vault", root]);
	const writeMs = time(["import", csv, "--vault", root, "--write"]);
	const againMs = time(["import", csv, "--vault", root, "--write"]);
	const notes = readdirSync(join(root, "People")).length;
	return { count, existing, previewMs, writeMs, againMs, notes, plugin };
}

export function printImport(r) {
	process.stdout.write(`\nImport (${r.count} LinkedIn connections, ${r.existing} already in the vault, through the CLI):\n\n`);
	for (const [name, value, verdict] of [
		["Preview", `${(r.previewMs / 1000).toFixed(1)} s`, ""],
		["Import with --write", `${(r.writeMs / 1000).toFixed(1)} s (${r.notes} person notes after)`, r.writeMs < 10000 ? "ok (seconds)" : "SLOW"],
		["Same file again", `${(r.againMs / 1000).toFixed(1)} s`, r.notes === r.count ? "ok (no duplicates)" : "DUPLICATES"],
		["Plugin (fake Obsidian): preview", `${(r.plugin.previewMs / 1000).toFixed(1)} s`, ""],
		["Plugin: import with progress", `${(r.plugin.importMs / 1000).toFixed(1)} s (${r.plugin.people} people after)`, r.plugin.importMs < 10000 ? "ok (seconds)" : "SLOW"],
		["Plugin: same file again, preview", `${(r.plugin.againMs / 1000).toFixed(1)} s (${r.plugin.creates} to create)`, r.plugin.creates === 0 ? "ok (no duplicates)" : "DUPLICATES"],
	]) process.stdout.write(`${name.padEnd(44)} ${value.padEnd(32)} ${verdict}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) printImport(importBench());
