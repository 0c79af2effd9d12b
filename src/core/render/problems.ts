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
	"section-unclosed": "problem.section-unclosed",
	"section-unopened": "problem.section-unopened",
	"section-repeated": "problem.section-repeated",
	"section-marker-in-text": "problem.section-marker-in-text",
	"section-in-open-block": "problem.section-in-open-block",
	"path-outside-vault": "problem.path-outside-vault",
};

/** Where a problem is, then what it is: `Daily/2026-11-27.md, line 3: …` (the line left out for a problem about a whole path). */
export function describeProblemAt(p: Problem, t: Translate): string {
	const problem = describeProblem(p, t);
	return p.code === "path-outside-vault" ? t("notice.problemIn", { path: p.path, problem }) : t("notice.problemAt", { path: p.path, line: p.line + 1, problem });
}

/** A problem as one sentence in the user's language. */
export function describeProblem(p: Problem, t: Translate): string {
	return t(PROBLEM_KEY[p.code], p.params);
}
