import { type CalendarDay, formatDay } from "../dates/dates";
import type { VaultIndex } from "../index/vault-index";
import { deathDateText, deathFirstDay, deathLastDay } from "../notes/death-period";
import { compareProblems, problem, type Problem } from "../shared/problems";

/**
 * Person notes whose death day Rapport cannot take as written: a death day after `date` (`died: 2099-01-01`, or
 * `2062` typed for `2026`), which silences nobody until that day (see `hasDied`), and a death day before the
 * birth day (`born: 1950-12-05`, `died: 1905-12-04`), one of the two mistyped. Sorted by path.
 */
export function deathDayProblems(index: VaultIndex, date: CalendarDay): Problem[] {
	const out: Problem[] = [];
	for (const note of index.personNotes()) {
		const died = note.person?.died;
		if (died === undefined || died === true) continue;
		// The line of the key that says the death, as the note's own problems carry theirs.
		const line = note.person?.diedLine ?? 0;
		// A year or a month is a death from its first day (see `hasDied`), and before the birth only when all of it is.
		if (deathFirstDay(died) > date) out.push(problem(note.path, line, "death-day-to-come", { date: deathDateText(died) }));
		const birthday = note.person?.birthday;
		if (birthday?.year != null) {
			const born = formatDay(birthday.year, birthday.month, birthday.day);
			if (deathLastDay(died) < born) out.push(problem(note.path, line, "death-before-birth", { date: deathDateText(died), born }));
		}
	}
	return out.sort(compareProblems);
}
