import { FuzzySuggestModal, Modal, Setting } from "obsidian";
import { type CalendarDay, isCalendarDay, today } from "../core/dates/dates";
import type { InspectReport } from "../core/index/inspect";
import type { Problem } from "../core/shared/problems";
import { describeProblem } from "../core/render/problems";
import type { RapportHost } from "./host";
import { IndexedModal } from "./indexed-modal";
import { formMessage, submitOnEnter } from "./form";
import { openNote } from "./open-note";

/** Asks for a day (a native date input, so phones get their date picker). */
export class DatePromptModal extends Modal {
	constructor(
		private readonly host: RapportHost,
		private readonly initial: CalendarDay,
		private readonly onPick: (day: CalendarDay) => void,
	) {
		super(host.app);
	}

	override onOpen(): void {
		const { t } = this.host;
		this.setTitle(t("modal.pickDate"));
		let value = this.initial;
		const pick = (): void => {
			if (!isCalendarDay(value)) {
				say(t("modal.dateNeeded"));
				return;
			}
			this.close();
			this.onPick(value);
		};
		new Setting(this.contentEl).setName(t("modal.pickDate")).addText((text) => {
			text.inputEl.type = "date";
			text.setValue(value).onChange((v) => (value = v));
			submitOnEnter(text.inputEl, pick);
		});
		const say = formMessage(this.contentEl);
		new Setting(this.contentEl).addButton((b) => b.setButtonText(t("modal.snooze")).setCta().onClick(pick));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Logs an interaction with one person: an optional line of what happened. */
export class LogInteractionModal extends Modal {
	constructor(
		private readonly host: RapportHost,
		private readonly person: string,
	) {
		super(host.app);
	}

	override onOpen(): void {
		const { t } = this.host;
		const name = this.host.nameOf(this.person);
		this.setTitle(`${t("action.log")}: ${name}`);
		let what = "";
		const submit = (): void => {
			this.close();
			void this.host.edits.logInteraction(this.person, today(), what, name);
		};
		new Setting(this.contentEl).setName(t("modal.whatHappened")).addText((text) => {
			text.onChange((v) => (what = v));
			submitOnEnter(text.inputEl, submit);
		});
		new Setting(this.contentEl).addButton((b) => b.setButtonText(t("modal.log")).setCta().onClick(submit));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Fuzzy picker over person notes, by name and aliases. */
export class PersonSuggestModal extends FuzzySuggestModal<string> {
	constructor(
		private readonly host: RapportHost,
		private readonly onPick: (path: string) => void,
	) {
		super(host.app);
		this.setPlaceholder(host.t("modal.pickPerson"));
	}

	getItems(): string[] {
		return this.host.live.index.personNotes().map((n) => n.path);
	}

	getItemText(path: string): string {
		const info = this.host.live.index.person(path)?.person;
		const aliases = info?.aliases.length ? ` (${info.aliases.join(", ")})` : "";
		return `${this.host.nameOf(path)}${aliases}`;
	}

	onChooseItem(path: string): void {
		this.onPick(path);
	}
}

/** Asks for one line of text (a new person's name). */
export class TextPromptModal extends Modal {
	constructor(
		private readonly host: RapportHost,
		private readonly title: string,
		private readonly action: string,
		private readonly onSubmit: (value: string) => void,
	) {
		super(host.app);
	}

	override onOpen(): void {
		this.setTitle(this.title);
		let value = "";
		const submit = (): void => {
			if (value.trim() === "") {
				say(this.host.t("modal.nameNeeded"));
				return;
			}
			this.close();
			this.onSubmit(value.trim());
		};
		new Setting(this.contentEl).setName(this.title).addText((text) => {
			text.onChange((v) => (value = v));
			submitOnEnter(text.inputEl, submit);
		});
		const say = formMessage(this.contentEl);
		new Setting(this.contentEl).addButton((b) => b.setButtonText(this.action).setCta().onClick(submit));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** A new meeting: title and attendees, picked with the fuzzy person picker. */
export class MeetingModal extends Modal {
	private readonly attendees: string[] = [];

	constructor(
		private readonly host: RapportHost,
		private readonly onSubmit: (title: string, attendees: string[]) => void,
	) {
		super(host.app);
	}

	override onOpen(): void {
		const { t } = this.host;
		this.setTitle(t("command.newMeeting"));
		let title = "";
		const create = (): void => {
			if (title.trim() === "") {
				say(t("modal.titleNeeded"));
				return;
			}
			this.close();
			this.onSubmit(title.trim(), [...this.attendees]);
		};
		new Setting(this.contentEl).setName(t("modal.meetingTitle")).addText((text) => {
			text.onChange((v) => (title = v));
			submitOnEnter(text.inputEl, create);
		});
		const chips = new Setting(this.contentEl).setName(t("modal.attendees"));
		const list = chips.descEl.createDiv({ cls: "rapport-chips" });
		const redraw = (): void => {
			list.empty();
			for (const p of this.attendees) list.createSpan({ cls: "rapport-chip", text: this.host.nameOf(p) });
		};
		chips.addButton((b) =>
			b.setButtonText(t("modal.addAttendee")).onClick(() => {
				new PersonSuggestModal(this.host, (p) => {
					if (!this.attendees.includes(p)) this.attendees.push(p);
					redraw();
				}).open();
			}),
		);
		const say = formMessage(this.contentEl);
		new Setting(this.contentEl).addButton((b) => b.setButtonText(t("modal.create")).setCta().onClick(create));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** What Rapport read from one note: kind, fields, tasks, problems. */
export class InspectModal extends IndexedModal {
	constructor(
		host: RapportHost,
		private readonly path: string,
		/** The note's report, read once the vault is (its attendees are found among the people then). */
		private readonly report: () => Promise<InspectReport>,
	) {
		super(host);
		this.setTitle(host.t("inspect.title", { name: path }));
	}

	protected override async fill(): Promise<void> {
		const { t } = this.host;
		const r = await this.report();
		if (!this.isShown) return;
		const el = this.contentEl.createDiv({ cls: "rapport-inspect" });
		const kind = { person: "kind.person", meeting: "kind.meetingNote", daily: "kind.daily", other: "kind.other" } as const;
		new Setting(el).setName(t("inspect.kind")).setDesc(`${t(kind[r.kind])}${r.date ? ` · ${r.date}` : ""}`);
		section(el, t("inspect.fields"), Object.entries(r.frontmatter).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), t("inspect.none"));
		section(el, t("modal.attendees"), r.attendees.map((a) => `${a.target} → ${a.person ? this.host.nameOf(a.person) : "?"}`), t("inspect.none"));
		section(el, t("inspect.links"), r.links.map((l) => `${l.line + 1}: ${l.target}`), t("inspect.none"));
		section(el, t("inspect.tasks"), r.tasks.map((k) => `${k.line + 1}: [${k.status}] ${k.text}${k.due ? ` · ${k.due}` : ""}`), t("inspect.none"));
		section(el, t("inspect.problems"), r.problems.map((p) => `${p.line + 1}: ${describeProblem(p, t)}`), t("inspect.none"));
	}
}

function section(parent: HTMLElement, title: string, lines: string[], none: string): void {
	new Setting(parent).setName(title).setHeading();
	const list = parent.createEl("ul", { cls: "rapport-inspect-list" });
	if (lines.length === 0) list.createEl("li", { text: none });
	for (const line of lines) list.createEl("li", { text: line });
}

/** Every problem, each a link to its line. */
export class DoctorModal extends IndexedModal {
	constructor(
		host: RapportHost,
		/** The problems, found once the vault is read. */
		private readonly problems: () => Problem[],
	) {
		super(host);
		this.setTitle(host.t("doctor.title"));
	}

	protected override fill(): void {
		const { t } = this.host;
		const problems = this.problems();
		if (problems.length === 0) {
			this.contentEl.createEl("p", { text: t("doctor.none") });
			return;
		}
		const list = this.contentEl.createEl("ul", { cls: "rapport-doctor" });
		for (const p of problems) {
			const li = list.createEl("li");
			const a = li.createEl("a", { cls: "internal-link", text: `${p.path}:${p.line + 1}`, href: p.path });
			a.addEventListener("click", (evt) => {
				evt.preventDefault();
				this.close();
				void openNote(this.host.app, p.path, false, t, p.line);
			});
			li.appendText(` ${describeProblem(p, t)}`);
		}
	}
}
