/**
 * `VaultIndex.addAll` alone, as the plugin's warm start runs it: every note of the generated vault is
 * parsed, then written and read back through the plugin's store codec (so notes share references and
 * strings as a warm start's do), then indexed `--runs N` times (5 by default), each into a new index
 * after a full collection. Prints the median main-thread CPU time of one build and a digest of what the
 * index holds (to check that a change to the build gives the same index).
 * Bundled and run by `node bench/add-all.mjs [--people N --meetings N] [--runs N]`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createParseContext, parseNote, type ParsedNote } from "../src/core/notes/note";
import { defaultSettings } from "../src/core/config/settings";
import { defaultVaultConfig } from "../src/core/config/vault-config";
import { VaultIndex } from "../src/core/index/vault-index";
import { personRows } from "../src/core/index/people";
import { readFrontmatter } from "../src/cli/safe-frontmatter";
import { listMarkdownFiles } from "../src/cli/vault-files";
import { NoteCodec } from "../src/core/notes/stored-note";

const root = process.argv[2] ?? "";
const runs = process.argv.includes("--runs") ? Number(process.argv[process.argv.indexOf("--runs") + 1]) : 5;
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** What the index holds, as one hash: people rows, counts, each person's interactions and follow-ups, each meeting's attendees. */
function digest(index: VaultIndex): string {
	const hash = createHash("sha256");
	const people = [...index.personPaths()].sort();
	hash.update(JSON.stringify(personRows(index, "2026-11-27")));
	hash.update(JSON.stringify(index.counts()));
	hash.update(JSON.stringify(index.problems()));
	for (const p of people) hash.update(JSON.stringify([p, index.interactions(p), index.followUpsOf(p).map((f) => [f.source, f.task.line, f.people])]));
	for (const n of index.allNotes()) if (n.kind === "meeting") hash.update(JSON.stringify([n.path, index.attendeesOf(n.path)]));
	return hash.digest("hex").slice(0, 16);
}

const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
const codec = new NoteCodec();
const people: ParsedNote[] = [];
const others: ParsedNote[] = [];
for (const p of listMarkdownFiles(root)) {
	const text = readFileSync(join(root, p), "utf8");
	const fm = readFrontmatter(p, text);
	const note = codec.decode(p, codec.encode(parseNote(p, text, fm.data, ctx, fm.problems)));
	if (note) (note.kind === "person" ? people : others).push(note);
}
codec.forgetSharedRefs();
const notes = people.concat(others);
const times: number[] = [];
let last: VaultIndex | null = null;
for (let i = 0; i < runs; i++) {
	last = null;
	gc();
	const c0 = cpuMs();
	const index = new VaultIndex();
	index.addAll(notes);
	times.push(cpuMs() - c0);
	last = index;
}
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ notes: notes.length, addAllCpuMs: times.map(Math.round), medianCpuMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), digest: last ? digest(last) : "", loadAverage: loadavg()[0] }) + "\n");
