import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/** A small seeded generator: the same edits on every run. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/** Same-named people told apart by a parenthesis, an organisation (plain, a link with folder or alias, a list, empty, accented) or an alias. */
const NAMES = ["Anna Rossi", "Anna Rossi (Vertex)", "Anna Rossi (Lumen)", "Ánna Rossi", "Anna", "Anna Rossi (Lumen) (Milano)"];
const FOLDERS = ["People", "Clients", "People/Old"];
const ORGS = [undefined, "Lumen", "[[Lumen]]", "[[Organisations/Lumen|L]]", "Vertex", "lùmen", "", ["Lumen", "Vertex"]];
const ALIASES = [undefined, ["Anna"], ["Anna (Lumen)"], ["Anna Rossi (Orbit)"], ["AR"]];
/**
 * How meetings name her: with a parenthesis (two, none, no space, accents and case changed), as a link
 * (with `.md`, a folder, an alias, a heading, a relative path, decomposed accents), by alias, as a mention.
 * Meetings kept resolved (`attendeesOf`) must be read again when any of these starts or stops naming someone.
 */
const WRITTEN = ["[[Anna Rossi.md]]", "[[People/Anna Rossi.md|A]]", "[[anna rossi]]", "[[Anna Rossi#Notes]]", "[[Clients/Anna Rossi]]", "[[../People/Anna Rossi]]", "@Anna Rossi", "Anna\u200b Rossi", "[[A\u0301nna Rossi]]", "[[Anna Rossi (Lumen).md]]", "Anna Rossi (Lumen)", "Anna Rossi", "[[Anna Rossi]]", "anna rossi (vertex)", "Anna (Lumen)", "Anna Rossi (Orbit)", "[[Anna Rossi (Vertex)]]", "Anna Rossi (Lumen) (Milano)", "Anna Rossi(Lumen)", "ANNA ROSSI (LÙMEN)", "[[AR]]", "AR"];

describe("people told apart by a parenthesis or an organisation, arriving, leaving, renamed and changing jobs in any order", () => {
	for (let seed = 1; seed <= 40; seed++) {
		it(`leave every meeting crediting whom a fresh build credits (edit sequence ${seed})`, () => {
			const next = random(seed);
			const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
			/** Each person's properties as last written, so that a job change changes only `org`. */
			const props = new Map<string, Record<string, unknown>>();
			const personText = (path: string): string => {
				const fm: Record<string, unknown> = { cadence: "monthly" };
				const org = pick(ORGS);
				if (org !== undefined) fm.org = org;
				const aliases = pick(ALIASES);
				if (aliases) fm.aliases = aliases;
				if (next() < 0.2) fm.name = pick(NAMES);
				props.set(path, fm);
				return person(fm);
			};
			const jobChange = (path: string): string => {
				const fm: Record<string, unknown> = { ...(props.get(path) ?? {}), org: pick(ORGS) };
				if (fm.org === undefined) delete fm.org;
				props.set(path, fm);
				return person(fm);
			};
			const meetingText = (): string => md({ type: "meeting", date: `2026-11-2${Math.floor(next() * 3)}`, attendees: [pick(WRITTEN), pick(WRITTEN)] }, "# Coffee", "", `- [ ] Send the slides 📅 2026-11-25 ${pick(WRITTEN)}`);
			const files: Record<string, string> = {};
			for (let i = 0; i < 3; i++) {
				const path = `${pick(FOLDERS)}/${pick(NAMES)}.md`;
				files[path] = personText(path);
			}
			// Meetings in the people's folders too: a link to a shared name resolves to the one in the same folder.
			const meetingPath = (i: number): string => `${["Meetings", "Clients", "People"][i % 3] ?? "Meetings"}/m${i}.md`;
			for (let i = 0; i < 4; i++) files[meetingPath(i)] = meetingText();
			const v = buildVault(files);
			const steps: string[] = [];
			for (let step = 0; step < 10; step++) {
				const people = [...v.files.keys()].filter((p) => !/\/m\d\.md$/.test(p));
				const what = next();
				const someone = people[Math.floor(next() * people.length)];
				if (what < 0.25 || !someone) {
					const path = `${pick(FOLDERS)}/${pick(NAMES)}.md`;
					steps.push(`write ${path}`);
					v.write(path, personText(path));
				} else if (what < 0.4) {
					steps.push(`job change ${someone}`);
					v.write(someone, jobChange(someone));
				} else if (what < 0.5) {
					steps.push(`remove ${someone}`);
					v.remove(someone);
				} else if (what < 0.7) {
					const to = `${pick(FOLDERS)}/${pick(NAMES)}.md`;
					if (v.files.has(to)) continue;
					steps.push(`rename ${someone} → ${to}`);
					v.rename(someone, to);
					props.set(to, props.get(someone) ?? {});
				} else {
					const path = meetingPath(Math.floor(next() * 5));
					steps.push(`write ${path}`);
					v.write(path, meetingText());
				}
				expect(seen(v), steps.join("\n")).toEqual(seen(fresh(v)));
			}
		});
	}
});
