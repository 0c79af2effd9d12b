import type { Translate } from "../i18n";
import { buildAgenda } from "../core/agenda/agenda";
import type { RapportSettings } from "../core/config/settings";
import type { VaultIndex } from "../core/index/vault-index";
import { personRows } from "../core/index/people";
import { meetingBrief } from "../core/relationships/brief";
import { type FadingPerson, healthOf } from "../core/relationships/health";
import { buildInsights, filterInsights } from "../core/relationships/insights";
import { resolveMe } from "../core/relationships/me";
import { buildLedger } from "../core/relationships/reciprocity";
import { doctorProblemsOf } from "../core/relationships/vault-checks";
import { briefToMarkdown, diedText, insightsToMarkdown } from "../core/render/insights";
import { agendaToMarkdown, type NameOf, PLAIN } from "../core/render/markdown";
import { describeProblem } from "../core/render/problems";
import { proseDay } from "../core/render/prose-day";
import type { Problem } from "../core/shared/problems";
import { basename, orgName } from "../core/shared/text";
import { formatTable } from "./table";

/**
 * The text reports of `rapport agenda`, `people`, `doctor` and `brief`, from an index and settings
 * only (no files, no Node): the Node CLI prints them for a vault on disk, and the plugin answers
 * Obsidian's own command line with them from the live index, so both say exactly the same.
 */
export interface VaultView {
	index: VaultIndex;
	settings: RapportSettings;
}

/** Whether a list of people is in the circle asked for (everyone when none). */
export type PeopleFilter = (people: readonly string[]) => boolean;

const everyone: PeopleFilter = () => true;

/** A person's name, else the note's file name. */
export function nameIn(index: VaultIndex): NameOf {
	return (path) => index.person(path)?.person?.name ?? basename(path);
}

/** The agenda of `date` and its insights, as Markdown with plain names. */
export function agendaReport(vault: VaultView, date: string, t: Translate, keep: PeopleFilter = everyone): string {
	const all = buildAgenda(vault.index, date, vault.settings);
	const agenda = { ...all, items: all.items.filter((i) => keep(i.people)) };
	const name = nameIn(vault.index);
	const insights = filterInsights(buildInsights(vault.index, date, vault.settings), keep);
	return [`# ${t("agenda.title", { date: proseDay(date, t) })}`, "", ...agendaToMarkdown(agenda, name, t, PLAIN), "", ...insightsToMarkdown(insights, name, t, PLAIN)].join("\n") + "\n";
}

/** Everyone with last contact, next due date, cadence, open follow-ups, strength and fading, as a table. */
export function peopleReport(vault: VaultView, date: string, t: Translate, keep: PeopleFilter = everyone): string {
	const rows = personRows(vault.index, date).filter((r) => keep([r.path]));
	const ledger = buildLedger(vault.index);
	const health = rows.map((r) => healthOf(vault.index, r.path, date, vault.settings.health, ledger));
	const table = formatTable(
		[t("people.name"), t("people.lastContact"), t("people.nextDue"), t("people.cadence"), t("people.followUps"), t("people.strength"), t("people.fading"), t("people.circle"), t("people.org")],
		rows.map((r, i) => [r.name, r.lastContact ?? "—", r.died !== null ? diedText(r.died, t) : (r.nextDue ?? (r.cadenceDays ? t("people.now") : "—")), r.cadenceDays ? t("people.days", { n: r.cadenceDays }) : "—", String(r.openFollowUps), String(health[i]?.strength.score ?? 0), fadingText(health[i]?.fading ?? undefined, t), r.circle ?? "", r.org === null ? "" : orgName(r.org)]),
	);
	return table + `\n${t("count.people", { n: rows.length })}\n`;
}

function fadingText(f: FadingPerson | undefined, t: Translate): string {
	if (!f) return "";
	return f.reasons.map((r) => (r === "fell" ? `-${f.drop}` : t("people.silent", { n: f.silenceDays }))).join(", ");
}

/** Problems in notes, dated interaction notes that name nobody, and recent meetings whose attendees got no follow-up. */
export function doctorProblems(vault: VaultView, date: string): Problem[] {
	return doctorProblemsOf(vault.index, date, vault.settings, nameIn(vault.index));
}

/** What ends a line for a terminal or a line-by-line reader. */
const LINE_BREAKS = /[\r\n\u2028\u2029]/g;

/** One line per problem (`path:line: what [code]`) and their count, or "No problems found." */
export function doctorReport(problems: readonly Problem[], t: Translate): string {
	if (problems.length === 0) return t("doctor.none") + "\n";
	// One line per problem (grep, an editor's `path:line:` list): a line break in a note's name or in a name it writes is shown as "�".
	const lines = problems.map((p) => `${p.path}:${p.line + 1}: ${describeProblem(p, t)} [${p.code}]`.replace(LINE_BREAKS, "\uFFFD"));
	lines.push(t("count.problems", { n: problems.length }));
	return lines.join("\n") + "\n";
}

/** The brief of a meeting note, or null when `path` is not a meeting or an event. */
export function briefReport(vault: VaultView, path: string, date: string, t: Translate): string | null {
	const options = { me: resolveMe(vault.index, vault.settings.me), health: vault.settings.health, ledger: buildLedger(vault.index) };
	const brief = vault.index.note(path)?.kind === "meeting" ? meetingBrief(vault.index, path, date, options) : null;
	return brief ? briefToMarkdown(brief, nameIn(vault.index), t, PLAIN).join("\n") + "\n" : null;
}
