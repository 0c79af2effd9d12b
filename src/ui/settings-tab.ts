import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { parseCadence } from "../core/dates/cadence";
import { circleNames, type NoteRule } from "../core/config/settings";
import type { RapportHost } from "./host";
import { renderStatus } from "./status";

function list(value: string): string[] {
	return value.split(",").map((v) => v.trim()).filter((v) => v !== "");
}

/** Every rule Rapport follows, with the index's status line on top. */
export class RapportSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: RapportHost,
		private readonly rulesChanged: () => void,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		const { t, settings } = this.host;
		containerEl.empty();
		new Setting(containerEl).setName(t("settings.status")).setHeading();
		renderStatus(containerEl.createDiv(), this.host);

		const save = async (rules: boolean): Promise<void> => {
			await this.host.saveSettings();
			if (rules) this.rulesChanged();
		};
		const rule = (title: string, value: NoteRule): void => {
			new Setting(containerEl).setName(title).setHeading();
			for (const key of ["types", "tags", "folders"] as const) {
				new Setting(containerEl)
					.setName(t(`settings.${key}`))
					.setDesc(t(`settings.${key}Desc`))
					.addText((text) =>
						text.setValue(value[key].join(", ")).onChange(async (v) => {
							value[key] = list(v);
							await save(true);
						}),
					);
			}
		};
		rule(t("settings.people"), settings.people);
		rule(t("settings.meetings"), settings.meetings);
		new Setting(containerEl)
			.setName(t("settings.eventTypes"))
			.setDesc(t("settings.eventTypesDesc"))
			.addText((text) =>
				text.setValue(settings.eventTypes.join(", ")).onChange(async (v) => {
					settings.eventTypes = list(v);
					await save(true);
				}),
			);
		new Setting(containerEl)
			.setName(t("settings.attendeeFields"))
			.setDesc(t("settings.attendeeFieldsDesc"))
			.addText((text) =>
				text.setValue(settings.attendeeFields.join(", ")).onChange(async (v) => {
					settings.attendeeFields = list(v);
					await save(true);
				}),
			);

		this.circles(containerEl, save);

		new Setting(containerEl).setName(t("settings.agenda")).setHeading();
		const days = (name: "upcomingDays" | "birthdayDays" | "followUpDelay" | "unfollowedWindow", get: () => number, set: (n: number) => void): void => {
			numberSetting(containerEl, t(`settings.${name}`), t(`settings.${name}Desc`), get(), 0, 3650, async (n) => {
				set(n);
				await save(false);
			});
		};
		days("upcomingDays", () => settings.upcomingDays, (n) => (settings.upcomingDays = n));
		days("birthdayDays", () => settings.birthdayDays, (n) => (settings.birthdayDays = n));
		days("followUpDelay", () => settings.followUpDelayDays, (n) => (settings.followUpDelayDays = n));
		days("unfollowedWindow", () => settings.unfollowedWindowDays, (n) => (settings.unfollowedWindowDays = n));
		new Setting(containerEl)
			.setName(t("settings.heading"))
			.setDesc(t("settings.headingDesc"))
			.addText((text) =>
				text.setValue(settings.sectionHeading).onChange(async (v) => {
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
		for (const key of ["personTemplate", "meetingTemplate"] as const) {
			new Setting(containerEl)
				.setName(t(`settings.${key}`))
				.setDesc(t("settings.templateDesc"))
				.addText((text) =>
					text.setValue(settings[key]).onChange(async (v) => {
						settings[key] = v.trim();
						await save(false);
					}),
				);
		}
		this.health(containerEl, save);
		new Setting(containerEl).setName(t("settings.graph")).setHeading();
		new Setting(containerEl)
			.setName(t("settings.me"))
			.setDesc(t("settings.meDesc"))
			.addText((text) =>
				text.setValue(settings.me).onChange(async (v) => {
					settings.me = v.trim();
					await save(false);
				}),
			);
		numberSetting(containerEl, t("settings.halfLife"), t("settings.halfLifeDesc"), settings.graphMeetingHalfLifeDays, 1, 3650, async (n) => {
			settings.graphMeetingHalfLifeDays = n;
			await save(false);
		});
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
						await save(false);
						this.display();
					}),
			);
	}

	/** Circles: the four built-in ones and the user's own, each with a default cadence and a colour. */
	private circles(containerEl: HTMLElement, save: (rules: boolean) => Promise<void>): void {
		const { t, settings } = this.host;
		new Setting(containerEl).setName(t("settings.cadences")).setHeading();
		for (const circle of circleNames(settings.circleCadences)) {
			const row = new Setting(containerEl).setName(t("settings.cadenceFor", { circle })).setDesc(t("settings.cadenceDesc"));
			row.addText((text) =>
				text.setValue(settings.circleCadences[circle] ?? "").onChange(async (v) => {
					const ok = v.trim() === "" || parseCadence(v) !== null;
					row.setDesc(ok ? t("settings.cadenceDesc") : t("settings.badCadence", { value: v }));
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

	/** How tie strength is computed: half-life, yearly target, and the weight of each factor. */
	private health(containerEl: HTMLElement, save: (rules: boolean) => Promise<void>): void {
		const { t, settings } = this.host;
		const h = settings.health;
		new Setting(containerEl).setName(t("settings.healthHeading")).setHeading();
		numberSetting(containerEl, t("settings.healthHalfLife"), t("settings.healthHalfLifeDesc"), h.recencyHalfLifeDays, 1, 3650, async (n) => {
			h.recencyHalfLifeDays = n;
			await save(false);
		});
		numberSetting(containerEl, t("settings.healthTarget"), "", h.yearlyTarget, 1, 365, async (n) => {
			h.yearlyTarget = n;
			await save(false);
		});
		for (const factor of ["recency", "frequency", "reciprocity", "length"] as const) {
			numberSetting(containerEl, t("settings.healthWeight", { factor: t(`settings.factor.${factor}`) }), t("settings.healthWeightDesc"), h.weights[factor], 0, 100, async (n) => {
				h.weights[factor] = n;
				await save(false);
			});
		}
	}
}

/** Colours for circles the user adds. */
const EXTRA_COLORS = ["#7f6df2", "#0c8599", "#9c36b5", "#5c940d", "#f08c00", "#c92a2a"];


/** A whole-number setting; values out of range are ignored until they are valid. */
function numberSetting(containerEl: HTMLElement, name: string, desc: string, value: number, min: number, max: number, set: (n: number) => Promise<void>): void {
	new Setting(containerEl)
		.setName(name)
		.setDesc(desc)
		.addText((text) => {
			text.inputEl.type = "number";
			text.setValue(String(value)).onChange(async (v) => {
				const n = Number(v);
				if (!Number.isInteger(n) || n < min || n > max) return;
				await set(n);
			});
		});
}
