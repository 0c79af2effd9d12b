// Review 7: the index after a bulk build whose references wait to be filed, then random edits, against a fresh build.
import { describe, expect, it } from "vitest";
import { buildVault, md, person, seededRandom } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

const PEOPLE = ["People/Anna Rossi.md", "People/Bruno.md", "People/Carla.md", "People/Anna.md", "Other/Bruno.md"];
const NAMES = ["[[Anna Rossi]]", "[[Anna]]", "Anna", "[[Bruno]]", "Bruno", "[[Carla]]", "Carla Neri", "[[Dario]]", "Annie"];
describe("an index built in bulk, then edited", () => {
	it("after a bulk build, any mix of people arriving, renamed, removed, meetings edited and the background filing in steps, shows what a fresh build shows (follow-ups compared as sets)", () => {
		for (let seed = 1; seed <= 60; seed++) {
			const next = seededRandom(seed);
			const pick = <T,>(l: readonly T[]): T => l[Math.floor(next() * l.length)] as T;
			const personText = (): string => person(next() < 0.4 ? { aliases: [pick(["Annie", "Carla Neri", "Bruno"])] } : {}, next() < 0.3 ? `- [ ] call ${pick(NAMES)}` : "");
			const meetingText = (): string => {
				const who = Array.from({ length: Math.floor(next() * 3) }, () => pick(NAMES));
				const body = [next() < 0.4 ? `Talked with ${pick(NAMES)}` : "", next() < 0.3 ? `- [ ] send deck to ${pick(NAMES)}` : "", next() < 0.2 ? `- 2026-11-2${Math.floor(next() * 9)} gave a book to ${pick(NAMES)} #gave` : ""];
				return next() < 0.5 ? md({ type: "meeting", date: `2026-11-${10 + Math.floor(next() * 20)}`, attendees: who }, ...body) : md({ type: "meeting", date: `2026-11-${10 + Math.floor(next() * 20)}` }, "## Attendees", ...who.map((w) => `- ${w}`), ...body);
			};
			const files: Record<string, string> = {};
			for (const p of PEOPLE) if (next() < 0.6) files[p] = personText();
			for (let i = 0; i < 6; i++) files[`Meetings/m${i}.md`] = meetingText();
			const v = buildVault(files);
			const steps: string[] = [];
			for (let step = 0; step < 25; step++) {
				const roll = next();
				if (roll < 0.15) {
					v.index.fileWaitingReferences(Math.floor(next() * 3));
					steps.push("some");
				} else if (roll < 0.35) {
					const p = pick(PEOPLE);
					v.write(p, personText());
					steps.push(`person ${p}`);
				} else if (roll < 0.5) {
					const p = pick(PEOPLE);
					if (v.files.has(p)) {
						v.remove(p);
						steps.push(`rm ${p}`);
					}
				} else if (roll < 0.65) {
					const from = pick([...v.files.keys()]);
					const to = from.startsWith("Meetings/") ? `Meetings/m${Math.floor(next() * 9)}.md` : pick(PEOPLE);
					if (!v.files.has(to)) {
						v.rename(from, to);
						steps.push(`mv ${from} ${to}`);
					}
				} else if (roll < 0.9) {
					const p = `Meetings/m${Math.floor(next() * 9)}.md`;
					v.write(p, meetingText());
					steps.push(`meeting ${p}`);
				} else {
					const p = `Meetings/m${Math.floor(next() * 9)}.md`;
					if (v.files.has(p)) {
						v.remove(p);
						steps.push(`rm ${p}`);
					}
				}
			}
			const f = fresh(v);
			const more = (t: typeof v) => [...t.files.keys()].sort().map((p) => [p, t.index.interactions(p), t.index.followUpsOf(p).map((x) => JSON.stringify([x.text, x.source, [...x.people].sort()])).sort(), t.index.followUpsIn(p).map((x) => x.text)]);
			expect(seen(v), `seed ${seed}: ${steps.join(", ")}`).toEqual(seen(f));
			expect(more(v), `seed ${seed}: ${steps.join(", ")}`).toEqual(more(f));
		}
	});
});
