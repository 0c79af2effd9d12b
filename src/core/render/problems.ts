import type { Translate, TranslationKey } from "../../i18n";
import { type Problem, type ProblemCode, type ProblemParams, YAML_CAUSES, type YamlCause } from "../shared/problems";

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
	"key-spelling-conflict": "problem.key-spelling-conflict",
	"inline-field-conflict": "problem.inline-field-conflict",
	"unreadable-frontmatter": "problem.unreadable-frontmatter",
	// Reading notes (issue 14/11).
	"unreadable-note": "problem.unreadable-note",
	"note-vanished": "problem.note-vanished",
	"note-is-folder": "problem.note-is-folder",
	"note-not-a-file": "problem.note-not-a-file",
	"folder-unreadable": "problem.folder-unreadable",
	"calendar-missing": "problem.calendar-missing",
	"calendar-unreadable": "problem.calendar-unreadable",
	"calendar-not-ics": "problem.calendar-not-ics",
	"frontmatter-too-complex": "problem.frontmatter-too-complex",
	"frontmatter-too-deep": "problem.frontmatter-too-deep",
	"section-unclosed": "problem.section-unclosed",
	"section-unopened": "problem.section-unopened",
	"section-repeated": "problem.section-repeated",
	"section-marker-in-text": "problem.section-marker-in-text",
	"section-in-open-block": "problem.section-in-open-block",
	"path-outside-vault": "problem.path-outside-vault",
	"ambiguous-attendee": "problem.ambiguous-attendee",
	"ambiguous-task-owner": "problem.ambiguous-task-owner",
	"interaction-names-nobody": "problem.interaction-names-nobody",
	"death-day-to-come": "problem.death-day-to-come",
	"note-utf16": "problem.note-utf16",
	"note-zeroed": "problem.note-zeroed",
	"death-before-birth": "problem.death-before-birth",
	"sync-conflict-copy": "problem.sync-conflict-copy",
	"attendee-opens-other-note": "problem.attendee-opens-other-note",
	"numbered-copy": "problem.numbered-copy",
	"device-copy": "problem.device-copy",
	"orphaned-conflict-copy": "problem.orphaned-conflict-copy",
	"rapport-leftover": "problem.rapport-leftover",
	"rapport-leftover-same": "problem.rapport-leftover-same",
	"rapport-leftover-without-note": "problem.rapport-leftover-without-note",
	"name-not-utf8": "problem.name-not-utf8",
};

/** Every cause of invalid YAML has its explanation in the catalogs ("other" keeps the parser's words). */
const YAML_CAUSE_KEY: { [C in Exclude<YamlCause, "other">]: `yamlCause.${C}` & TranslationKey } = {
	"colon-in-value": "yamlCause.colon-in-value",
	"duplicate-key": "yamlCause.duplicate-key",
	"star-value": "yamlCause.star-value",
	"backslash-in-quotes": "yamlCause.backslash-in-quotes",
	"open-list": "yamlCause.open-list",
	"open-quote": "yamlCause.open-quote",
	"stray-line": "yamlCause.stray-line",
	"tab-indent": "yamlCause.tab-indent",
	"missing-colon": "yamlCause.missing-colon",
	"link-as-key": "yamlCause.link-as-key",
	"control-characters": "yamlCause.control-characters",
	"bang-value": "yamlCause.bang-value",
};

function isYamlCause(value: unknown): value is Exclude<YamlCause, "other"> {
	return typeof value === "string" && value !== "other" && (YAML_CAUSES as readonly string[]).includes(value);
}

/** A problem's parameters as its sentence shows them: a YAML error's cause in the user's language. */
function shownParams(p: Problem, t: Translate): ProblemParams {
	const cause = p.params.cause;
	if (p.code !== "bad-yaml" || !isYamlCause(cause)) return p.params;
	return { ...p.params, reason: t(YAML_CAUSE_KEY[cause]) };
}

/** Where a problem is, then what it is: `Daily/2026-11-27.md, line 3: …` (the line left out for a problem about a whole path). */
export function describeProblemAt(p: Problem, t: Translate): string {
	const problem = describeProblem(p, t);
	return p.code === "path-outside-vault" ? t("notice.problemIn", { path: p.path, problem }) : t("notice.problemAt", { path: p.path, line: p.line + 1, problem });
}

/** A problem as one sentence in the user's language. */
export function describeProblem(p: Problem, t: Translate): string {
	return t(PROBLEM_KEY[p.code], shownParams(p, t));
}
