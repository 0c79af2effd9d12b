import type { Translate } from "../i18n";
import type { GroupPlan, GroupPlanInput } from "./groups";
import { pairKey } from "./pair-key";
import { SECTION_END, SECTION_START } from "./markdown";
import type { LinkStyle, NameOf } from "./render-markdown";
import { foldName } from "./text";
import type { VaultIndex } from "./vault-index";

/**
 * The group planner's input for an event note: its attendees with interests and organisation,
 * who already met (attended an earlier meeting together), and the note's `keep_together` /
 * `keep_apart` pins resolved to person notes.
 */
export function groupInputFor(index: VaultIndex, eventPath: string, me: string | null): Omit<GroupPlanInput, "size" | "groups" | "rounds"> | null {
	const event = index.note(eventPath);
	if (!event || event.kind !== "meeting") return null;
	const attendees = index.attendeesOf(eventPath).filter((p) => p !== me);
	const present = new Set(attendees);
	const met = new Set<string>();
	for (const note of index.allNotes()) {
		if (note.kind !== "meeting" || note.path === eventPath || !note.date || (event.date && note.date >= event.date)) continue;
		const together = index.attendeesOf(note.path).filter((p) => present.has(p));
		for (let i = 0; i < together.length; i++) for (let j = i + 1; j < together.length; j++) met.add(pairKey(together[i] ?? "", together[j] ?? ""));
	}
	const resolveSets = (sets: readonly { target: string; link: boolean; line: number }[][]): string[][] =>
		sets.map((refs) => refs.map((r) => index.resolve(r, eventPath)).filter((p): p is string => p !== null));
	return {
		people: attendees.map((p) => {
			const info = index.person(p)?.person;
			return { id: p, interests: info?.interests ?? [], org: info?.org ?? null };
		}),
		met,
		together: resolveSets(event.pins?.together ?? []),
		apart: resolveSets(event.pins?.apart ?? []),
	};
}

/** Interests every member of a group shares with at least one other member, most shared first. */
export function groupInterests(index: VaultIndex, group: readonly string[]): string[] {
	const counts = new Map<string, { label: string; n: number }>();
	for (const p of group) {
		for (const interest of new Set(index.person(p)?.person?.interests ?? [])) {
			const key = foldName(interest);
			const c = counts.get(key) ?? { label: interest, n: 0 };
			c.n++;
			counts.set(key, c);
		}
	}
	return [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n || a.label.localeCompare(b.label)).map((c) => c.label);
}

/** The plan as Markdown: a section (between Rapport's markers) with one list item per table and round. */
export function groupsToMarkdown(index: VaultIndex, plan: GroupPlan, nameOf: NameOf, t: Translate, links: LinkStyle, markers = true): string[] {
	const lines: string[] = markers ? [SECTION_START, `## ${t("groups.heading")}`] : [];
	plan.rounds.forEach((round, r) => {
		if (plan.rounds.length > 1) lines.push("", `### ${t("groups.round", { n: r + 1 })}`);
		lines.push("");
		round.groups.forEach((group, g) => {
			const shared = groupInterests(index, group);
			const members = group.map((p) => links.note(p, nameOf(p))).join(", ");
			lines.push(`- **${t("groups.table", { n: g + 1 })}**: ${members}${shared.length > 0 ? ` · ${t("groups.shared", { interests: shared.join(", ") })}` : ""}`);
		});
		lines.push("", t("groups.score", { score: round.score.toFixed(1), random: round.randomScore.toFixed(1), shared: round.stats.sharedPerPair.toFixed(2), sameOrg: round.stats.sameOrgPairs, met: round.stats.alreadyMetPairs }));
	});
	if (markers) lines.push(SECTION_END);
	return lines;
}
