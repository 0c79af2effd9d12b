import { type App, debounce, normalizePath, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { parseCadence } from "../core/dates/cadence";
import { BUILT_IN_CIRCLES, circleNames, emailList, type NoteRule } from "../core/config/settings";
import type { Translate } from "../i18n";
import type { RapportHost } from "./host";
import { exportCalendar, exportVCards, ImportContactsModal } from "./contacts-modal";
import { reportFailure } from "./commands";
import { PathSuggest } from "./path-suggest";
import { renderStatus } from "./status";
import { redrawWhenNotTyping } from "./redraw-when-not-typing";

function list(value: string): string[] {
	return value.split(",").map((v) => v.trim()).filter((v) => v !== "");
}

/** How long typing may pause before the settings are saved (once per pause, not at every key). */
const SAVE_DELAY_MS = 600;

/** Saves the settings: `rules` when what counts as a person or meeting changed (the vault is indexed again). */
type Save = (rules: boolean) => Promise<void>;

/**
 * Every rule Rapport follows, with the index's status line on top, in sections: Notes, Agenda,
 * Relationships, Graph, Import and export, Language. Typing saves once the typing pauses.
 */
export class RapportSettingTab extends PluginSettingTab {
	private readonly saveSoon = debounce(() => void this.host.saveSettings(), SAVE_DELAY_MS, true);

	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: RapportHost,
		private readonly rulesChanged: () => void,
	) {
		super(app, plugin);
	}

	/** The status line on show, kept current while the tab is open (the vault still being read, then indexed again). */
	private statusEl: HTMLElement | null = null;
	private readonly refreshStatus = (): void => {
		if (!this.statusEl) return;
		this.statusEl.empty();
		renderStatus(this.statusEl, this.host);
	};

	/** Stops a redraw that waits for the user to leave the field she is typing in. */
	private cancelRedraw: (() => void) | null = null;

	/**
	 * Settings another device wrote arrived while the tab is open: it shows them, not the ones it was drawn
	 * with, once the user has left the field she is typing in (what she typed there stays, and wins).
	 */
	private readonly showExternal = (): void => {
		this.cancelRedraw?.();
		this.cancelRedraw = redrawWhenNotTyping(this.containerEl, () => this.display());
	};

	display(): void {
		const { containerEl } = this;
		const { t } = this.host;
		this.cancelRedraw?.();
		this.cancelRedraw = null;
		containerEl.empty();
		this.host.settingsEvents.off("external", this.showExternal);
		this.host.settingsEvents.on("external", this.showExternal);
		new Setting(containerEl).setName(t("settings.status")).setHeading();
		this.statusEl = containerEl.createDiv();
		renderStatus(this.statusEl, this.host);
		// Shown again without a hide in between (Obsidian redraws the tab): still one listener.
		this.host.live.events.off("changed", this.refreshStatus);
		this.host.live.events.on("changed", this.refreshStatus);
		const save: Save = async (rules) => {
			this.saveSoon();
			if (rules) this.rulesChanged();
			return Promise.resolve();
		};
		this.notesSection(containerEl, save);
		this.agendaSection(containerEl, save);
		this.relationshipsSection(containerEl, save);
		this.graphSection(containerEl, save);
		this.importExportSection(containerEl, save);
		this.languageSection(containerEl);
	}

	override hide(): void {
		this.cancelRedraw?.();
		this.cancelRedraw = null;
		this.host.live.events.off("changed", this.refreshStatus);
		this.host.settingsEvents.off("external", this.showExternal);
		this.statusEl = null;
		// Leaving the settings saves what was typed last, without waiting for the pause.
		this.saveSoon.cancel();
		void this.host.saveSettings();
	}

	/** Which notes are people and meetings, attendee fields, and the templates for new ones. */
	private notesSection(containerEl: HTMLElement, save: Save): void {
		const { t, settings } = this.host;
		new Setting(containerEl).setName(t("settings.notes")).setHeading();
		// The rule is looked up at each change: another device's settings replace it while a field keeps the focus.
		const rule = (title: string, ruleNow: () => NoteRule, desc = t("settings.ruleDesc")): void => {
			new Setting(containerEl).setName(title).setDesc(desc);
			for (const key of ["types", "tags", "folders"] as const) {
				new Setting(containerEl)
					.setName(t(`settings.${key}`))
					.setDesc(t(`settings.${key}Desc`))
					.setClass("rapport-setting-indented")
					.addText((text) => {
						if (key === "folders") new PathSuggest(this.app, text.inputEl, "folder", true);
						text.setValue(ruleNow()[key].join(", ")).onChange(async (v) => {
							ruleNow()[key] = list(v);
							await save(true);
						});
					});
			}
		};
		rule(t("settings.people"), () => settings.people);
		rule(t("settings.meetings"), () => settings.meetings);
		rule(t("settings.interactions"), () => settings.interactions, t("settings.interactionsDesc"));
		this.listSetting(containerEl, "eventTypes", () => settings.eventTypes, (v) => (settings.eventTypes = v), save);
		this.listSetting(containerEl, "attendeeFields", () => settings.attendeeFields, (v) => (settings.attendeeFields = v), save);
		for (const key of ["personTemplate", "meetingTemplate"] as const) {
			const setting = new Setting(containerEl).setName(t(`settings.${key}`));
			// A path that is no note is saved (the note may come later) but said: new notes use Rapport's own template until then.
			const describe = (): void => {
				const path = settings[key];
				setting.setDesc(path === "" || templateExists(this.app, path) ? t("settings.templateDesc") : t(key === "personTemplate" ? "settings.noPersonTemplate" : "settings.noMeetingTemplate", { path }));
			};
			describe();
			setting.addText((text) => {
				new PathSuggest(this.app, text.inputEl, "file", false);
				text.setValue(settings[key]).onChange(async (v) => {
					settings[key] = v.trim();
					describe();
					await save(false);
				});
			});
		}
	}

	private listSetting(containerEl: HTMLElement, name: "eventTypes" | "attendeeFields", get: () => string[], set: (v: string[]) => void, save: Save): void {
		const { t } = this.host;
		new Setting(containerEl)
			.setName(t(`settings.${name}`))
			.setDesc(t(`settings.${name}Desc`))
			.addText((text) =>
				text.setValue(get().join(", ")).onChange(async (v) => {
					set(list(v));
					await save(true);
				}),
			);
	}

	/** What the agenda shows, and the section it writes into daily notes. */
	private agendaSection(containerEl: HTMLElement, save: Save): void {
		const { t, settings } = this.host;
		new Setting(containerEl).setName(t("settings.agenda")).setHeading();
		const days = (name: "upcomingDays" | "birthdayDays" | "followUpDelay" | "unfollowedWindow", get: () => number, set: (n: number) => void): void => {
			numberSetting(containerEl, t, t(`settings.${name}`), t(`settings.${name}Desc`), get(), 0, 3650, async (n) => {
				set(n);
				await save(false);
			});
		};
		days("upcomingDays", () => settings.upcomingDays, (n) => (settings.upcomingDays = n));
		days("birthdayDays", () => settings.birthdayDays, (n) => (settings.birthdayDays = n));
		days("followUpDelay", () => settings.followUpDelayDays, (n) => (settings.followUpDelayDays = n));
		days("unfollowedWindow", () => settings.unfollowedWindowDays, (n) => (settings.unfollowedWindowDays = n));
		const heading = new Setting(containerEl).setName(t("settings.heading")).setDesc(t("settings.headingDesc"));
		heading.addText((text) =>
			text.setValue(settings.sectionHeading).onChange(async (v) => {
				// An empty heading would leave the section nothing to be found by: the last one stays, and it is said.
				heading.setDesc(v.trim() === "" ? t("settings.headingEmpty", { heading: settings.sectionHeading }) : t("settings.headingDesc"));
				if (v.trim() === "") return;
				settings.sectionHeading = v.trim();
				await save(false);
			}),
		);
		new Setting(containerEl)
			.setName(t("settings.autoInsert"))
			.setDesc(t("settings.autoInsertDesc"))
			.addToggle((toggle) =>
				toggle.setValue(settings.autoInsert).onChange(async (v) => {
					settings.autoInsert = v;
					await save(false);
				}),
			);
	}

	/** Who I am, the circles (with their cadence and colour), and how tie strength is computed. */
	private relationshipsSection(containerEl: HTMLElement, save: Save): void {
		const { t, settings } = this.host;
		new Setting(containerEl).setName(t("settings.relationships")).setHeading();
		new Setting(containerEl)
			.setName(t("settings.me"))
			.setDesc(t("settings.meDesc"))
			.addText((text) => {
				new PathSuggest(this.app, text.inputEl, "file", false);
				text.setValue(settings.me).onChange(async (v) => {
					settings.me = v.trim();
					await save(false);
				});
			});
		this.circles(containerEl, save);
		this.health(containerEl, save);
	}

	/** Circles: the four built-in ones and the user's own (which can be removed), each with a default cadence and a colour. */
	private circles(containerEl: HTMLElement, save: Save): void {
		const { t, settings } = this.host;
		new Setting(containerEl).setName(t("settings.cadences")).setDesc(t("settings.cadenceDesc"));
		for (const circle of circleNames(settings.circleCadences)) {
			const row = new Setting(containerEl).setName(t("settings.cadenceFor", { circle })).setClass("rapport-setting-indented");
			row.addText((text) =>
				text.setValue(settings.circleCadences[circle] ?? "").onChange(async (v) => {
					const ok = v.trim() === "" || parseCadence(v) !== null;
					row.setDesc(ok ? "" : t("settings.badCadence", { value: v }));
					if (!ok) return;
					settings.circleCadences[circle] = v.trim();
					await save(true);
				}),
			);
			row.addText((text) => {
				text.inputEl.type = "color";
				text.inputEl.setAttribute("aria-label", t("settings.circleColor", { circle }));
				text.setValue(settings.circleColors[circle] ?? "#868e96").onChange(async (v) => {
					if (!/^#[0-9a-f]{6}$/i.test(v)) return;
					settings.circleColors[circle] = v;
					await save(false);
				});
			});
			if ((BUILT_IN_CIRCLES as readonly string[]).includes(circle)) continue;
			row.addExtraButton((b) =>
				b
					.setIcon("trash-2")
					.setTooltip(t("settings.removeCircle", { circle }))
					.onClick(async () => {
						delete settings.circleCadences[circle];
						delete settings.circleColors[circle];
						await save(true);
						this.display();
					}),
			);
		}
		let name = "";
		const add = new Setting(containerEl).setName(t("settings.addCircle")).setDesc(t("settings.addCircleDesc"));
		add.addText((text) => text.onChange((v) => (name = v.trim().toLowerCase())));
		add.addButton((b) =>
			b.setButtonText(t("settings.addCircle")).onClick(async () => {
				if (name === "") return;
				if (settings.circleCadences[name] !== undefined) {
					add.setDesc(t("settings.circleNameTaken"));
					return;
				}
				settings.circleCadences[name] = "";
				settings.circleColors[name] = EXTRA_COLORS[circleNames(settings.circleCadences).length % EXTRA_COLORS.length] ?? "#868e96";
				await save(true);
				this.display();
			}),
		);
	}

	/** How tie strength is computed: recency half-life, yearly target, and the weight of each factor. */
	private health(containerEl: HTMLElement, save: Save): void {
		const { t, settings } = this.host;
		// The values drawn; a change goes to settings.health as it is then (another device's settings replace it while a field keeps the focus).
		const h = settings.health;
		new Setting(containerEl).setName(t("settings.healthHeading")).setDesc(t("settings.healthWeightDesc"));
		numberSetting(containerEl, t, t("settings.healthHalfLife"), t("settings.healthHalfLifeDesc"), h.recencyHalfLifeDays, 1, 3650, async (n) => {
			settings.health.recencyHalfLifeDays = n;
			await save(false);
		});
		numberSetting(containerEl, t, t("settings.healthTarget"), "", h.yearlyTarget, 1, 365, async (n) => {
			settings.health.yearlyTarget = n;
			await save(false);
		});
		for (const factor of ["recency", "frequency", "reciprocity", "length"] as const) {
			numberSetting(containerEl, t, t("settings.healthWeight", { factor: t(`settings.factor.${factor}`) }), "", h.weights[factor], 0, 100, async (n) => {
				settings.health.weights[factor] = n;
				await save(false);
			});
		}
	}

	/** How the relationship graph weighs meetings. */
	private graphSection(containerEl: HTMLElement, save: Save): void {
		const { t, settings } = this.host;
		new Setting(containerEl).setName(t("settings.graph")).setHeading();
		numberSetting(containerEl, t, t("settings.halfLife"), t("settings.halfLifeDesc"), settings.graphMeetingHalfLifeDays, 1, 3650, async (n) => {
			settings.graphMeetingHalfLifeDays = n;
			await save(false);
		});
	}

	/** Contacts in (LinkedIn, vCard, Google) and out (calendar, vCards). */
	private importExportSection(containerEl: HTMLElement, save: Save): void {
		const { t } = this.host;
		new Setting(containerEl).setName(t("settings.importExport")).setHeading();
		new Setting(containerEl)
			.setName(t("command.importContacts"))
			.setDesc(t("import.intro"))
			.addButton((b) => b.setButtonText(t("settings.importButton")).onClick(() => new ImportContactsModal(this.host).open()));
		new Setting(containerEl)
			.setName(t("settings.exportHeading"))
			.setDesc(t("settings.exportDesc"))
			// As the commands do: once the vault is read, and a write the disk refuses is told in a Notice.
			.addButton((b) => b.setButtonText(t("command.exportCalendar")).onClick(() => void reportFailure(this.host, () => exportCalendar(this.host))))
			.addButton((b) => b.setButtonText(t("command.exportVCards")).onClick(() => void reportFailure(this.host, () => exportVCards(this.host))));
		calendarSettings(containerEl, this.host, save);
	}

	private languageSection(containerEl: HTMLElement): void {
		const { t, settings } = this.host;
		new Setting(containerEl).setName(t("settings.language")).setHeading();
		new Setting(containerEl)
			.setName(t("settings.language"))
			.setDesc(t("settings.languageDesc"))
			.addDropdown((dropdown) =>
				dropdown
					.addOption("auto", t("settings.languageAuto"))
					.addOption("en", "English")
					.addOption("it", "Italiano")
					.setValue(settings.language)
					.onChange(async (v) => {
						settings.language = v === "en" || v === "it" ? v : "auto";
						// The new words show at once: saved now, not after a pause.
						this.saveSoon.cancel();
						await this.host.saveSettings();
						this.display();
					}),
			);
	}
}

/** Calendars, under Import and export: the user's emails, live calendar files, days ahead for imports. */
function calendarSettings(containerEl: HTMLElement, host: RapportHost, save: (rules: boolean) => Promise<void>): void {
	const { t, settings } = host;
	new Setting(containerEl)
		.setName(t("settings.myEmails"))
		.setDesc(t("settings.myEmailsDesc"))
		.addText((text) =>
			text.setValue(settings.myEmails.join(", ")).onChange(async (v) => {
				settings.myEmails = emailList(v);
				await save(settings.calendarFiles.length > 0);
			}),
		);
	new Setting(containerEl)
		.setName(t("settings.calendarFiles"))
		.setDesc(t("settings.calendarFilesDesc"))
		.addTextArea((text) =>
			text.setValue(settings.calendarFiles.join("\n")).onChange(async (v) => {
				settings.calendarFiles = [...new Set(v.split("\n").map((p) => normalizePath(p.trim())).filter((p) => p !== "" && p !== "/"))];
				await save(true);
			}),
		);
	numberSetting(containerEl, t, t("settings.calendarDaysAhead"), t("settings.calendarDaysAheadDesc"), settings.calendarDaysAhead, 0, 365, async (n) => {
		settings.calendarDaysAhead = n;
		await save(false);
	});
}

/** Colours for circles the user adds. */
const EXTRA_COLORS = ["#7f6df2", "#0c8599", "#9c36b5", "#5c940d", "#f08c00", "#c92a2a"];

/** A whole-number setting: a value out of range is not saved, and its description says which numbers it takes. */
function numberSetting(containerEl: HTMLElement, t: Translate, name: string, desc: string, value: number, min: number, max: number, set: (n: number) => Promise<void>): void {
	const setting = new Setting(containerEl).setName(name).setDesc(desc);
	setting.addText((text) => {
		text.inputEl.type = "number";
		text.setValue(String(value)).onChange(async (v) => {
			const n = v.trim() === "" ? NaN : Number(v);
			const valid = Number.isInteger(n) && n >= min && n <= max;
			setting.setDesc(valid ? desc : t("settings.notWholeNumber", { min, max }));
			if (valid) await set(n);
		});
	});
}

/** Whether the template setting names a note of the vault (`.md` may be left out, as when creating from it). */
function templateExists(app: App, value: string): boolean {
	const path = normalizePath(value.endsWith(".md") ? value : `${value}.md`);
	return app.vault.getFileByPath(path) !== null;
}
