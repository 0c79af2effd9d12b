import { type App, TFile, TFolder } from "obsidian";
import type { ParsedNote } from "../core/notes/note";
import type { NoteStore } from "./note-store";
import type { Slicer } from "./slicer";

/** Every Markdown note of the vault for a full indexing, people first. */
export interface StartNotes {
	notes: ParsedNote[];
	/** How many came from the store. */
	fromStore: number;
}

/**
 * Every Markdown note for a full indexing: from the store when its file's size and modification
 * time (kept in memory by the vault: no disk access) are the ones it was stored with, decoded as
 * the store's pages arrive (so that no page outlives its slice); the others (new, changed, or not
 * readable from the store) through `read`, which reads the note and stores it; one the disk refuses
 * through `refused`. Stored notes whose file is gone leave the store. Null when a newer indexing started meanwhile.
 */
export async function startNotes(
	app: App,
	store: NoteStore | null,
	key: string,
	read: (file: TFile) => Promise<ParsedNote>,
	slicer: Slicer,
	stillWanted: () => boolean,
	refused: (file: TFile, error: unknown) => ParsedNote,
): Promise<StartNotes | null> {
	const people: ParsedNote[] = [];
	const others: ParsedNote[] = [];
	const keep = (note: ParsedNote): void => void (note.kind === "person" ? people : others).push(note);
	// The files still to read: a stored note that matches takes its file off.
	let unread = new Map<string, TFile>();
	// The vault's folders are walked rather than asking for every file at once (one call that would
	// hold the main thread for tens of milliseconds in a large vault); a slice may end in any folder.
	const listFiles = async (): Promise<boolean> => {
		unread = new Map();
		const walk = new FolderWalk(app.vault.getRoot());
		while (!walk.listInto(unread, slicer)) if (!(await slicer.pause(stillWanted))) return false;
		return true;
	};
	if (!(await listFiles())) return null;
	const gone: string[] = [];
	const fromStore = (path: string, size: number, mtime: number, text: string): void => {
		const file = unread.get(path);
		if (file === undefined) {
			gone.push(path);
			return;
		}
		if (size !== file.stat.size || mtime !== file.stat.mtime) return;
		const note = store?.codec.decode(file.path, text);
		if (!note) return;
		unread.delete(path);
		keep(note);
	};
	if (store) {
		const loaded = await store.load(key, slicer, stillWanted, fromStore);
		if (loaded === "stopped" || !stillWanted()) return null;
		if (loaded === "untrusted") {
			people.length = 0;
			others.length = 0;
			gone.length = 0;
			if (!(await listFiles())) return null;
		}
	}
	const stored = people.length + others.length;
	for (const path of gone) store?.delete(path);
	for (const file of unread.values()) {
		const note = await readIfStillThere(app, read, file, refused);
		if (note) keep(note);
		if (slicer.due() && !(await slicer.pause(stillWanted))) return null;
	}
	return { notes: people.concat(others), fromStore: stored };
}

/**
 * A note read at start-up, or null when it went away (deleted or moved since the vault was listed):
 * its delete or rename event brings the index up to date, and the start goes on with every other note.
 * A note still there that the disk refuses (an antivirus or a sync app holding it) is what `refused`
 * makes of it, and the start goes on too.
 */
async function readIfStillThere(app: App, read: (file: TFile) => Promise<ParsedNote>, file: TFile, refused: (file: TFile, error: unknown) => ParsedNote): Promise<ParsedNote | null> {
	try {
		return await read(file);
	} catch (error) {
		return app.vault.getFileByPath(file.path) === file ? refused(file, error) : null;
	}
}

/**
 * The vault's folders, walked a slice at a time: plain synchronous code (a loop inside an async
 * function keeps its variables in the function's saved state, and runs markedly slower).
 */
class FolderWalk {
	private readonly folders: TFolder[];
	private folder: TFolder | undefined;
	private next = 0;

	constructor(root: TFolder) {
		this.folders = [];
		this.folder = root;
	}

	/** Adds Markdown files to `files` until the slice is used up; true once every folder was walked. */
	listInto(files: Map<string, TFile>, slicer: Slicer): boolean {
		let listed = 0;
		for (; this.folder; this.folder = this.folders.pop(), this.next = 0) {
			const children = this.folder.children;
			while (this.next < children.length) {
				const child = children[this.next++];
				if (child instanceof TFolder) this.folders.push(child);
				else if (child instanceof TFile && child.extension === "md") files.set(child.path, child);
				if ((++listed & 255) === 0 && slicer.due()) return false;
			}
		}
		return true;
	}
}
