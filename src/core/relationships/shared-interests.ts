import { foldName } from "../shared/text";

/** The interests of `a` that `b` has too, each once (`Jazz` and `jazz` written twice are one interest). */
export function sharedInterests(a: readonly string[], b: readonly string[]): string[] {
	const folded = new Set(b.map(foldName));
	const seen = new Set<string>();
	return a.filter((i) => {
		const key = foldName(i);
		if (!folded.has(key) || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export interface SharedWith {
	person: string;
	interests: string[];
}

/**
 * For the attendee at each place of `attendees`, the others who share an interest with her and which (see
 * `sharedInterests`), in the order of `attendees`. Found through who has each interest, not by comparing every pair:
 * a meeting of 150,000 attendees was 20 billion pairs, and its brief never ended.
 */
export function sharedAmong(attendees: readonly string[], interestsOf: (person: string) => readonly string[]): (at: number) => SharedWith[] {
	const byInterest = new Map<string, number[]>();
	attendees.forEach((person, at) => {
		for (const key of new Set(interestsOf(person).map(foldName))) {
			const holders = byInterest.get(key);
			if (holders === undefined) byInterest.set(key, [at]);
			else holders.push(at);
		}
	});
	return (at) => {
		const person = attendees[at] as string;
		const mine = interestsOf(person);
		const others = new Set<number>();
		for (const key of new Set(mine.map(foldName))) for (const other of byInterest.get(key) ?? []) if (other !== at) others.add(other);
		return [...others].sort((x, y) => x - y).map((other) => {
			const them = attendees[other] as string;
			return { person: them, interests: sharedInterests(mine, interestsOf(them)) };
		});
	};
}
