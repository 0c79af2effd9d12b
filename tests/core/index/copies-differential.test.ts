// Attack 14: the index edited note by note, with copies beside the notes they copy, against a fresh build.
import { describe, expect, it } from "vitest";
import { buildVault, md, seededRandom } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

const C = " (Marco's conflicted copy 2026-11-30)";
const PATHS = [
	"People/Anna Rossi.md", "People/Anna Rossi 2.md", `People/Anna Rossi${C}.md`, `People/Anna Rossi 2${C}.md`, "People/Anna Rossi (1).md",
	"Other/Anna Rossi.md", `Other/Anna Rossi${C}.md`, "People/Friends/Anna Rossi.md", "People/Ben Cho.md",
	"Meetings/Sync.md", "Meetings/Sync 2.md", "Meetings/Sync.sync-conflict-20261130-101500-ABCDEFG.md", `Meetings/Sync 2${C}.md`,
	"2026-11-20.md", `2026-11-20${C}.md`,
	// Round 15: OneDrive's copies named after a device, a renamed note and the copies left of its old name.
	"People/Anna Rossi-DESKTOP-1A2B3C4.md", "People/Anna Rossi-JacksDesktop.md", "People/Anna Rossi-marco-laptop-safeBackup-0001.md",
	"People/Anna Rossi-Bianchi.md", "People/Anna Rossi (conflict 2026-11-30 101500).md", "Meetings/Sync-DESKTOP-1A2B3C4.md", "Meetings/Sync-MARCO-PC.md",
	// and a second Anna, for the first-name handle `@anna` of the meetings.
	"People/Anna Bianchi.md",
];
const TASKS = ["- [ ] Call Anna 📅 2026-11-25", "- [x] Call Anna 📅 2026-11-25", "- [ ] Call Anna 📅 2026-12-05", "- [ ] Send [[Anna Rossi]] the deck", "- [-] Send [[Anna Rossi]] the deck", "- [ ] Book the room", "- [ ] Ask @Ben about it", "- [ ] Weekly report 🔁 every week 📅 2026-11-27"];

describe("copies beside the notes they copy, edited", () => {
	it("after any mix of people, meetings, daily notes and their copies written, removed and renamed, shows what a fresh build shows", () => {
		for (let seed = 1; seed <= 200; seed++) {
			const next = seededRandom(seed);
			const pick = <T,>(l: readonly T[]): T => l[Math.floor(next() * l.length)] as T;
			const tasks = (): string[] => Array.from({ length: Math.floor(next() * 3) }, () => pick(TASKS));
			const text = (path: string): string => {
				const roll = next();
				if (path.startsWith("Meetings/") && roll < 0.7) return md({ type: "meeting", date: pick(["2026-11-20", "2026-11-21"]), attendees: pick([["[[Anna Rossi]]", "[[Ben Cho]]"], ["[[Ben Cho]]"], ["@anna", "@ben"]]) }, ...tasks());
				if (roll < 0.6) return md({ type: "person", email: pick(["anna@lumen.it", "anna@acme.it"]) }, next() < 0.3 ? "- 2026-11-02 coffee" : "", ...tasks());
				if (roll < 0.8) return md({ type: "company" }, ...tasks());
				return md(null, "Lunch with [[Anna Rossi]].", ...tasks());
			};
			const files: Record<string, string> = {};
			for (const p of PATHS) if (next() < 0.5) files[p] = text(p);
			const v = buildVault(files);
			const steps: string[] = [];
			for (let step = 0; step < 20; step++) {
				const roll = next();
				const p = pick(PATHS);
				if (roll < 0.6) {
					v.write(p, text(p));
					steps.push(`write ${p}`);
				} else if (roll < 0.8) {
					if (v.files.has(p)) {
						v.remove(p);
						steps.push(`rm ${p}`);
					}
				} else {
					const to = pick(PATHS);
					if (v.files.has(p) && !v.files.has(to)) {
						v.rename(p, to);
						steps.push(`mv ${p} ${to}`);
					}
				}
			}
			const f = fresh(v);
			const tasksOf = (t: typeof v) => [...t.index.followUps()].map((x) => JSON.stringify([x.source, x.text, x.due, [...x.people].sort()])).sort();
			expect(seen(v), `seed ${seed}: ${steps.join(", ")}`).toEqual(seen(f));
			expect(tasksOf(v), `seed ${seed}: ${steps.join(", ")}`).toEqual(tasksOf(f));
		}
	}, 120_000);
});
