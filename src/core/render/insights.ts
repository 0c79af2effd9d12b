import type { Translate } from "../../i18n";
import { fewOf } from "../shared/few-of";
import { type DeathDate, deathDateText, isDeathPeriod } from "../notes/death-period";
import type { MeetingBrief } from "../relationships/brief";
import type { TieStrength } from "../relationships/health";
import type { Insights } from "../relationships/insights";
import type { Introduction } from "../relationships/introductions";
import type { LinkStyle, NameOf } from "./markdown";

/** Items per insight section in Markdown (daily note, terminal); the rest is counted. */
const MARKDOWN_LIMIT = 10;

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Why a person has their tie strength, in one line. */
export function strengthWhy(s: TieStrength, t: Translate): string {
	if (s.manual) return t("health.manual", { score: s.score });
	return t("health.why", {
		recency: pct(s.factors.recency),
		frequency: pct(s.factors.frequency),
		n: s.interactionsLastYear,
		reciprocity: pct(s.factors.reciprocity),
		gave: s.balance.gave,
		received: s.balance.received,
		length: pct(s.factors.length),
	});
}

/** The reason an introduction is suggested, in words. */
export function introductionWhy(intro: Introduction, nameOf: NameOf, t: Translate): string {
	const parts: string[] = [];
	if (intro.reason.interests.length > 0) parts.push(t("intro.interests", { list: intro.reason.interests.join(", ") }));
	for (const m of intro.reason.matches) parts.push(t("intro.match", { from: nameOf(m.from), what: m.what, to: nameOf(m.to) }));
	if (intro.reason.sameOrg) parts.push(t("intro.sameOrg"));
	return parts.join("; ");
}

export function introductionsToMarkdown(intros: readonly Introduction[], nameOf: NameOf, t: Translate, links: LinkStyle): string[] {
	if (intros.length === 0) return [t("intro.none")];
	return intros.map((i) => `- ${t("intro.pair", { a: links.note(i.a, nameOf(i.a)), b: links.note(i.b, nameOf(i.b)) })}: ${introductionWhy(i, nameOf, t)} (${i.score.toFixed(2)})`);
}

/** Insights as Markdown sections after the agenda's groups; nothing when there is nothing to say. */
export function insightsToMarkdown(insights: Insights, nameOf: NameOf, t: Translate, links: LinkStyle): string[] {
	const lines: string[] = [];
	const section = (title: string, items: string[]): void => {
		if (items.length === 0) return;
		if (lines.length > 0) lines.push("");
		lines.push(`### ${title}`, ...items);
	};
	const person = (p: string): string => links.note(p, nameOf(p));
	const unfollowed = insights.unfollowed.slice(0, MARKDOWN_LIMIT).map((m) => `- ${links.note(m.path, m.title)} (${m.date}): ${t("unfollowed.line", { people: fewOf(m.people, person) })}`);
	if (insights.unfollowed.length > MARKDOWN_LIMIT) unfollowed.push(`- ${t("agenda.more", { n: insights.unfollowed.length - MARKDOWN_LIMIT })}`);
	section(t("unfollowed.heading"), unfollowed);
	section(
		t("fading.heading"),
		insights.fading.slice(0, MARKDOWN_LIMIT).map((f) => {
			const why: string[] = [];
			if (f.reasons.includes("fell")) why.push(t("fading.fell", { drop: f.drop }));
			if (f.reasons.includes("silence")) why.push(t("fading.silence", { days: f.silenceDays, gap: Math.round(f.usualGapDays ?? 0) }));
			return `- ${person(f.person)} (${f.score}/100): ${why.join("; ")}`;
		}),
	);
	section(
		t("reciprocity.heading"),
		insights.onlyTaking.slice(0, 5).map((o) => `- ${t("reciprocity.prompt", { person: person(o.person), received: o.balance.received })}`),
	);
	if (lines.length > 0) lines.push("");
	lines.push(balanceLine(insights, t));
	return lines;
}

export function balanceLine(insights: Insights, t: Translate): string {
	const b = insights.balance;
	return t("balance.line", { days: b.days, new: t("balance.newPeople", { n: b.newPeople.length }), nurtured: t("balance.nurtured", { n: b.nurtured.length }) });
}

export function briefToMarkdown(brief: MeetingBrief, nameOf: NameOf, t: Translate, links: LinkStyle): string[] {
	// What notes say (a title, a role, an interest) is text: written into a note, a `%%` or `<!--` in it would hide the rest of that note.
	const lines = [`## ${t("brief.heading", { title: links.text(brief.meeting.title) })}`];
	if (brief.attendees.length === 0) return [...lines, "", t("brief.noAttendees")];
	for (const a of brief.attendees) {
		lines.push("", `### ${links.note(a.person, a.name)}`);
		if (a.died !== null) lines.push(`- ${diedText(a.died, t)}`);
		const who = [a.role, a.org, a.circle].filter((x): x is string => !!x);
		if (who.length > 0) lines.push(`- ${who.map((w) => links.text(w)).join(" · ")}`);
		lines.push(`- ${a.lastContact ? t("brief.lastContact", { date: a.lastContact }) : t("brief.never")} · ${t("brief.strength", { score: a.strength.score })}`);
		if (a.lastMeetings.length > 0) lines.push(`- ${t("brief.lastMeetings", { list: a.lastMeetings.map((m) => `${links.note(m.path, m.title)} (${m.date})`).join(", ") })}`);
		for (const p of a.mine) lines.push(`- ${t("brief.mine")}: ${links.text(p.text)}${p.due ? ` (${p.due})` : ""}`);
		for (const p of a.theirs) lines.push(`- ${t("brief.theirs")}: ${links.text(p.text)}${p.due ? ` (${p.due})` : ""}`);
		if (a.sharedWithMe.length > 0) lines.push(`- ${t("brief.sharedWithMe", { list: a.sharedWithMe.map((i) => links.text(i)).join(", ") })}`);
		for (const s of a.sharedWithOthers) lines.push(`- ${t("brief.sharedWith", { person: links.note(s.person, nameOf(s.person)), list: s.interests.map((i) => links.text(i)).join(", ") })}`);
		if (a.introducedBy.length > 0) lines.push(`- ${t("brief.introducedBy", { list: a.introducedBy.map((p) => links.note(p, nameOf(p))).join(", ") })}`);
	}
	return lines;
}

/** That a person has died, as the people list and the meeting brief say it: `† died 2026-03-01`, `† in memoria`. */
export function diedText(died: DeathDate | true, t: Translate): string {
	return died === true ? t("people.died") : isDeathPeriod(died) ? t("people.diedIn", { date: deathDateText(died) }) : t("people.diedOn", { date: deathDateText(died) });
}
