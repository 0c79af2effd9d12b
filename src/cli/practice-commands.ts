import type { Translate } from "../i18n";
import { meetingBrief } from "../core/relationships/brief";
import { today } from "../core/dates/dates";
import { groupInputFor } from "../core/events/event-groups";
import { groupsToMarkdown } from "../core/render/groups";
import { planGroups } from "../core/events/groups";
import { buildInsights, type Insights } from "../core/relationships/insights";
import { suggestIntroductions } from "../core/relationships/introductions";
import { resolveMe } from "../core/relationships/me";
import { doctorProblemCount } from "../core/relationships/vault-checks";
import { buildLedger } from "../core/relationships/reciprocity";
import { balanceLine, introductionsToMarkdown, introductionWhy } from "../core/render/insights";
import { PLAIN, WIKILINKS } from "../core/render/markdown";
import type { CliArgs } from "./args";
import type { FsPort } from "./fs-port";
import { writeSectionInto } from "./section-write";
import { vaultFile } from "./vault-paths";
import type { LoadedVault } from "./load-vault";
import { nameOf, notePath } from "./notes";
import { briefReport } from "./reports";
import { CliError } from "./vault-files";

interface CommandResult {
	stdout: string;
	exitCode: number;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + "\n";

export function insightsFor(vault: LoadedVault, date: string): Insights {
	return buildInsights(vault.index, date, vault.settings);
}

function healthOptions(vault: LoadedVault): { me: string | null; health: LoadedVault["settings"]["health"]; ledger: ReturnType<typeof buildLedger> } {
	return { me: resolveMe(vault.index, vault.settings.me), health: vault.settings.health, ledger: buildLedger(vault.index) };
}

function meetingPath(vault: LoadedVault, note: string): string {
	const path = notePath(vault, note);
	if (vault.index.note(path)?.kind !== "meeting") throw new CliError("cli.error.notAMeeting", { path });
	return path;
}

export function brief(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const path = meetingPath(vault, args.note ?? "");
	const b = meetingBrief(vault.index, path, args.date ?? today(), healthOptions(vault));
	if (!b) throw new CliError("cli.error.notAMeeting", { path });
	if (args.json) return { stdout: json(b), exitCode: 0 };
	return { stdout: briefReport(vault, path, args.date ?? today(), t) ?? "", exitCode: 0 };
}

export function intros(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const list = suggestIntroductions(vault.index, args.date ?? today(), healthOptions(vault));
	if (args.json) return { stdout: json(list.map((i) => ({ ...i, why: introductionWhy(i, nameOf(vault), t) }))), exitCode: 0 };
	return { stdout: introductionsToMarkdown(list, nameOf(vault), t, PLAIN).join("\n") + "\n", exitCode: 0 };
}

export function groups(vault: LoadedVault, args: CliArgs, t: Translate, fs: FsPort): CommandResult {
	const path = meetingPath(vault, args.note ?? "");
	const input = groupInputFor(vault.index, path, resolveMe(vault.index, vault.settings.me), args.date ?? today());
	if (!input || input.people.length < 2) throw new CliError("cli.error.groupsNeedTwo", { path });
	const plan = planGroups({ ...input, size: args.groups === undefined ? (args.size ?? 6) : undefined, groups: args.groups, rounds: args.rounds ?? 1 });
	// `--write --json` writes too (as import does), then prints the plan: the JSON asked for is the only thing on stdout.
	const written = args.write ? writeSectionInto(fs, vault.root, path, vaultFile(fs, vault.root, path), groupsToMarkdown(vault.index, plan, nameOf(vault), t, WIKILINKS), null) : null;
	if (args.json) return { stdout: json(plan), exitCode: 0 };
	if (written === "unchanged") return { stdout: t("cli.upToDate", { path }) + "\n", exitCode: 0 };
	if (written !== null) return { stdout: t("cli.groupsWritten", { n: plan.rounds.reduce((n, r) => n + r.groups.length, 0), path }) + "\n", exitCode: 0 };
	return { stdout: groupsToMarkdown(vault.index, plan, nameOf(vault), t, PLAIN, false).join("\n").replace(/^\n/, "") + "\n", exitCode: 0 };
}

export function stats(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const insights = insightsFor(vault, args.date ?? today());
	// Problems as `rapport doctor` counts them: those found across notes too.
	const counts = { ...vault.index.counts(), problems: doctorProblemCount(vault.index, args.date ?? today(), vault.settings) };
	if (args.json) return { stdout: json({ ...counts, ...insights }), exitCode: 0 };
	const name = nameOf(vault);
	const lines = [
		t("stats.counts", { people: t("count.people", { n: counts.people }), meetings: t("count.meetings", { n: counts.meetings }), followUps: t("count.openFollowUps", { n: counts.followUps }) }),
		balanceLine(insights, t),
		`${t("fading.heading")}: ${insights.fading.length === 0 ? "—" : insights.fading.map((f) => name(f.person)).join(", ")}`,
		`${t("reciprocity.heading")}: ${insights.onlyTaking.length === 0 ? "—" : insights.onlyTaking.map((o) => name(o.person)).join(", ")}`,
		`${t("unfollowed.heading")}: ${insights.unfollowed.length}`,
	];
	return { stdout: lines.join("\n") + "\n", exitCode: 0 };
}
