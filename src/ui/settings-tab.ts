import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { parseCadence } from "../core/cadence";
import type { Circle, NoteRule } from "../core/settings";
import type { RapportHost } from "./host";
import { renderStatus } from "./status";

const CIRCLES: Circle[] = ["work", "friend", "family", "partner"];

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

		new Setting(containerEl).setName(t("settings.cadences")).setHeading();
		for (const circle of CIRCLES) {
			const row = new Setting(containerEl).setName(t("settings.cadenceFor", { circle })).setDesc(t("settings.cadenceDesc"));
			row.addText((text) =>
				text.setValue(settings.circleCadences[circle]).onChange(async (v) => {
					const ok = v.trim() === "" || parseCadence(v) !== null;
					row.setDesc(ok ? t("settings.cadenceDesc") : t("settings.badCadence", { value: v }));
					if (!ok) return;
					settings.circleCadences[circle] = v.trim();
					await save(true);
				}),
			);
		}

		new Setting(containerEl).setName(t("settings.agenda")).setHeading();
		const days = (name: "upcomingDays" | "birthdayDays"): void => {
			new Setting(containerEl)
				.setName(t(`settings.${name}`))
				.setDesc(t(`settings.${name}Desc`))
				.addText((text) => {
					text.inputEl.type = "number";
					text.setValue(String(settings[name])).onChange(async (v) => {
						const n = Number(v);
						if (!Number.isInteger(n) || n < 0 || n > 3650) return;
						settings[name] = n;
						await save(false);
					});
				});
		};
		days("upcomingDays");
		days("birthdayDays");
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
		new Setting(containerEl)
			.setName(t("settings.halfLife"))
			.setDesc(t("settings.halfLifeDesc"))
			.addText((text) => {
				text.inputEl.type = "number";
				text.setValue(String(settings.halfLifeDays)).onChange(async (v) => {
					const n = Number(v);
					if (!Number.isInteger(n) || n < 1 || n > 3650) return;
					settings.halfLifeDays = n;
					await save(false);
				});
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
}
