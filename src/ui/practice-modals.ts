import { Keymap, type Modal, Notice, Setting, TFile } from "obsidian";
import { appendParagraph, insertParagraphAfter } from "../core/edits/append-lines";
import { type MeetingBrief, meetingBrief } from "../core/relationships/brief";
import { today } from "../core/dates/dates";
import { deathAsOf } from "../core/notes/note";
import { groupInputFor, groupInterests } from "../core/events/event-groups";
import { groupsToMarkdown } from "../core/render/groups";
import { type GroupPlan, planGroups } from "../core/events/groups";
import { interactionEpochs, usualGapDays } from "../core/relationships/health";
import { suggestIntroductions } from "../core/relationships/introductions";
import { resolveMe } from "../core/relationships/me";
import type { ReciprocityLedger } from "../core/relationships/reciprocity";
import { briefToMarkdown, diedText, introductionWhy, strengthWhy } from "../core/render/insights";
import { WIKILINKS } from "../core/render/markdown";
import { editDocument, writeFailure } from "../obsidian/document-edit";
import { createIntroductionFollowUp, editorOf } from "./follow-ups";
import type { RapportHost } from "./host";
import { openNote } from "./open-note";
import { strengthBadge, strengthOf } from "./insights-dom";
import { actionButton } from "./links-dom";
import { IndexedModal } from "./indexed-modal";

function practiceOptions(host: RapportHost): { me: string | null; health: RapportHost["settings"]["health"]; ledger: ReciprocityLedger } {
	const index = host.live.index;
	return { me: resolveMe(index, host.settings.me), health: host.settings.health, ledger: host.live.insights.ledger() };
}

/** Opens a note from a modal (Ctrl/Cmd: in a new tab) and closes the modal. */
function openLink(parent: HTMLElement, host: RapportHost, modal: Modal, path: string, text: string): void {
	const a = parent.createEl("a", { cls: "internal-link rapport-link", text, href: path });
	a.addEventListener("click", (evt) => {
		evt.preventDefault();
		modal.close();
		void openNote(host.app, path, Keymap.isModEvent(evt), host.t);
	});
}

/** Before a meeting: a card per attendee; the same brief can go into the meeting note as Markdown. */
export class BriefModal extends IndexedModal {
	constructor(
		host: RapportHost,
		private readonly meetingPath: string,
	) {
		super(host);
		this.setTitle(host.t("command.prepareBrief"));
	}

	protected override async fill(): Promise<void> {
		const { t } = this.host;
		const brief = await this.asShown(() => meetingBrief(this.host.live.index, this.meetingPath, today(), practiceOptions(this.host)));
		if (!this.isShown) return;
		if (!brief) {
			this.contentEl.createEl("p", { text: t("notice.noteGone", { path: this.meetingPath }) });
			return;
		}
		this.setTitle(t("brief.heading", { title: brief.meeting.title }));
		this.contentEl.addClass("rapport-brief");
		if (brief.attendees.length === 0) this.contentEl.createEl("p", { text: t("brief.noAttendees") });
		for (const a of brief.attendees) this.renderAttendee(a);
		new Setting(this.contentEl).addButton((b) => b.setButtonText(t("modal.briefInsert")).setCta().onClick(() => void this.insert(brief)));
	}

	private renderAttendee(a: MeetingBrief["attendees"][number]): void {
		const { t } = this.host;
		const card = this.contentEl.createDiv({ cls: "rapport-brief-card" });
		const head = card.createDiv({ cls: "rapport-brief-name" });
		openLink(head, this.host, this, a.person, a.name);
		strengthBadge(head, a.strength, this.host);
		const list = card.createEl("ul");
		const line = (text: string): HTMLElement => list.createEl("li", { text });
		if (a.died !== null) line(diedText(a.died, t));
		const who = [a.role, a.org, a.circle].filter((x): x is string => !!x);
		if (who.length > 0) line(who.join(" · "));
		line(a.lastContact ? t("brief.lastContact", { date: a.lastContact }) : t("brief.never"));
		if (a.lastMeetings.length > 0) line(t("brief.lastMeetings", { list: a.lastMeetings.map((m) => `${m.title} (${m.date})`).join(", ") }));
		for (const p of a.mine) line(`${t("brief.mine")}: ${p.text}${p.due ? ` (${p.due})` : ""}`).addClass("rapport-brief-mine");
		for (const p of a.theirs) line(`${t("brief.theirs")}: ${p.text}${p.due ? ` (${p.due})` : ""}`).addClass("rapport-brief-theirs");
		if (a.sharedWithMe.length > 0) line(t("brief.sharedWithMe", { list: a.sharedWithMe.join(", ") }));
		for (const s of a.sharedWithOthers) line(t("brief.sharedWith", { person: this.host.nameOf(s.person), list: s.interests.join(", ") }));
		if (a.introducedBy.length > 0) line(t("brief.introducedBy", { list: a.introducedBy.map((p) => this.host.nameOf(p)).join(", ") }));
	}

	private async insert(brief: MeetingBrief): Promise<void> {
		const file = this.app.vault.getFileByPath(this.meetingPath);
		if (!file) {
			new Notice(this.host.t("notice.noteGone", { path: this.meetingPath }));
			return;
		}
		const lines = briefToMarkdown(brief, (p) => this.host.nameOf(p), this.host.t, WIKILINKS);
		// In the editor: one change under the cursor's line (when that is in the body, in the open), undone with Ctrl+Z.
		const cursor = editorOf(this.host, file)?.getCursor().line ?? null;
		try {
			await editDocument(this.app, file, (data) => (cursor === null ? appendParagraph(data, lines) : insertParagraphAfter(data, cursor, lines)));
		} catch (error) {
			new Notice(writeFailure(this.host.t, file.path, error));
			return;
		}
		new Notice(this.host.t("notice.briefInserted"));
		this.close();
	}
}

/** Introductions worth making, with the reason; one click creates the "introduce A to B" follow-up. */
export class IntroductionsModal extends IndexedModal {
	constructor(host: RapportHost) {
		super(host);
		this.setTitle(host.t("command.suggestIntroductions"));
	}

	protected override async fill(): Promise<void> {
		const { t } = this.host;
		const intros = await this.asShown(() => suggestIntroductions(this.host.live.index, today(), practiceOptions(this.host)));
		if (!this.isShown) return;
		if (intros.length === 0) {
			this.contentEl.createEl("p", { text: t("intro.none") });
			return;
		}
		const list = this.contentEl.createEl("ul", { cls: "rapport-intros" });
		for (const intro of intros) {
			const li = list.createEl("li", { cls: "rapport-intro" });
			const title = li.createDiv({ cls: "rapport-intro-pair" });
			title.appendText(t("intro.pair", { a: this.host.nameOf(intro.a), b: this.host.nameOf(intro.b) }));
			li.createDiv({ cls: "rapport-intro-why", text: introductionWhy(intro, (p) => this.host.nameOf(p), t) });
			const button = actionButton(li, t("modal.introCreate"), () => {
				button.disabled = true;
				void createIntroductionFollowUp(this.host, intro.a, intro.b);
			});
		}
	}
}

/** Plans tables for an event: size or number of groups, rounds; previews, then writes the plan into the note. */
export class GroupsModal extends IndexedModal {
	private size = 6;
	private groups = 0;
	private rounds = 1;
	private plan: GroupPlan | null = null;
	private preview!: HTMLElement;

	constructor(
		host: RapportHost,
		private readonly eventPath: string,
	) {
		super(host);
		this.setTitle(host.t("command.planGroups"));
	}

	protected override fill(): void {
		const { t } = this.host;
		// A value out of range is said in the setting itself (no Notice at every keystroke) and not used.
		const number = (name: string, desc: string, initial: number, min: number, max: number, set: (n: number) => void): void => {
			const row = new Setting(this.contentEl).setName(name).setDesc(desc);
			row.addText((text) => {
				text.inputEl.type = "number";
				text.setValue(String(initial)).onChange((v) => {
					const n = Number(v);
					const ok = Number.isInteger(n) && n >= min && n <= max;
					row.setDesc(ok ? desc : t("notice.badNumber", { min, max }));
					row.settingEl.toggleClass("rapport-invalid", !ok);
					if (ok) set(n);
				});
			});
		};
		number(t("modal.groupsSize"), "", this.size, 2, 1000, (n) => (this.size = n));
		number(t("modal.groupsCount"), t("modal.groupsCountDesc"), this.groups, 0, 1000, (n) => (this.groups = n));
		number(t("modal.groupsRounds"), "", this.rounds, 1, 20, (n) => (this.rounds = n));
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText(t("modal.groupsPlan")).setCta().onClick(() => this.makePlan()))
			.addButton((b) => b.setButtonText(t("modal.groupsWrite")).onClick(() => void this.write()));
		this.preview = this.contentEl.createDiv({ cls: "rapport-groups" });
		this.makePlan();
	}

	/** Plans with the current options and shows the tables. */
	makePlan(): void {
		const { t } = this.host;
		const index = this.host.live.index;
		const input = groupInputFor(index, this.eventPath, resolveMe(index, this.host.settings.me), today());
		this.preview.empty();
		if (!input || input.people.length < 2) {
			this.plan = null;
			this.preview.createEl("p", { text: t("notice.groupsTooFew") });
			return;
		}
		this.plan = planGroups({ ...input, size: this.groups > 0 ? undefined : this.size, groups: this.groups > 0 ? this.groups : undefined, rounds: this.rounds });
		this.plan.rounds.forEach((round, r) => {
			if (this.plan && this.plan.rounds.length > 1) this.preview.createEl("h4", { text: t("groups.round", { n: r + 1 }) });
			const list = this.preview.createEl("ul");
			round.groups.forEach((group, g) => {
				const li = list.createEl("li", { cls: "rapport-group" });
				li.createEl("strong", { text: `${t("groups.table", { n: g + 1 })}: ` });
				li.appendText(group.map((p) => this.host.nameOf(p)).join(", "));
				const shared = groupInterests(index, group);
				if (shared.length > 0) li.createSpan({ cls: "rapport-group-shared", text: ` · ${t("groups.shared", { interests: shared.join(", ") })}` });
			});
			this.preview.createEl("p", { cls: "rapport-group-score", text: t("groups.score", { score: round.score.toFixed(1), random: round.randomScore.toFixed(1), shared: round.stats.sharedPerPair.toFixed(2), sameOrg: round.stats.sameOrgPairs, met: round.stats.alreadyMetPairs }) });
		});
	}

	private async write(): Promise<void> {
		if (!this.plan) return;
		const file = this.app.vault.getAbstractFileByPath(this.eventPath);
		if (!(file instanceof TFile)) {
			new Notice(this.host.t("notice.noteGone", { path: this.eventPath }));
			return;
		}
		const section = groupsToMarkdown(this.host.live.index, this.plan, (p) => this.host.nameOf(p), this.host.t, WIKILINKS);
		const outcome = await this.host.edits.upsertSection(file, section);
		if (outcome === "refused") return;
		new Notice(this.host.t("notice.groupsWritten", { title: file.basename }));
		this.close();
	}
}

/** A person's tie strength, its four factors and why; their usual rhythm and give-and-take. */
export class HealthModal extends IndexedModal {
	constructor(
		host: RapportHost,
		private readonly person: string,
	) {
		super(host);
		this.setTitle(`${host.t("health.title")}: ${host.nameOf(person)}`);
	}

	protected override async fill(): Promise<void> {
		const { t } = this.host;
		const { s, gap } = await this.asShown(() => ({ s: strengthOf(this.host, this.person, today()), gap: usualGapDays(interactionEpochs(this.host.live.index, this.person)) }));
		if (!this.isShown) return;
		this.setTitle(`${t("health.title")}: ${this.host.nameOf(this.person)}`);
		this.contentEl.addClass("rapport-health");
		this.contentEl.createDiv({ cls: "rapport-health-score", text: `${s.score}/100` });
		this.contentEl.createEl("p", { text: strengthWhy(s, t) });
		const list = this.contentEl.createEl("ul");
		// Why no nudge comes for them: their note says they died.
		const died = deathAsOf(this.host.live.index.person(this.person)?.person, today());
		if (died !== null) list.createEl("li", { text: diedText(died, t) });
		list.createEl("li", { text: s.lastContact ? t("brief.lastContact", { date: s.lastContact }) : t("brief.never") });
		if (gap !== null) list.createEl("li", { text: t("health.rhythm", { days: Math.round(gap) }) });
		if (s.since) list.createEl("li", { text: t("health.since", { date: s.since }) });
	}
}
