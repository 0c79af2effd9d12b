import { describe, expect, it } from "vitest";
import { buildVault, meeting, person, seededRandom } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/** Names that fold to one another (accents, strokes, apostrophes) and addresses two people may share. */
const NAMES = ["Niccolò", "Niccolo", "Anna Rossi", "Niccolò Ferri", "Luca D'Amico", "Luca D’Amico", "Łukasz", "Lukasz"];
const EMAILS = [undefined, "n@lumen.example", "info@lumen.example", "N@Lumen.example, luca@lumen.example"];
const ALIASES = [undefined, ["Nico"], ["niccolò"], ["Luca D’Amico"]];
const WRITTEN = ["Rossi Anna", "Ferri Niccolò <nf@lumen.example>", "Niccolò", "niccolo", "NICCOLÒ", "Nico", "Luca D’Amico", "luca d'amico", "Lukasz", "ŁUKASZ", "n@lumen.example", "Nico <N@lumen.example>", "[N](mailto:info@lumen.example)", "info@lumen.example", "Luca <luca@lumen.example>", "[[Niccolò]]", "[[Nico]]", "[[Anna Rossi]]"];
/** Notes that are no person, named as people or their aliases: a link to the name opens them when Obsidian picks them. */
const OTHERS = ["Places/Nico.md", "Places/Anna Rossi.md", "Meetings/Niccolò.md"];

describe("people whose names differ by an accent, a stroke or an apostrophe, or who share an address, edited in any order beside notes named like them", () => {
	for (let seed = 1; seed <= 25; seed++) {
		it(`leave every meeting crediting whom a fresh build credits (edit sequence ${seed})`, () => {
			const next = seededRandom(seed);
			const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
			const personText = (): string => {
				const fm: Record<string, unknown> = {};
				const email = pick(EMAILS);
				if (email) fm.email = email;
				const aliases = pick(ALIASES);
				if (aliases) fm.aliases = aliases;
				if (next() < 0.3) fm.name = pick(NAMES);
				return person(fm);
			};
			const files: Record<string, string> = {};
			for (let i = 0; i < 3; i++) files[`People/${pick(NAMES)}.md`] = personText();
			for (let i = 0; i < 3; i++) files[`Meetings/m${i}.md`] = meeting(`2026-11-2${i}`, [pick(WRITTEN), pick(WRITTEN)]);
			for (let i = 0; i < 2; i++) files[pick(OTHERS)] = "A note that is no person.\n";
			const v = buildVault(files);
			const steps: string[] = [];
			for (let step = 0; step < 8; step++) {
				const people = [...v.files.keys()].filter((p) => p.startsWith("People/"));
				const someone = people[Math.floor(next() * people.length)];
				const what = next();
				if (what < 0.4 || !someone) {
					const path = `People/${pick(NAMES)}.md`;
					steps.push(`write ${path}`);
					v.write(path, personText());
				} else if (what < 0.55) {
					steps.push(`remove ${someone}`);
					v.remove(someone);
				} else if (what < 0.65) {
					const other = pick(OTHERS);
					steps.push(`${v.files.has(other) ? "remove" : "write"} ${other}`);
					if (v.files.has(other)) v.remove(other);
					else v.write(other, "A note that is no person.\n");
				} else if (what < 0.8) {
					const to = `People/${pick(NAMES)}.md`;
					if (v.files.has(to)) continue;
					steps.push(`rename ${someone} → ${to}`);
					v.rename(someone, to);
				} else {
					const path = `Meetings/m${Math.floor(next() * 3)}.md`;
					steps.push(`rewrite ${path}`);
					v.write(path, meeting("2026-11-21", [pick(WRITTEN), pick(WRITTEN)]));
				}
				expect(seen(v), steps.join("; ")).toEqual(seen(fresh(v)));
			}
		});
	}
});
