import { mkdtempSync, renameSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../src/core/agenda/agenda";
import { meetingBrief } from "../../src/core/relationships/brief";
import { buildLedger } from "../../src/core/relationships/reciprocity";
import { graphCommand } from "../../src/cli/graph-command";
import { translator } from "../../src/i18n";
import { loadVault, type LoadOptions } from "../../src/cli/load-vault";
import { CLI, HOUR_AGO, makeVault, STAMP_WORKER, writeOld as write } from "./run-cli";

/**
 * A warm run on a large vault builds its index from the cache while a thread lists and stamps the
 * vault, then takes out what changed and adds what it read again. Whatever changed between two
 * runs, the index must be the one a run without any cache builds.
 */


const person = (cadence: string, aliases: string[] = []): string => `---\ntype: person\ncadence: ${cadence}\naliases: [${aliases.join(", ")}]\n---\n- [ ] Call back 📅 2026-11-30\n`;
const meeting = (day: string, attendees: string[]): string => `---\ntype: meeting\ndate: ${day}\nattendees: [${attendees.map((a) => JSON.stringify(a)).join(", ")}]\n---\n- [ ] Send the notes 📅 2026-11-28\n`;

const NAMES = ["Anna Rossi", "Marco Bianchi", "Sara Conti", "Luca Greco"];
const DAYS = ["2026-10-01", "2026-11-02", "2026-11-20", "2026-12-04"];

type Step =
	| { kind: "cadence"; who: number; cadence: string }
	| { kind: "alias"; who: number; alias: string }
	| { kind: "rename"; who: number; to: string }
	| { kind: "remove person"; who: number }
	| { kind: "add person"; name: string; folder: string }
	| { kind: "meeting"; n: number; day: number; attendees: string[] }
	| { kind: "remove meeting"; n: number };

const attendee = fc.oneof(fc.constantFrom(...NAMES).map((n) => `[[${n}]]`), fc.constantFrom(...NAMES), fc.constantFrom("Annie", "Marco B", "[[Sara]]", "Nobody"));
const step: fc.Arbitrary<Step> = fc.oneof(
	fc.record({ kind: fc.constant("cadence" as const), who: fc.nat(3), cadence: fc.constantFrom("1w", "2w", "4w", "3m") }),
	fc.record({ kind: fc.constant("alias" as const), who: fc.nat(3), alias: fc.constantFrom("Annie", "Marco B", "Sara") }),
	fc.record({ kind: fc.constant("rename" as const), who: fc.nat(3), to: fc.constantFrom("Annie", "Marco B", "Sara") }),
	fc.record({ kind: fc.constant("remove person" as const), who: fc.nat(3) }),
	fc.record({ kind: fc.constant("add person" as const), name: fc.constantFrom(...NAMES, "Sara"), folder: fc.constantFrom("People", "Clients") }),
	fc.record({ kind: fc.constant("meeting" as const), n: fc.nat(5), day: fc.nat(3), attendees: fc.array(attendee, { minLength: 1, maxLength: 3 }) }),
	fc.record({ kind: fc.constant("remove meeting" as const), n: fc.nat(5) }),
);

/** Carries out a step on the vault, when it can (a person to rename or remove must still be there). */
function apply(root: string, people: string[], s: Step): void {
	const at = (who: number): string | undefined => people[who % Math.max(1, people.length)];
	switch (s.kind) {
		case "cadence":
		case "alias": {
			const path = at(s.who);
			if (path) write(root, path, s.kind === "cadence" ? person(s.cadence) : person("2w", [s.alias]));
			return;
		}
		case "rename": {
			const path = at(s.who);
			const to = `People/${s.to}.md`;
			if (!path || people.includes(to)) return;
			renameSync(join(root, path), join(root, to));
			people.splice(people.indexOf(path), 1, to);
			return;
		}
		case "remove person": {
			const path = at(s.who);
			if (!path) return;
			rmSync(join(root, path));
			people.splice(people.indexOf(path), 1);
			return;
		}
		case "add person": {
			const path = `${s.folder}/${s.name}.md`;
			write(root, path, person("1w"));
			if (!people.includes(path)) people.push(path);
			return;
		}
		case "meeting":
			write(root, `Meetings/M${s.n}.md`, meeting(DAYS[s.day] ?? "2026-11-02", s.attendees));
			return;
		case "remove meeting":
			rmSync(join(root, `Meetings/M${s.n}.md`), { force: true });
			return;
	}
}

type Loaded = Awaited<ReturnType<typeof loadVault>>;
const t = translator("en");

/** What a user can see of an index: every note, the people's contacts, due dates and follow-ups, problems, and the agenda. */
function seen(vault: Loaded): unknown {
	const { index } = vault;
	const people = [...index.personPaths()].sort();
	return {
		notes: [...index.allNotes()].sort((a, b) => (a.path < b.path ? -1 : 1)),
		people: people.map((p) => [p, index.lastInteraction(p)?.day ?? null, index.nextContactDue(p), index.interactions(p).map((i) => JSON.stringify(i)).sort(), index.followUpsOf(p).map((f) => JSON.stringify([f.source, f.line, f.text, f.people])).sort()]),
		counts: index.counts(),
		problems: index.problems(),
		agenda: buildAgenda(index, "2026-11-27", { upcomingDays: 7, birthdayDays: 14 }).items,
		// In the order a user reads them (review 6): the graph's nodes, edges and communities, and each meeting's brief.
		graph: graphCommand(vault, "2026-11-27", true, undefined, t).stdout,
		briefs: [...index.allNotes()].filter((n) => n.kind === "meeting").map((n) => n.path).sort().map((path) => meetingBrief(index, path, "2026-11-27", { me: null, health: vault.settings.health, ledger: buildLedger(index) })),
	};
}

function startVault(): { root: string; people: string[] } {
	const files: Record<string, string> = {};
	for (const name of NAMES) files[`People/${name}.md`] = person("2w");
	files["Meetings/M0.md"] = meeting("2026-11-02", ["[[Anna Rossi]]", "Marco Bianchi"]);
	files["Meetings/M1.md"] = meeting("2026-11-20", ["[[Sara Conti]]", "Annie"]);
	const root = makeVault(files);
	for (const path of Object.keys(files)) utimesSync(join(root, path), HOUR_AGO, HOUR_AGO);
	return { root, people: NAMES.map((n) => `People/${n}.md`) };
}

describe("a warm run that builds its index from the cache while a thread lists the vault", () => {
	const threaded = (cacheRoot: string): LoadOptions => ({ cacheRoot, parallelism: { workers: 1, workerFile: CLI, stampFile: STAMP_WORKER }, parallelFrom: 1 });

	it("builds the index a run without cache builds, whatever changed between runs", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), async (runs) => {
				const { root, people } = startVault();
				const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-warm-index-"));
				await loadVault(root, threaded(cacheRoot));
				for (const changes of runs) {
					for (const s of changes) apply(root, people, s);
					const warm = await loadVault(root, threaded(cacheRoot));
					expect(warm.workerFailures).toEqual([]);
					expect(warm.stats.fromCache).toBeGreaterThan(0);
					expect(seen(warm)).toEqual(seen(await loadVault(root, { cacheRoot: null })));
				}
			}),
			{ numRuns: 5 },
		);
	});

	it("builds anew, with the same result, when a sync tool touched most notes", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 40; i++) files[`People/P${i}.md`] = person("2w", [`Alias ${i}`]);
		for (let i = 0; i < 300; i++) files[`Meetings/M${i}.md`] = meeting(DAYS[i % 4] ?? "2026-11-02", [`[[P${i % 40}]]`, `Alias ${(i * 7) % 40}`]);
		const root = makeVault(files);
		for (const path of Object.keys(files)) utimesSync(join(root, path), HOUR_AGO, HOUR_AGO);
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-warm-index-"));
		await loadVault(root, threaded(cacheRoot));
		// Every meeting touched, one person renamed and one removed: most of the cache is stale.
		for (let i = 0; i < 300; i++) utimesSync(join(root, `Meetings/M${i}.md`), HOUR_AGO + 5, HOUR_AGO + 5);
		renameSync(join(root, "People/P1.md"), join(root, "People/P1 bis.md"));
		rmSync(join(root, "People/P2.md"));
		const warm = await loadVault(root, threaded(cacheRoot));
		expect(warm.stats).toEqual({ notes: 339, fromCache: 38, parsed: 301 });
		expect(seen(warm)).toEqual(seen(await loadVault(root, { cacheRoot: null })));
	});

	it("takes a deleted person out, and credits a renamed one's meetings to nobody until the links follow", async () => {
		const { root } = startVault();
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-warm-index-"));
		await loadVault(root, threaded(cacheRoot));
		rmSync(join(root, "People/Marco Bianchi.md"));
		renameSync(join(root, "People/Anna Rossi.md"), join(root, "People/Anna R.md"));
		const warm = await loadVault(root, threaded(cacheRoot));
		expect(warm.stats).toEqual({ notes: 5, fromCache: 4, parsed: 1 });
		expect([...warm.index.personPaths()].sort()).toEqual(["People/Anna R.md", "People/Luca Greco.md", "People/Sara Conti.md"]);
		expect(warm.index.lastInteraction("People/Anna R.md")).toBeNull();
		expect(warm.index.lastInteraction("People/Sara Conti.md")?.day).toBe("2026-11-20");
		expect(warm.index.note("People/Marco Bianchi.md")).toBeUndefined();
	});
});
