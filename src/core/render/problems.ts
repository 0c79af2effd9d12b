import type { Translate, TranslationKey } from "../../i18n";
import type { Problem, ProblemCode } from "../shared/problems";

/** Every problem code has its sentence in the catalogs (or its plural forms): this fails to compile when one is missing. */
const PROBLEM_KEY: { [C in ProblemCode]: `problem.${C}` & TranslationKey } = {
	"bad-yaml": "problem.bad-yaml",
	"frontmatter-not-a-map": "problem.frontmatter-not-a-map",
	"js-frontmatter": "problem.js-frontmatter",
	"unknown-attendee": "problem.unknown-attendee",
	"bad-date": "problem.bad-date",
	"bad-task-date": "problem.bad-task-date",
	"bad-cadence": "problem.bad-cadence",
	"bad-birthday": "problem.bad-birthday",
	"meeting-without-date": "problem.meeting-without-date",
	"duplicate-person": "problem.duplicate-person",
	"bad-closeness": "problem.bad-closeness",
	"meeting-without-follow-up": "problem.meeting-without-follow-up",
	"key-case-conflict": "problem.key-case-conflict",
	"unreadable-frontmatter": "problem.unreadable-frontmatter",
	// Reading notes (issue 14/11).
	"unreadable-note": "problem.unreadable-note",
	"note-vanished": "problem.note-vanished",
	"note-is-folder": "problem.note-is-folder",
	"frontmatter-too-complex": "problem.frontmatter-too-complex",
};

/** A problem as one sentence in the user's language. */
export function describeProblem(p: Problem, t: Translate): string {
	return t(PROBLEM_KEY[p.code], p.params);
}
