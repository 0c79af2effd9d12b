import { foldName } from "../shared/text";
import { makeRef, type Ref } from "./frontmatter-values";
import { fullNameAsMeetingTitle, namesInMeetingTitle, saysItDidNotHappen } from "./title-names";

/*
 * A 1:1 often names its other person only in its title: the file's name (`1-1 Anna Rossi`), a `title` property
 * (`title: "1:1 with Marco"`, as a note named by a script keeps its real title) or the heading it starts with
 * (`# Dana <> me`). When the meeting names no one else, those names are its attendees, each counting only when a
 * person has it (`Ref.ifKnown`): a title's words never make a person to create (`Sync with marketing`).
 */

/** Longer than a title can be: no heading to read past it. */
const LONGEST_TITLE = 255;
const TITLE_HEADING = /^#[ \t]+(.+?)[ \t#]*$/;

/** The text of the level-one heading a note's body starts with (`# Dana <> me`), else null. */
export function titleHeading(lines: readonly string[], bodyStart: number): string | null {
	for (let i = bodyStart; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (line.trim() === "") continue;
		return line.length > LONGEST_TITLE ? null : (TITLE_HEADING.exec(line)?.[1] ?? null);
	}
	return null;
}

/**
 * The attendees a meeting's titles give (its file name, `title` property, title heading; nulls passed over), once each:
 * a single word as a first name (`@anna`, as `Sync with Anna` is read), a full name as written. None when one of them
 * says the meeting did not take place.
 */
export function titleAttendees(titles: readonly (string | null)[]): Ref[] {
	const written = titles.filter((t): t is string => t !== null && t.trim() !== "");
	if (written.some(saysItDidNotHappen)) return [];
	const out: Ref[] = [];
	const seen = new Set<string>();
	for (const title of written) {
		const names = namesInMeetingTitle(title);
		const whole = names.length === 0 ? fullNameAsMeetingTitle(title) : null;
		for (const name of whole === null ? names : [whole]) {
			const target = /\s/.test(name) ? name : `@${name}`;
			const key = foldName(target);
			if (seen.has(key)) continue;
			seen.add(key);
			out.push({ ...makeRef(target, false, 0), ifKnown: true, fromTitle: true });
		}
	}
	return out;
}
