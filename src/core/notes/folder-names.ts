import { foldWord } from "./fold-word";
import { memoryOf, remembered } from "../shared/remembered";

/*
 * Folders by name, as the rules of people, meetings and interactions name them: compared as `foldWord`
 * compares words, numbered and emoji names too, and by a name's last words (`Team Meetings`).
 */
/** A test of whether a note sits in a folder of one of `folders` (compared as `foldWord` compares them, numbered and emoji names too). */
export function folderTest(folders: readonly string[]): (path: string) => boolean {
	const wanted = new Set(folders.map(foldWord));
	return (path) => inFolder(path, wanted);
}

/** For each set of wanted names, what each folder path was found to be: every note of a folder asks the same. */
const foundIn = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * Whether a folder on `path` (above its note) goes by one of `wanted`, folded names. Each folder path is
 * looked at once per set of `wanted` names and remembered (past 10,000 folder paths, forgotten).
 */
export function inFolder(path: string, wanted: ReadonlySet<string>): boolean {
	const cut = path.lastIndexOf("/");
	if (cut < 0) return false;
	const folders = path.slice(0, cut);
	return remembered(memoryOf(foundIn, wanted), folders, 10_000, () => folders.split("/").some((part) => folderWords(part).some((w) => wanted.has(w))));
}

/** An order number before a folder's name, as numbered vaults write it: `02 - `, `2. `, `10 `, `20_`, `1.2 `, `4) `. */
const ORDER_NUMBER = /^\d{1,4}(?:[.-]\d{1,4})*[.)]?[\s_-]+/;
/** Emoji that decorate a folder's name (`👥 People`, `People 👥`), with their joiners and variation selectors. */
const DECORATION = /\p{Extended_Pictographic}|\u200D|\uFE0F/gu;

/** Names of folders read so far: every note of a folder asks for the same one, once per rule. */
const wordsOfFolders = new Map<string, readonly string[]>();

/** The names a folder goes by: as written, without its emoji, and without its order number (`02 - People` is People). */
function folderWords(name: string): readonly string[] {
	return remembered(wordsOfFolders, name, 10_000, readFolderWords);
}

/** Words of a folder's name, apart at spaces and underscores: `Team Meetings`, `client_meetings`. */
const NAME_WORDS = /[\s_]+/;

/**
 * Last words that say too little about the notes below to count alone: `Historical Events` and
 * `Famous People` hold notes about history, not meetings to date or people to keep in touch with, and
 * `Change Log` or `Dev Log` a project's dated notes, not interactions.
 */
const VAGUE_LAST_WORDS = new Set(["event", "evento", "eventi", "people", "persone", "log"].map(foldWord));

/**
 * The names a folder's last words make (`Team Meetings` is Meetings, `Client Meeting Notes` is Meeting
 * notes, `Work Contacts` is Contacts), as English names a kind of folder by its last words; never its
 * first ones, so `People Management` or `Meetings Guide` is no folder of people or meetings.
 */
function lastWordsNames(name: string): string[] {
	if (name.length > 100) return [];
	const parts = name.trim().split(NAME_WORDS);
	const names: string[] = [];
	for (let i = Math.max(1, parts.length - 3); i < parts.length; i++) {
		const folded = foldWord(parts.slice(i).join(" "));
		if (!VAGUE_LAST_WORDS.has(folded)) names.push(folded);
	}
	return names;
}

/** The id Notion's Markdown export puts after every folder's name: `Team Meetings 8f2c1a7e9b3d4c5fa1e2b3c4d5e6f7a8`. */
const NOTION_ID = / [0-9a-f]{32}$/;

function readFolderWords(name: string): string[] {
	const notion = NOTION_ID.exec(name);
	if (notion) return [foldWord(name), ...readFolderWords(name.slice(0, notion.index))];
	const words = [foldWord(name), ...lastWordsNames(name)];
	if (name.length > 100 || (!/^\d/.test(name) && /^[ -~]*$/.test(name))) return words;
	const bare = name.replace(DECORATION, "").trim();
	const unnumbered = bare.replace(ORDER_NUMBER, "");
	if (bare !== name && bare !== "") words.push(foldWord(bare));
	if (unnumbered !== bare && /\p{L}/u.test(unnumbered)) words.push(foldWord(unnumbered));
	return words;
}
