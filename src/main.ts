import { Plugin } from "obsidian";
import { migrateSettings, type RapportSettings } from "./core/settings";

/** Wiring only: settings now; the live index, views and commands plug in here (see issue 3). */
export default class RapportPlugin extends Plugin {
	settings!: RapportSettings;

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
