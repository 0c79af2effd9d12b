import type { CalendarDay } from "../dates/dates";
import { parseWithFormat } from "../dates/moment-format";
import type { NoteRule, RapportSettings } from "../config/settings";
import { basename, foldName, stringValues, unwrapLink } from "../shared/text";
import type { VaultConfig } from "../config/vault-config";

export type NoteKind = "person" | "meeting" | "daily" | "other";

export interface Classification {
	kind: NoteKind;
	isEvent: boolean;
	isTemplate: boolean;
	/** For daily notes: the day in the file name. */
	dailyDay: CalendarDay | null;
}

const TEMPLATE_NAME = /(?:^|[\s_.-])(?:templates?|modell[oi]|template)(?:$|[\s_.-])/i;

export function isTemplatePath(path: string, config: VaultConfig): boolean {
	const lower = path.toLowerCase();
	if (config.templateFolders.some((f) => lower.startsWith(f.toLowerCase() + "/"))) return true;
	return TEMPLATE_NAME.test(basename(path));
}

/** The day of a daily note, when `path` is one in the vault's Daily notes folder and format. */
export function dailyNoteDay(path: string, config: VaultConfig): CalendarDay | null {
	const { folder, format } = config.dailyNotes;
	if (!path.toLowerCase().endsWith(".md")) return null;
	const prefix = folder === "" ? "" : folder + "/";
	if (prefix !== "" && !path.toLowerCase().startsWith(prefix.toLowerCase())) return null;
	const rest = path.slice(prefix.length, -3);
	return parseWithFormat(rest, format);
}

function folded(values: readonly string[]): Set<string> {
	return new Set(values.map(foldName));
}

interface CompiledRule {
	types: Set<string>;
	tags: Set<string>;
	folders: Set<string>;
}

function compileRule(rule: NoteRule): CompiledRule {
	return { types: folded(rule.types), tags: folded(rule.tags), folders: folded(rule.folders) };
}

function tagMatches(tags: readonly string[], wanted: Set<string>): boolean {
	return tags.some((tag) => {
		const t = foldName(tag.replace(/^#/, ""));
		const root = t.split("/")[0] ?? t;
		return wanted.has(t) || wanted.has(root);
	});
}

function inFolder(path: string, wanted: Set<string>): boolean {
	const parts = path.split("/");
	for (let i = 0; i < parts.length - 1; i++) if (wanted.has(foldName(parts[i] ?? ""))) return true;
	return false;
}

function matchRule(rule: CompiledRule, types: string[], tags: string[], path: string): "type" | "tag" | "folder" | null {
	if (types.some((t) => rule.types.has(t))) return "type";
	if (tags.length > 0 && tagMatches(tags, rule.tags)) return "tag";
	if (inFolder(path, rule.folders)) return "folder";
	return null;
}

const RANK = { type: 0, tag: 1, folder: 2 } as const;

export type Classifier = (path: string, frontmatter: Record<string, unknown>, tags: readonly string[]) => Classification;

/** Compiles the settings once into a function that decides whether a note is a person, a meeting, a daily note or something else. */
export function createClassifier(settings: RapportSettings, config: VaultConfig): Classifier {
	const people = compileRule(settings.people);
	const meetings = compileRule(settings.meetings);
	const events = folded(settings.eventTypes);
	return (path, frontmatter, tags) => {
		if (isTemplatePath(path, config)) return { kind: "other", isEvent: false, isTemplate: true, dailyDay: null };
		const dailyDay = dailyNoteDay(path, config);
		const types = settings.typeFields.flatMap((f) => stringValues(frontmatter[f])).map((v) => foldName(unwrapLink(v)));
		const allTags = [...tags, ...stringValues(frontmatter.tags), ...stringValues(frontmatter.tag)];
		const person = matchRule(people, types, allTags, path);
		const meeting = matchRule(meetings, types, allTags, path);
		let kind: NoteKind = "other";
		if (person && meeting) kind = RANK[person] <= RANK[meeting] ? "person" : "meeting";
		else if (person) kind = "person";
		else if (meeting) kind = "meeting";
		else if (dailyDay) kind = "daily";
		const isEvent = kind === "meeting" && types.some((t) => events.has(t));
		return { kind, isEvent, isTemplate: false, dailyDay };
	};
}
