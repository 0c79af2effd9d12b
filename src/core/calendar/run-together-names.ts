import type { ExistingPerson } from "../contacts/plan";
import { basename, foldName, stringValues } from "../shared/text";

/**
 * Person notes by their names written without spaces, for a guest's name that a calendar ran together: a writer that
 * folded a long `ATTENDEE` line at the space of `John Smith` without keeping it (see `withNameFoldsSpaced`) gives
 * `JohnSmith` once unfolded. That name is John Smith's note when one note alone has it with spaces (its file name, its
 * `name` or an alias), and that note names no other address than the guest's. Asked only for a name so folded
 * (`CalendarAttendee.runTogether`): a guest named `Annamaria` in one word is not the note `Anna Maria`.
 */
export class RunTogetherNames {
	private readonly byKey = new Map<string, Set<string>>();
	private readonly emails = new Map<string, string[]>();

	constructor(existing: readonly ExistingPerson[]) {
		for (const person of existing) {
			this.emails.set(person.path, stringValues(person.frontmatter.email).map((e) => e.toLowerCase()));
			for (const name of [basename(person.path), ...stringValues(person.frontmatter.name), ...stringValues(person.frontmatter.aliases)]) {
				const folded = foldName(name);
				if (!folded.includes(" ")) continue;
				const key = folded.replaceAll(" ", "");
				const paths = this.byKey.get(key) ?? new Set<string>();
				paths.add(person.path);
				this.byKey.set(key, paths);
			}
		}
	}

	/** The path of the one person note whose spaced name `name` (a single word) runs together; null when none or several. */
	match(name: string, email: string): string | null {
		const folded = foldName(name);
		if (folded === "" || folded.includes(" ")) return null;
		const paths = [...(this.byKey.get(folded) ?? [])].filter((path) => {
			const known = this.emails.get(path) ?? [];
			return email === "" || known.length === 0 || known.includes(email);
		});
		return paths.length === 1 ? (paths[0] ?? null) : null;
	}
}
