import type { App, Events, TFile } from "obsidian";
import type { CalendarDay } from "../core/dates/dates";
import type { RapportSettings } from "../core/config/settings";
import type { Locale, Translate } from "../i18n";
import type { FileEdits } from "../obsidian/file-edits";
import type { LiveIndex } from "../obsidian/live-index";

/** What views, modals and commands need from the plugin, without importing it. */
export interface RapportHost {
	readonly app: App;
	readonly settings: RapportSettings;
	readonly live: LiveIndex;
	readonly edits: FileEdits;
	readonly t: Translate;
	readonly locale: Locale;
	saveSettings(): Promise<void>;
	/**
	 * Triggers "saved" once the settings are saved: open views redraw with them (a window, a colour, the language);
	 * and "external" after "saved" when they came from data.json changed on disk (another device's): an open settings tab shows them.
	 */
	readonly settingsEvents: Events;
	/** The day whose agenda a note shows: the daily note's own day, else today. */
	agendaDayFor(file: TFile | null): CalendarDay;
	/** A person's display name. */
	nameOf(path: string): string;
	openAgendaView(): Promise<void>;
	/** Writes the day's agenda into its daily note (or `into`); a failure is told in a Notice, and false. */
	insertAgenda(day: CalendarDay, into?: TFile): Promise<boolean>;
	openSettings(): void;
	/** Resolves once the vault has been read (at once when it has): true; false when Rapport is turned off first. */
	whenIndexed(): Promise<boolean>;
	openGraph(center: string | null, depth?: 1 | 2): Promise<void>;
}
