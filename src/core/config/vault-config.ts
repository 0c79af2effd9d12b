import { withoutBracketed } from "../dates/format-tokens";
import type { WeekRule } from "../dates/locale-week";
import { trimEndWhile, trimStartWhile } from "../shared/scan";

/** What Rapport needs to know about the vault's own settings (Daily notes, Templates, Templater). */
export interface VaultConfig {
	dailyNotes: DailyNotesConfig;
	/** Folders whose notes are templates, never people or meetings. */
	templateFolders: string[];
	/**
	 * The Logseq graphs (folders, "" for the vault's root) whose `logseq/config.edn` keeps the `:legacy` file name
	 * format, where a dot in a page's file name is a namespace's `/` (see `dottedPageName`). Absent: none.
	 */
	logseqLegacyGraphs?: string[];
}

export interface DailyNotesConfig {
	folder: string;
	/** moment.js format of the file name, `YYYY-MM-DD` by default. */
	format: string;
	/** Path of the template note, without `.md`, or "". */
	template: string;
	/**
	 * The locale's weeks that a week-based format's `gggg`, `ww` and `e` count (`gggg-[W]ww-e`): Obsidian's moment's, as its
	 * language and the Calendar plugin's "Start week on" set them. Absent: moment's default, English weeks from Sunday.
	 */
	weeks?: WeekRule;
}

export const DEFAULT_DAILY_FORMAT = "YYYY-MM-DD";

export function defaultVaultConfig(): VaultConfig {
	return { dailyNotes: { folder: "", format: DEFAULT_DAILY_FORMAT, template: "" }, templateFolders: [] };
}

function record(value: unknown): Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A folder setting without the slashes around it, in one pass from each end (a pattern `/\/+$/` reads a run of slashes once from each). */
function folder(value: unknown): string {
	if (typeof value !== "string") return "";
	const slash = (ch: string): boolean => ch === "/";
	return trimEndWhile(trimStartWhile(value.trim(), slash), slash);
}

/**
 * The daily-note settings in force: the Periodic Notes plugin's `daily` settings when that plugin is
 * enabled and its daily notes are on, else the core Daily notes plugin's, as
 * obsidian-daily-notes-interface decides for the plugin.
 */
export function dailySettingsFrom(dailyNotes: unknown, periodicNotes: unknown): unknown {
	const periodicDaily = record(record(periodicNotes).daily);
	return periodicDaily.enabled === true ? periodicDaily : dailyNotes;
}

/**
 * Builds the vault config from the JSON of `daily-notes.json` (or the enabled Periodic Notes
 * plugin's `data.json`), `templates.json` and Templater's `data.json` (any of them may be missing or
 * malformed: defaults fill in).
 */
export function vaultConfigFrom(raw: {
	dailyNotes?: unknown;
	periodicNotes?: unknown;
	templates?: unknown;
	templater?: unknown;
	logseqConfig?: string | null;
	/** The locale's weeks (`DailyNotesConfig.weeks`): moment's `dow` and `doy`, or the Calendar plugin's settings (`weekStart`). */
	weeks?: unknown;
}): VaultConfig {
	const daily = record(dailySettingsFrom(raw.dailyNotes, raw.periodicNotes));
	const format = typeof daily.format === "string" && daily.format.trim() !== "" ? daily.format.trim() : DEFAULT_DAILY_FORMAT;
	const template = folder(daily.template).replace(/\.md$/i, "");
	const templateFolders = [folder(record(raw.templates).folder), folder(record(raw.templater).templates_folder)].filter((f) => f !== "");
	const config: VaultConfig = { dailyNotes: { folder: folder(daily.folder), format, template }, templateFolders };
	// Only for a format that counts the locale's weeks: another's notes (and caches) do not turn on the app's language.
	const weeks = LOCALE_WEEK_TOKENS.test(withoutBracketed(format)) ? weekRuleFrom(raw.weeks) : null;
	if (weeks !== null) config.dailyNotes.weeks = weeks;
	// A graph opened as a vault: `logseq/config.edn` at its root, read as Logseq reads it.
	if (typeof raw.logseqConfig === "string" && !triplesLowbar(raw.logseqConfig)) config.logseqLegacyGraphs = [""];
	return config;
}

/** Whether `:file/name-format :triple-lowbar` is set, not commented out, in the text of a Logseq graph's `logseq/config.edn`. */
export function triplesLowbar(configEdn: string): boolean {
	return configEdn.split(/\r\n|\r|\n/).some((line) => /^[^;]*:file\/name-format\s+:triple-lowbar\b/.test(line));
}

/** The tokens of a moment format that count the locale's weeks: `w`, `ww`, `gg`, `gggg`, `e`, and `d` read with them. */
const LOCALE_WEEK_TOKENS = /w|gg|e/;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * The locale's weeks from moment's `{ dow, doy }`, or from the Calendar plugin's `data.json` (`weekStart: "monday"`: moment's
 * default English weeks started on that day, as that plugin sets them; `"locale"`: none said). Null when neither.
 */
function weekRuleFrom(value: unknown): WeekRule | null {
	const r = record(value);
	const day = (n: unknown): boolean => typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 6;
	if (day(r.dow) && typeof r.doy === "number" && Number.isInteger(r.doy) && r.doy >= 0 && r.doy <= 12) return { dow: r.dow as number, doy: r.doy };
	const start = typeof r.weekStart === "string" ? WEEKDAYS.indexOf(r.weekStart.toLowerCase()) : -1;
	return start >= 0 ? { dow: start, doy: 6 } : null;
}
