/**
 * Group planner benchmark: 200 attendees of a conference in tables of 8, with interests drawn from
 * 30 passions, 40 organisations, and pairs who already met at earlier events. Reports the plan's
 * score against random splits of the same people and the time taken, for one round and for two.
 */
import { type GroupPerson, planGroups } from "../src/core/events/groups";
import { pairKey } from "../src/core/shared/pair-key";
import { seededRandom } from "../src/core/shared/random";

const PASSIONS = Array.from({ length: 30 }, (_, i) => `passion ${i}`);

function attendees(n: number, random: () => number): { people: GroupPerson[]; met: Set<string> } {
	const people: GroupPerson[] = [];
	for (let i = 0; i < n; i++) {
		const count = 2 + Math.floor(random() * 3);
		const interests = new Set<string>();
		while (interests.size < count) interests.add(PASSIONS[Math.floor(Math.pow(random(), 1.5) * PASSIONS.length)] ?? "");
		people.push({ id: `People/Attendee ${String(i).padStart(3, "0")}.md`, interests: [...interests], org: `Org ${Math.floor(random() * 40)}` });
	}
	const met = new Set<string>();
	for (let e = 0; e < 30; e++) {
		const size = 5 + Math.floor(random() * 10);
		const group = Array.from({ length: size }, () => people[Math.floor(random() * n)]?.id ?? "");
		for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) if (group[i] !== group[j]) met.add(pairKey(group[i] ?? "", group[j] ?? ""));
	}
	return { people, met };
}

const { people, met } = attendees(200, seededRandom(42));
const results: Record<string, number> = { attendees: people.length, metPairs: met.size };
for (const rounds of [1, 2]) {
	const t0 = performance.now();
	const plan = planGroups({ people, size: 8, rounds, met });
	results[`ms${rounds}`] = performance.now() - t0;
	const first = plan.rounds[0];
	if (rounds === 1 && first) {
		results.score = first.score;
		results.randomScore = first.randomScore;
		results.sharedPerPair = first.stats.sharedPerPair;
		results.sameOrgPairs = first.stats.sameOrgPairs;
		results.alreadyMetPairs = first.stats.alreadyMetPairs;
		results.groups = first.groups.length;
	}
	if (rounds === 2) results.repeatedPairs = plan.rounds.reduce((n, r) => n + r.stats.repeatedPairs, 0);
}
process.stdout.write(JSON.stringify(results));
