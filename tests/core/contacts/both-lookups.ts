/*
 * The differential test's lookups: the people lookup and the frozen reference (people-lookup-reference.ts)
 * asked the same finds, and a seeded source of random choices to draw the imports they are asked of.
 */
import { seededRandom } from "../../builders";
import type { Contact } from "../../../src/core/contacts/contact";
import type { Known, Match } from "../../../src/core/contacts/match";
import { PeopleLookup } from "../../../src/core/contacts/people-lookup";
import type { FrontmatterValue } from "../../../src/core/contacts/yaml-lite";
import { ReferencePeopleLookup } from "./people-lookup-reference";

/** What a match says, by the paths of the people it names, in its order: two lookups agree when these are equal. */
export function said(m: Match): string {
	if (m.kind === "one") return `one ${m.by} ${m.known.path}`;
	if (m.kind === "ambiguous") return `ambiguous ${m.candidates.map((k) => k.path).join(" | ")}`;
	return m.namesake ? `none namesake ${m.namesake.known.path} ${m.namesake.reason}` : "none";
}

/** Both lookups filed alike; each `find` asked of both, the old one's answer used, every disagreement and each kind of answer tallied. */
export class BothLookups {
	private readonly before = new ReferencePeopleLookup();
	private readonly now = new PeopleLookup();

	constructor(
		private readonly disagreements: string[],
		private readonly answers: Set<string>,
	) {}

	add(k: Known): void {
		this.before.add(k);
		this.now.add(k);
	}

	find(c: Contact, fields: readonly [string, FrontmatterValue][]): Match {
		const before = this.before.find(c, fields);
		const now = this.now.find(c, fields);
		if (said(before) !== said(now)) this.disagreements.push(`line ${c.line} ${c.name}: before ${said(before)}, now ${said(now)}`);
		this.answers.add(before.kind === "one" ? `one ${before.by}` : before.kind === "none" && before.namesake ? `none namesake ${before.namesake.reason}` : before.kind);
		return before;
	}
}

/** A seeded source of the small random choices a case is made of. */
export function chooser(seed: number) {
	const next = seededRandom(seed);
	const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
	const maybe = (p: number): boolean => next() < p;
	const some = <T>(values: readonly T[], p: number): T[] => (maybe(p) ? [pick(values), ...(maybe(0.2) ? [pick(values)] : [])] : []);
	return { next, pick, maybe, some };
}

