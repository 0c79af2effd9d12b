/**
 * An in-memory Obsidian for integration tests: vault, metadata cache, workspace, plugin and view
 * base classes, modals, settings and Obsidian's DOM helpers (on happy-dom). vitest aliases the
 * `obsidian` module to this file, so tests load the real plugin class.
 *
 * It implements what Rapport and obsidian-daily-notes-interface use, the way Obsidian behaves:
 * metadata-cache `changed` fires after a write, asynchronously; rename fires no `changed`.
 */
import yaml from "js-yaml";
import momentLib from "moment";

/* ------------------------------------------------------------------ DOM helpers */

interface DomInfo {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean>;
	href?: string;
	type?: string;
	title?: string;
	value?: string;
	placeholder?: string;
}

function applyInfo(el: HTMLElement, info?: DomInfo | string): void {
	if (typeof info === "string") {
		el.className = info;
		return;
	}
	if (!info) return;
	if (info.cls) el.className = Array.isArray(info.cls) ? info.cls.join(" ") : info.cls;
	if (info.text !== undefined) el.textContent = info.text;
	for (const [k, v] of Object.entries(info.attr ?? {})) el.setAttribute(k, String(v));
	if (info.href !== undefined) el.setAttribute("href", info.href);
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.title !== undefined) el.setAttribute("title", info.title);
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
}

/** The `onWindowMigrated` listeners of each element. */
const windowMigrated = new Map<HTMLElement, Set<(win: Window) => unknown>>();

/** As Obsidian does once `root` is in another window: tells the listeners of `root` and of the elements in it. */
export function notifyWindowMigrated(root: HTMLElement): void {
	const win = root.ownerDocument.defaultView;
	if (!win) return;
	for (const [el, listeners] of windowMigrated) if (root.contains(el)) for (const listener of listeners) listener(win);
}

/** The `onNodeInserted` listeners of each element, with whether it was shown when last looked at. */
const nodeInserted = new Map<HTMLElement, { shown: boolean; listeners: Set<() => unknown> }>();

/** Obsidian's `el.isShown()`: in the document, and neither it nor an ancestor is `display: none` (Obsidian reads `offsetParent`). */
function isShownEl(el: HTMLElement): boolean {
	if (!el.isConnected) return false;
	for (let cur: HTMLElement | null = el; cur; cur = cur.parentElement) if (cur.style.display === "none") return false;
	return true;
}

/**
 * As Obsidian's `onNodeInserted` does (a CSS animation that starts whenever the element starts being
 * rendered): tells the listeners of each element that was not shown when last looked at and now is.
 * The fake workspace calls it after every change of what is shown (a tab picked, a sidebar expanded).
 */
export function notifyNodesShown(): void {
	for (const [el, entry] of nodeInserted) {
		if (entry.listeners.size === 0) {
			nodeInserted.delete(el);
			continue;
		}
		const shown = isShownEl(el);
		const appeared = shown && !entry.shown;
		entry.shown = shown;
		if (appeared) for (const listener of [...entry.listeners]) listener();
	}
}

export function installDomHelpers(win: Window & typeof globalThis): void {
	const proto = win.HTMLElement.prototype as unknown as Record<string, unknown>;
	if (proto.createEl) return;
	// Obsidian's `el.win` / `el.doc`: the window and document an element lives in (popout windows).
	Object.defineProperty(win.Node.prototype, "win", { configurable: true, get(this: Node) { return this.ownerDocument?.defaultView ?? win; } });
	Object.defineProperty(win.Node.prototype, "doc", { configurable: true, get(this: Node) { return this.ownerDocument ?? win.document; } });
	// Obsidian's `node.instanceOf(HTMLElement)`: `instanceof` that also holds for a popout window's own classes.
	Object.defineProperty(win.Node.prototype, "instanceOf", {
		configurable: true,
		value(this: Node, type: abstract new (...args: never[]) => unknown): boolean {
			const own = (this.ownerDocument?.defaultView as unknown as Record<string, unknown> | null)?.[type.name];
			const has = (cls: unknown): boolean => typeof cls === "function" && Object.prototype.isPrototypeOf.call((cls as { prototype: object }).prototype, this);
			return has(type) || has(own);
		},
	});
	// Obsidian's `el.onWindowMigrated(listener)`: called with the new window when the element moves to another one.
	proto.onWindowMigrated = function (this: HTMLElement, listener: (win: Window) => unknown) {
		const listeners = windowMigrated.get(this) ?? new Set();
		windowMigrated.set(this, listeners.add(listener));
		return () => listeners.delete(listener);
	};
	proto.isShown = function (this: HTMLElement) {
		return isShownEl(this);
	};
	// Obsidian's `el.onNodeInserted(listener, once)`: called each time the element starts being rendered.
	proto.onNodeInserted = function (this: HTMLElement, listener: () => unknown, once = false) {
		const entry = nodeInserted.get(this) ?? { shown: isShownEl(this), listeners: new Set<() => unknown>() };
		nodeInserted.set(this, entry);
		const call = once
			? (): void => {
					entry.listeners.delete(call);
					listener();
				}
			: listener;
		entry.listeners.add(call);
		return () => entry.listeners.delete(call);
	};
	proto.createEl = function (this: HTMLElement, tag: string, info?: DomInfo | string, cb?: (el: HTMLElement) => void) {
		const el = this.ownerDocument.createElement(tag);
		applyInfo(el, info);
		this.appendChild(el);
		cb?.(el);
		return el;
	};
	proto.createDiv = function (this: HTMLElement, info?: DomInfo | string) {
		return (this as unknown as { createEl: (t: string, i?: unknown) => HTMLElement }).createEl("div", info);
	};
	proto.createSpan = function (this: HTMLElement, info?: DomInfo | string) {
		return (this as unknown as { createEl: (t: string, i?: unknown) => HTMLElement }).createEl("span", info);
	};
	proto.empty = function (this: HTMLElement) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	proto.setText = function (this: HTMLElement, text: string) {
		this.textContent = text;
	};
	proto.appendText = function (this: HTMLElement, text: string) {
		this.appendChild(this.ownerDocument.createTextNode(text));
	};
	proto.addClass = function (this: HTMLElement, ...cls: string[]) {
		this.classList.add(...cls);
	};
	proto.removeClass = function (this: HTMLElement, ...cls: string[]) {
		this.classList.remove(...cls);
	};
	proto.toggleClass = function (this: HTMLElement, cls: string, on: boolean) {
		this.classList.toggle(cls, on);
	};
	proto.hasClass = function (this: HTMLElement, cls: string) {
		return this.classList.contains(cls);
	};
	proto.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	};
	proto.setAttr = function (this: HTMLElement, name: string, value: string) {
		this.setAttribute(name, value);
	};
}

function div(): HTMLElement {
	return document.createElement("div");
}

/* ------------------------------------------------------------------ events and components */

export interface EventRef {
	events: Events;
	name: string;
	fn: (...args: unknown[]) => unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, fn: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { events: this, name, fn: fn as (...args: unknown[]) => unknown };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, fn: (...args: never[]) => unknown): void {
		this.handlers.set(name, (this.handlers.get(name) ?? []).filter((r) => r.fn !== fn));
	}

	offref(ref: EventRef): void {
		this.handlers.set(ref.name, (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref));
	}

	trigger(name: string, ...args: unknown[]): void {
		for (const ref of this.handlers.get(name) ?? []) ref.fn(...args);
	}

	/** Test helper: how many listeners are registered for `name`. */
	listenerCount(name: string): number {
		return (this.handlers.get(name) ?? []).length;
	}

	/** Test helper: the events that still have listeners, with how many. */
	listenedTo(): Record<string, number> {
		return Object.fromEntries([...this.handlers].filter(([, refs]) => refs.length > 0).map(([name, refs]) => [name, refs.length]));
	}
}

export class Component {
	_loaded = false;
	private children: Component[] = [];
	private cleanups: (() => void)[] = [];

	load(): unknown {
		this._loaded = true;
		const result = this.onload();
		for (const c of this.children) c.load();
		return result;
	}

	onload(): unknown {
		return undefined;
	}

	unload(): void {
		for (const c of this.children.splice(0)) c.unload();
		for (const fn of this.cleanups.splice(0)) fn();
		this._loaded = false;
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this._loaded) child.load();
		return child;
	}

	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}

	register(fn: () => void): void {
		this.cleanups.push(fn);
	}

	registerEvent(ref: EventRef): void {
		this.cleanups.push(() => ref.events.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, fn: EventListener): void {
		el.addEventListener(type, fn);
		this.cleanups.push(() => el.removeEventListener(type, fn));
	}

	registerInterval(id: number): number {
		this.cleanups.push(() => window.clearInterval(id));
		return id;
	}
}

/* ------------------------------------------------------------------ files */

export abstract class TAbstractFile {
	vault!: Vault;
	parent: TFolder | null = null;
	/** Plain fields, as in Obsidian (set when the path is, on a rename too): reading them makes no string. */
	name = "";
	private currentPath = "";
	constructor(path: string) {
		this.path = path;
	}
	get path(): string {
		return this.currentPath;
	}
	set path(path: string) {
		this.currentPath = path;
		this.name = path.slice(path.lastIndexOf("/") + 1);
		this.named(this.name);
	}
	/** Sets what a subclass derives from the name. */
	protected named(_name: string): void {}
}

export class TFile extends TAbstractFile {
	stat = { ctime: Date.now(), mtime: Date.now(), size: 0 };
	basename = "";
	extension = "";
	constructor(path: string) {
		super(path);
		// Again: the fields above were set after the base class had named the file.
		this.named(this.name);
	}
	protected override named(name: string): void {
		const dot = name.lastIndexOf(".");
		this.basename = dot > 0 ? name.slice(0, dot) : name;
		this.extension = dot > 0 ? name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

/** Obsidian's YAML parser, the one its metadata cache reads frontmatter with (the fake's reads with js-yaml's core schema): throws on YAML it cannot read. */
export function parseYaml(text: string): unknown {
	return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export function normalizePath(path: string): string {
	const p = path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "").trim();
	return p === "" ? "/" : p;
}

/** Obsidian's split of a link's text: the note's path, then from the first `#` a heading or block (`#^id`). */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const at = linktext.indexOf("#");
	return at === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, at), subpath: linktext.slice(at) };
}

/* ------------------------------------------------------------------ vault */

/** `TFile.stat.size` is the file's size in bytes, as Obsidian reports it. */
function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** The vault's `DataAdapter` for files outside the note tree (the config folder): in memory, by normalized path. */
export class DataAdapter {
	/** Test helper: every file written through the adapter. */
	readonly files = new Map<string, string>();
	/** Test helper: paths whose writes the disk refuses (a read-only config folder, a full disk). */
	readonly readOnly = new Set<string>();
	async exists(path: string): Promise<boolean> {
		const p = normalizePath(path);
		return Promise.resolve(this.files.has(p) || [...this.files.keys()].some((f) => f.startsWith(`${p}/`)));
	}
	async read(path: string): Promise<string> {
		const text = this.files.get(normalizePath(path));
		if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
		return Promise.resolve(text);
	}
	async write(path: string, data: string): Promise<void> {
		if (this.readOnly.has(normalizePath(path))) throw new Error(`EACCES: permission denied, open '${path}'`);
		this.files.set(normalizePath(path), data);
		return Promise.resolve();
	}
	async mkdir(_path: string): Promise<void> {
		return Promise.resolve();
	}
}

export class Vault extends Events {
	configDir = ".obsidian";
	readonly adapter = new DataAdapter();
	readonly root = new TFolder("/");
	private readonly entries = new Map<string, TAbstractFile>([["/", this.root]]);
	private readonly contents = new Map<string, string>();
	/** The bytes on disk of files seeded as bytes (`seedBytes`); others are their text in UTF-8. */
	private readonly bytes = new Map<string, Uint8Array>();
	/** Test helper: every write, in order. */
	readonly writes: string[] = [];
	/** Test helper: files whose writes the disk refuses (a read-only file or share), as Node's fs does on desktop. */
	readonly readOnly = new Set<string>();

	constructor(private readonly app: App) {
		super();
		this.root.vault = this;
	}

	static recurseChildren(folder: TFolder, cb: (file: TAbstractFile) => void): void {
		for (const child of folder.children) {
			cb(child);
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
		}
	}

	/** The vault's name (its folder's name in Obsidian). */
	name = "Test vault";
	getName(): string {
		return this.name;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}

	getMarkdownFiles(): TFile[] {
		const out: TFile[] = [];
		for (const f of this.entries.values()) if (f instanceof TFile && f.path.endsWith(".md")) out.push(f);
		return out;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}

	getFiles(): TFile[] {
		const out: TFile[] = [];
		for (const f of this.entries.values()) if (f instanceof TFile) out.push(f);
		return out;
	}

	getRoot(): TFolder {
		return this.root;
	}

	private ensureFolder(path: string): TFolder {
		if (path === "" || path === "/") return this.root;
		const existing = this.entries.get(path);
		if (existing instanceof TFolder) return existing;
		const parent = this.ensureFolder(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "/");
		const folder = new TFolder(path);
		folder.vault = this;
		folder.parent = parent;
		parent.children.push(folder);
		this.entries.set(path, folder);
		return folder;
	}

	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error(`Folder already exists: ${p}`);
		return Promise.resolve(this.ensureFolder(p));
	}

	/**
	 * Test helper: adds a file without events, as if it was in the vault when Obsidian started.
	 * `indexed: false` leaves it without metadata, as on a cold start (see MetadataCache.startCold).
	 */
	seed(path: string, data: string, options: { indexed?: boolean } = {}): TFile {
		const p = normalizePath(path);
		const file = new TFile(p);
		file.vault = this;
		const parent = this.ensureFolder(p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "/");
		file.parent = parent;
		parent.children.push(file);
		this.entries.set(p, file);
		this.contents.set(p, data);
		file.stat.size = utf8Length(data);
		if (options.indexed === false) this.app.metadataCache.markUnindexed(file);
		else this.app.metadataCache.compute(file, data);
		return file;
	}

	/**
	 * Test helper: a file whose bytes on disk are `bytes`, which need not be UTF-8 (an old Windows-1252
	 * note). Its text is what Obsidian reads: UTF-8 with U+FFFD for each byte that is not, as Node's
	 * `readFile(path, "utf8")` does; `readBinary` gives the bytes themselves.
	 */
	seedBytes(path: string, bytes: Uint8Array): TFile {
		const file = this.seed(path, new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
		this.bytes.set(file.path, bytes.slice());
		file.stat.size = bytes.length;
		return file;
	}

	/**
	 * Test helper: another program (a sync app bringing back an old copy, an editor saving as
	 * Windows-1252) writes `bytes` over the file. Obsidian then reads it as it reads any note on disk.
	 */
	overwriteBytes(path: string, bytes: Uint8Array): void {
		const file = this.getFileByPath(path);
		if (!file) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
		const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
		this.contents.set(file.path, text);
		this.bytes.set(file.path, bytes.slice());
		file.stat.mtime = Date.now();
		file.stat.size = bytes.length;
		this.trigger("modify", file);
		this.app.metadataCache.changedLater(file, text);
	}

	/** The file's bytes: as seeded by `seedBytes`, else its text in UTF-8. */
	async readBinary(file: TFile): Promise<ArrayBuffer> {
		if (this.entries.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
		const bytes = this.bytes.get(file.path) ?? new TextEncoder().encode(this.contents.get(file.path) ?? "");
		return Promise.resolve(bytes.slice().buffer);
	}

	/** Test helper: the file's bytes on disk now. */
	binary(path: string): Uint8Array | undefined {
		const p = normalizePath(path);
		const text = this.contents.get(p);
		return this.bytes.get(p)?.slice() ?? (text === undefined ? undefined : new TextEncoder().encode(text));
	}

	async create(path: string, data: string): Promise<TFile> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error(`File already exists: ${p}`);
		// As in Obsidian, a note is created in a folder that exists: callers make the folder first (`createFolder`).
		const folder = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "/";
		if (!(this.entries.get(folder) instanceof TFolder)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		const file = this.seed(p, data);
		this.writes.push(p);
		this.trigger("create", file);
		this.app.metadataCache.changedLater(file, data);
		return Promise.resolve(file);
	}

	/**
	 * Test helper: a note made by someone else than the plugin (a sync service, the Daily notes core
	 * plugin, the user in the file explorer), who makes its folder first when missing.
	 */
	async arrive(path: string, data: string): Promise<TFile> {
		const p = normalizePath(path);
		const folder = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "/";
		if (!this.entries.has(folder)) await this.createFolder(folder);
		return this.create(p, data);
	}

	async read(file: TFile): Promise<string> {
		this.throwIfRefused(file.path, this.refusedReads);
		return Promise.resolve(this.contents.get(file.path) ?? "");
	}

	/** Throws as a read of `path` fails while `lockFile` holds it, or once after `refuseNextRead` (`refusals`: the reads of that kind). */
	private throwIfRefused(path: string, refusals: Map<string, string>): void {
		const locked = this.lockedFiles.get(path);
		if (locked !== undefined) throw new Error(locked);
		const refusal = refusals.get(path);
		if (refusal === undefined) return;
		refusals.delete(path);
		throw new Error(refusal);
	}

	/** Files `lockFile` holds: every read fails with the message until it is let go. */
	private readonly lockedFiles = new Map<string, string>();

	/**
	 * Test helper: every read of `path` fails with `message` until the function returned is called, as
	 * while an antivirus or a sync app holds the file for a while.
	 */
	lockFile(path: string, message = `EBUSY: resource busy or locked, open '${path}'`): () => void {
		const key = normalizePath(path);
		this.lockedFiles.set(key, message);
		return () => void this.lockedFiles.delete(key);
	}

	/** Reads of a path `refuseNextRead` made fail, with the error's message. */
	private readonly refusedReads = new Map<string, string>();
	private readonly refusedCachedReads = new Map<string, string>();

	/**
	 * Test helper: the next `read` (or `cachedRead`, with `how`) of `path` fails with `message`, as a
	 * read from disk fails while a sync app or an antivirus holds the file; the reads after it succeed.
	 */
	refuseNextRead(path: string, message = `EBUSY: resource busy or locked, open '${path}'`, how: "read" | "cachedRead" = "read"): void {
		(how === "read" ? this.refusedReads : this.refusedCachedReads).set(normalizePath(path), message);
	}

	async cachedRead(file: TFile): Promise<string> {
		this.throwIfRefused(file.path, this.refusedCachedReads);
		const text = this.contents.get(file.path) ?? "";
		const held = this.heldReads.get(file.path);
		if (!held) return Promise.resolve(text);
		this.heldReads.delete(file.path);
		return new Promise((resolve) => held.push(() => resolve(text)));
	}

	/** Reads of a path held back by `holdNextRead`: each waits (with the text it read) until released. */
	private readonly heldReads = new Map<string, (() => void)[]>();

	/**
	 * Test helper: the next `cachedRead` of `path` reads the text as it is then, and answers only when
	 * `release()` is called, as a read from disk can answer after a later read served from memory
	 * (reads are asynchronous: Obsidian promises no order between them).
	 */
	holdNextRead(path: string): () => void {
		const key = normalizePath(path);
		const waiting: (() => void)[] = [];
		this.heldReads.set(key, waiting);
		return () => {
			// Released before the read came (a slow machine): it is not held then.
			if (this.heldReads.get(key) === waiting) this.heldReads.delete(key);
			for (const answer of waiting.splice(0)) answer();
		};
	}

	/** Test helper: the current text of a file. */
	text(path: string): string | undefined {
		return this.contents.get(normalizePath(path));
	}

	async modify(file: TFile, data: string): Promise<void> {
		if (this.readOnly.has(file.path)) throw new Error(`EACCES: permission denied, open '${file.path}'`);
		this.contents.set(file.path, data);
		this.bytes.delete(file.path);
		file.stat.mtime = Date.now();
		file.stat.size = utf8Length(data);
		this.writes.push(file.path);
		this.trigger("modify", file);
		this.app.metadataCache.changedLater(file, data);
		return Promise.resolve();
	}

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		// A file deleted since the TFile was taken: the read fails, as the adapter's does.
		if (this.entries.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
		const before = this.contents.get(file.path) ?? "";
		const after = fn(before);
		if (after !== before) await this.modify(file, after);
		return after;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const p = normalizePath(newPath);
		const oldPath = file.path;
		this.entries.delete(oldPath);
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		const parent = this.ensureFolder(p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "/");
		file.path = p;
		file.parent = parent;
		parent.children.push(file);
		this.entries.set(p, file);
		if (file instanceof TFile) {
			const data = this.contents.get(oldPath) ?? "";
			this.contents.delete(oldPath);
			this.contents.set(p, data);
			const bytes = this.bytes.get(oldPath);
			this.bytes.delete(oldPath);
			if (bytes) this.bytes.set(p, bytes);
			this.app.metadataCache.move(oldPath, file);
		}
		// As in Obsidian: a rename fires `rename`, and no metadata-cache `changed`.
		this.trigger("rename", file, oldPath);
		return Promise.resolve();
	}

	async delete(file: TAbstractFile): Promise<void> {
		this.entries.delete(file.path);
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		if (file instanceof TFile) {
			const data = this.contents.get(file.path) ?? "";
			this.contents.delete(file.path);
			this.bytes.delete(file.path);
			const prev = this.app.metadataCache.forget(file.path);
			this.trigger("delete", file);
			this.app.metadataCache.later(() => this.app.metadataCache.trigger("deleted", file, data, prev));
		}
		return Promise.resolve();
	}
}

/* ------------------------------------------------------------------ metadata cache */

export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { start: { line: number }; end: { line: number } };
	links?: { link: string; original: string; position: { start: { line: number } } }[];
	tags?: { tag: string; position: { start: { line: number } } }[];
}

export class MetadataCache extends Events {
	private readonly caches = new Map<string, CachedMetadata>();
	private pending: Promise<void> = Promise.resolve();
	/**
	 * Whether every file has metadata (Obsidian's runtime flag, not in its type definitions). On a
	 * cold start (first open, after a mobile sync) it is false at layout-ready: the missing files
	 * arrive later as `changed` events, then `resolved` fires once.
	 */
	resolved = true;
	private readonly unindexed = new Set<TFile>();

	constructor(private readonly app: App) {
		super();
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	compute(file: TFile, data: string): CachedMetadata {
		const cache: CachedMetadata = {};
		const text = data.replace(/^\uFEFF/, "");
		const lines = text.split(/\r?\n/);
		if (lines[0] === "---") {
			const end = lines.indexOf("---", 1);
			if (end > 0) {
				try {
					const fm = yaml.load(lines.slice(1, end).join("\n"), { schema: yaml.CORE_SCHEMA });
					if (fm && typeof fm === "object" && !Array.isArray(fm)) cache.frontmatter = fm as Record<string, unknown>;
				} catch {
					// Obsidian shows no frontmatter when the YAML cannot be read.
				}
				cache.frontmatterPosition = { start: { line: 0 }, end: { line: end } };
			}
		}
		cache.links = [];
		lines.forEach((line, i) => {
			for (const m of line.matchAll(/\[\[([^\]|#]+)[^\]]*\]\]/g)) cache.links?.push({ link: m[1] ?? "", original: m[0], position: { start: { line: i } } });
		});
		this.caches.set(file.path, cache);
		return cache;
	}

	/** Test helper (cold start): a file Obsidian has not read yet, so `getFileCache` is null. */
	markUnindexed(file: TFile): void {
		this.unindexed.add(file);
		this.resolved = false;
	}

	/**
	 * Test helper (cold start): the metadata worker reads the files it had not read yet, `batch` at a
	 * time, firing `changed` for each; once none is left, `resolved` is true and `resolved` fires.
	 */
	indexRemaining(batch = 50): void {
		const files = [...this.unindexed];
		this.unindexed.clear();
		for (let i = 0; i < files.length; i += batch) {
			const slice = files.slice(i, i + batch);
			this.later(() => {
				for (const file of slice) {
					if (this.app.vault.getFileByPath(file.path) !== file) continue;
					const data = this.app.vault.text(file.path) ?? "";
					this.trigger("changed", file, data, this.compute(file, data));
				}
			});
		}
		this.later(() => {
			this.resolved = true;
			this.trigger("resolved");
		});
	}

	/** Queues work the way Obsidian's metadata worker answers: after the write returns. */
	later(fn: () => void): void {
		this.pending = this.pending.then(() => new Promise<void>((resolve) => setTimeout(() => {
			fn();
			resolve();
		}, 0)));
	}

	changedLater(file: TFile, data: string): void {
		this.later(() => {
			if (this.app.vault.getFileByPath(file.path) !== file) return;
			const cache = this.compute(file, data);
			this.trigger("changed", file, data, cache);
		});
	}

	move(oldPath: string, file: TFile): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
	}

	forget(path: string): CachedMetadata | null {
		const cache = this.caches.get(path) ?? null;
		this.caches.delete(path);
		return cache;
	}

	/** Test helper: resolves when every queued metadata event has fired. */
	async settled(): Promise<void> {
		let before: Promise<void>;
		do {
			before = this.pending;
			await before;
			await new Promise((r) => setTimeout(r, 0));
		} while (before !== this.pending);
	}

	/**
	 * Obsidian's best match for a link: the file at that path, else among files of that name
	 * (case-insensitive) the one in the linking note's folder, else the one with the shortest path.
	 */
	getFirstLinkpathDest(linkpath: string, source: string): TFile | null {
		const target = normalizePath(linkpath.replace(/\.md$/, ""));
		const files = this.app.vault.getMarkdownFiles();
		const exact = files.find((f) => f.path.replace(/\.md$/, "") === target);
		if (exact) return exact;
		const named = files.filter((f) => f.basename.toLowerCase() === target.toLowerCase()).sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
		const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/")) : "";
		return named.find((f) => f.path.slice(0, Math.max(0, f.path.lastIndexOf("/"))) === folder) ?? named[0] ?? null;
	}

	fileToLinktext(file: TFile, _source: string, omitMdExtension = true): string {
		const unique = this.app.vault.getMarkdownFiles().filter((f) => f.basename === file.basename).length === 1;
		const text = unique ? file.basename : file.path.replace(/\.md$/, "");
		return omitMdExtension ? text : `${text}.md`;
	}
}

/* ------------------------------------------------------------------ file manager */

export class FileManager {
	constructor(private readonly app: App) {}

	/** Moves a file to the trash the user chose (system or `.trash`): to the vault and its cache, the file is deleted. */
	async trashFile(file: TAbstractFile): Promise<void> {
		const vault: { delete(file: TAbstractFile): Promise<void> } = this.app.vault;
		await vault.delete(file);
	}

	async processFrontMatter(file: TFile, fn: (fm: Record<string, unknown>) => void): Promise<void> {
		await this.app.vault.process(file, (data) => {
			const eol = data.includes("\r\n") ? "\r\n" : "\n";
			const lines = data.split(/\r?\n/);
			let fm: Record<string, unknown> = {};
			let body = data;
			if (lines[0] === "---") {
				const end = lines.indexOf("---", 1);
				if (end > 0) {
					fm = (yaml.load(lines.slice(1, end).join("\n"), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> | null) ?? {};
					body = lines.slice(end + 1).join(eol);
				}
			}
			fn(fm);
			const dumped = yaml.dump(fm, { schema: yaml.CORE_SCHEMA, lineWidth: -1 }).trimEnd().split("\n").join(eol);
			return `---${eol}${dumped}${eol}---${eol}${body}`;
		});
	}
}

/* ------------------------------------------------------------------ workspace */

/** What a leaf shows in a workspace layout (Obsidian's `ViewState`), as saved in workspace.json. */
export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
}

/**
 * A tab group (the main area or a sidebar). As in Obsidian, only its selected tab is shown: the
 * others, and every tab of a collapsed sidebar, are `display: none`. On a phone a sidebar is a
 * drawer (`WorkspaceMobileDrawer`) that slides out of the screen when collapsed: its shown tab may
 * stay rendered, so only `collapsed` tells that nobody sees it.
 */
export class WorkspaceTabs {
	readonly children: WorkspaceLeaf[] = [];
	current: WorkspaceLeaf | null = null;
	collapsed = false;
	constructor(
		private readonly place: () => HTMLElement | null,
		/** Obsidian's `layout-change` (a tab picked, a sidebar collapsed or expanded). */
		private readonly changed: () => void = () => undefined,
		/** A sidebar: a drawer on a phone. */
		private readonly sidebar = false,
	) {}

	insert(leaf: WorkspaceLeaf): void {
		this.children.push(leaf);
		leaf.parent = this;
		this.place()?.appendChild(leaf.containerEl);
		leaf.containerEl.setCssProps({ display: "none" });
	}

	remove(leaf: WorkspaceLeaf): void {
		this.children.splice(this.children.indexOf(leaf), 1);
		leaf.containerEl.remove();
		if (this.current === leaf) this.select(this.children[this.children.length - 1] ?? null);
	}

	/** The user picks a tab: it is shown (and loaded if deferred), the others hidden. */
	select(leaf: WorkspaceLeaf | null): void {
		this.current = leaf;
		this.layout();
		if (leaf && !this.collapsed) void leaf.loadIfDeferred();
	}

	/** Sidebars only (`workspace.rightSplit`): hides every tab of the sidebar. */
	collapse(): void {
		this.collapsed = true;
		this.layout();
	}

	expand(): void {
		this.collapsed = false;
		this.select(this.current);
	}

	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}

	private layout(): void {
		const drawer = this.sidebar && Platform.isMobile;
		for (const child of this.children) {
			const shown = child === this.current && (!this.collapsed || drawer);
			child.containerEl.setCssProps({ display: shown ? "" : "none" });
			// Obsidian tells a view its pane changed size; a hidden pane has none.
			child.onResize();
		}
		notifyNodesShown();
		this.changed();
	}
}

export class WorkspaceLeaf extends Events {
	view: View | null = null;
	parent: WorkspaceTabs | null = null;
	readonly containerEl: HTMLElement;
	private deferred: ViewState | null = null;
	/** `doc`: the document of the window the leaf is in (a popout window's own). */
	constructor(
		private readonly app: App,
		doc: Document = document,
	) {
		super();
		this.containerEl = doc.createElement("div");
		this.containerEl.addClass("workspace-leaf");
		// The pane's size follows the window and the splits; Obsidian calls `onResize()` on every change.
		const Observer = (doc.defaultView as { ResizeObserver?: typeof ResizeObserver } | null)?.ResizeObserver;
		if (Observer) new Observer(() => this.onResize()).observe(this.containerEl);
	}

	/** Obsidian 1.7.2+: true while the leaf holds a `DeferredView` (a background tab not yet shown). */
	get isDeferred(): boolean {
		return this.deferred !== null;
	}

	async loadIfDeferred(): Promise<void> {
		const state = this.deferred;
		if (!state) return;
		this.deferred = null;
		await this.setViewState(state);
	}

	/** Restored in the background: a placeholder until the tab is first shown. */
	defer(state: ViewState): void {
		this.deferred = state;
		this.view = new DeferredView(this, state.type);
		this.containerEl.appendChild(this.view.containerEl);
	}

	async setViewState(state: ViewState): Promise<void> {
		const create = this.app.viewRegistry.get(state.type);
		if (!create) throw new Error(`No view registered for ${state.type}`);
		// As in Obsidian: a view of the same type stays and only receives the new state.
		if (this.view && !(this.view instanceof DeferredView) && this.view.getViewType() === state.type) {
			if (state.active) this.app.workspace.setActiveLeaf(this);
			await this.view.setState(state.state ?? {}, { history: false });
			this.app.workspace.requestSaveLayout();
			return;
		}
		this.deferred = null;
		this.view?.unload();
		this.view?.containerEl.remove();
		const view = create(this);
		this.view = view;
		// As in Obsidian, the view is in the document before it opens (with a size when its tab is shown).
		this.containerEl.appendChild(view.containerEl);
		if (state.active) this.app.workspace.setActiveLeaf(this);
		view.load();
		await view.onOpen();
		if (state.state) await view.setState(state.state, { history: false });
		// Obsidian writes the new layout to workspace.json.
		this.app.workspace.requestSaveLayout();
	}

	getViewState(): ViewState {
		if (this.deferred) return this.deferred;
		return { type: this.view?.getViewType() ?? "empty", state: this.view?.getState() ?? {} };
	}

	/** Opens a note in this leaf: a Markdown view when the leaf is in a tab group, the active file always. */
	async openFile(file: TFile, openState?: unknown): Promise<void> {
		this.app.workspace.opened.push({ linktext: file.path, newLeaf: null, state: openState });
		this.showNote(file);
		this.app.workspace.setActiveFile(file);
		return Promise.resolve();
	}

	/** The fake's Markdown view of a note. */
	showNote(file: TFile): void {
		this.deferred = null;
		this.view?.unload();
		this.view?.containerEl.remove();
		this.view = new NoteView(this, file);
		this.containerEl.appendChild(this.view.containerEl);
	}

	onResize(): void {
		this.view?.onResize();
	}

	/** The sidebar (`workspace.rightSplit`) or the tab group of the main area or of a popout window the leaf is in. */
	getRoot(): WorkspaceTabs | null {
		return this.parent;
	}

	/** The plugin of this leaf's view was turned off: the view closes, the tab keeps its place and state. */
	closeViewOfGonePlugin(): void {
		const view = this.view;
		if (!view || view instanceof DeferredView) return;
		const state = this.getViewState();
		view.unload();
		void view.onClose();
		view.containerEl.remove();
		this.defer(state);
	}

	detach(): void {
		this.view?.unload();
		void this.view?.onClose();
		this.view = null;
		this.parent?.remove(this);
		this.app.workspace.leaves = this.app.workspace.leaves.filter((l) => l !== this);
	}
}

/** The saved workspace (Obsidian's workspace.json): each tab group's tabs, the selected one, and the sidebar's state. */
export interface WorkspaceLayout {
	main: { tabs: ViewState[]; current: number };
	right: { tabs: ViewState[]; current: number; collapsed: boolean };
}

export class Workspace extends Events {
	leaves: WorkspaceLeaf[] = [];
	layoutReady = false;
	/** Test helper: where the main area's tabs are put in the document (an element of its own at the end of the body by default). */
	rootEl: HTMLElement | null = null;
	/** Test helper: where the right sidebar's tabs are put (the main area's element when unset). */
	rightEl: HTMLElement | null = null;
	/** Where the tabs go when the test names no element: as in Obsidian, every view is in the document. */
	private ownEl: HTMLElement | null = null;
	/** The main area's tab group. */
	readonly rootSplit = new WorkspaceTabs(() => this.rootEl ?? this.defaultEl(), () => this.layoutChanged());
	/** The right sidebar, collapsible (a drawer on a phone). */
	readonly rightSplit = new WorkspaceTabs(() => this.rightEl ?? this.rootEl ?? this.defaultEl(), () => this.layoutChanged(), true);
	activeLeaf: WorkspaceLeaf | null = null;
	/** Test helper: called with the layout whenever Obsidian would write workspace.json. */
	onSaveLayout: ((layout: WorkspaceLayout) => void) | null = null;
	private readyCallbacks: (() => unknown)[] = [];
	private activeFile: TFile | null = null;
	/** Test helper: every note opened, by `openLinkText` (its link text) or `WorkspaceLeaf.openFile` (the path). */
	readonly opened: { linktext: string; newLeaf: unknown; state?: unknown }[] = [];
	activeEditor: Editor | null = null;

	constructor(private readonly app: App) {
		super();
	}

	private defaultEl(): HTMLElement {
		if (!this.ownEl) {
			this.ownEl = document.createElement("div");
			this.ownEl.className = "workspace";
			document.body.appendChild(this.ownEl);
		}
		return this.ownEl;
	}

	/** Obsidian fires `layout-change` when what the workspace shows changes (a tab picked, a sidebar collapsed). */
	private layoutChanged(): void {
		this.trigger("layout-change");
	}

	onLayoutReady(cb: () => unknown): void {
		if (this.layoutReady) cb();
		else this.readyCallbacks.push(cb);
	}

	/** Test helper: Obsidian finished loading the layout. */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}

	/** Deferred leaves count as their type, as in Obsidian 1.7.2+ (check `instanceof` before using the view). */
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.getViewState().type === type);
	}

	private newLeaf(group: WorkspaceTabs): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		this.leaves.push(leaf);
		group.insert(leaf);
		return leaf;
	}

	/**
	 * Test helper: `file` open in a tab of its own with its editor (an `EditorTabView`), not the active
	 * one: a background tab of the main area, or (`popout`) a popout window's tab.
	 */
	openNoteInTab(file: TFile, popout = false): EditorTabView {
		const leaf = popout ? this.openPopoutLeaf() : this.newLeaf(this.rootSplit);
		const view = new EditorTabView(leaf, file);
		leaf.view = view;
		leaf.containerEl.appendChild(view.containerEl);
		return view;
	}

	/** Test helper: opens the window of a popout ("Open in new window"); none by default, as on a phone. */
	popoutWindow: (() => Window) | null = null;

	/** A new popout window with one new leaf, shown; its elements are that window's own. */
	openPopoutLeaf(): WorkspaceLeaf {
		const win = this.popoutWindow?.();
		if (!win) throw new Error("This device cannot open popout windows");
		const group = new WorkspaceTabs(() => win.document.body);
		const leaf = new WorkspaceLeaf(this.app, win.document);
		this.leaves.push(leaf);
		group.insert(leaf);
		group.select(leaf);
		return leaf;
	}

	/** "Move to new window": the leaf, its view alive, goes to a new popout window; its elements are told (`onWindowMigrated`). */
	moveLeafToPopout(leaf: WorkspaceLeaf): { win: Window } {
		const win = this.popoutWindow?.();
		if (!win) throw new Error("This device cannot open popout windows");
		leaf.parent?.remove(leaf);
		const group = new WorkspaceTabs(() => win.document.body);
		group.insert(leaf);
		group.select(leaf);
		notifyWindowMigrated(leaf.containerEl);
		return { win };
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		const leaf = this.newLeaf(this.rightSplit);
		this.rightSplit.select(leaf);
		return leaf;
	}

	/**
	 * As in Obsidian: `false`/none gives the main area's shown tab when it shows a note (a new tab
	 * otherwise); `true`, "tab", "split", "window" give a new tab, shown at once.
	 */
	getLeaf(newLeaf?: unknown): WorkspaceLeaf {
		const shown = this.rootSplit.current;
		if (!newLeaf && shown?.view?.navigation) return shown;
		const leaf = this.newLeaf(this.rootSplit);
		this.rootSplit.select(leaf);
		return leaf;
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		leaf.parent?.select(leaf);
	}

	/** Shows the leaf: selects its tab, expands its sidebar, loads it if deferred (1.7.2+). */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		if (leaf.parent?.collapsed) leaf.parent.expand();
		leaf.parent?.select(leaf);
		await leaf.loadIfDeferred();
	}

	/** Obsidian writes workspace.json a moment after a view asks. */
	requestSaveLayout = debounce(() => this.onSaveLayout?.(this.getLayout()), 20);

	getLayout(): WorkspaceLayout {
		const group = (g: WorkspaceTabs): { tabs: ViewState[]; current: number } => ({ tabs: g.children.map((l) => l.getViewState()), current: g.current ? g.children.indexOf(g.current) : -1 });
		return { main: group(this.rootSplit), right: { ...group(this.rightSplit), collapsed: this.rightSplit.collapsed } };
	}

	/** Test helper: a restart with this saved layout. Selected tabs load at once, background tabs are deferred. */
	async changeLayout(layout: WorkspaceLayout): Promise<void> {
		const restore = async (g: WorkspaceTabs, saved: { tabs: ViewState[]; current: number }): Promise<void> => {
			const leaves = saved.tabs.map((state) => {
				const leaf = this.newLeaf(g);
				leaf.defer(state);
				return leaf;
			});
			g.current = leaves[saved.current] ?? null;
			const current = g.current;
			if (current) {
				g.select(current);
				await current.loadIfDeferred();
			}
		};
		this.rightSplit.collapsed = layout.right.collapsed;
		await restore(this.rootSplit, layout.main);
		await restore(this.rightSplit, layout.right);
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}

	/** Test helper: the user opens a note (fires `file-open`), with an editor on it. */
	setActiveFile(file: TFile | null, cursorLine = 0): void {
		this.activeFile = file;
		this.activeEditor?.close();
		this.activeEditor = file ? new Editor(this.app, file, cursorLine) : null;
		this.trigger("file-open", file);
	}

	/**
	 * Opens a link as Obsidian does: in a new tab when asked, else in the main area's shown tab when it
	 * shows a note, else in a new tab. From a graph, the note's tab is shown and the graph's hidden.
	 */
	async openLinkText(linktext: string, source: string, newLeaf?: unknown, state?: unknown): Promise<void> {
		this.opened.push({ linktext, newLeaf, state });
		// As in Obsidian, the text is a link: what follows `#` is a heading or block (`^`), and a link that
		// resolves to no note creates that note, as clicking an unresolved link does.
		const { path } = parseLinktext(linktext);
		const file = this.app.metadataCache.getFirstLinkpathDest(path, source) ?? (await this.app.vault.create(`${path.replace(/\.md$/, "")}.md`, ""));
		const leaf = this.getLeaf(newLeaf);
		leaf.showNote(file);
		this.setActiveLeaf(leaf);
		this.setActiveFile(file);
	}
}

/**
 * The text of a note open in one or more editors. As in Obsidian, every view of one file (two panes,
 * a popout window, the active editor and a background tab) shows the same text: typing in one
 * reaches the others at once, and what is unsaved is unsaved for all of them.
 */
class OpenText {
	text: string;
	dirty = false;
	/** How many editors show it; the last one closed lets go of it (the next one reads the disk). */
	holders = 0;
	private readonly onDiskChange: EventRef;
	constructor(
		private readonly app: App,
		readonly file: TFile,
	) {
		this.text = app.vault.text(file.path) ?? "";
		this.onDiskChange = app.vault.on("modify", (changed: TFile) => {
			if (changed === this.file && !this.dirty) this.text = app.vault.text(changed.path) ?? "";
		});
	}
	release(): void {
		if (--this.holders > 0) return;
		this.app.vault.offref(this.onDiskChange);
		this.app.openTexts.delete(this.file);
	}
}

/**
 * The editor of an open note. Like Obsidian's, it holds its own text: what the user types stays
 * unsaved for a while (Obsidian saves about two seconds after the last key) before it reaches the
 * disk. While it holds unsaved text, a change made on disk (`Vault.process`) does not reach the
 * editor, and the editor's next save writes over it: the lost-edit case plugins avoid by editing
 * through the editor when the note is open. Edits made through the editor save at once unless the
 * editor is holding unsaved typing (then they are saved with it). Editors of the same file share
 * their text (see `OpenText`).
 */
export class Editor {
	private readonly shared: OpenText;
	private closed = false;

	constructor(
		private readonly app: App,
		readonly file: TFile,
		private line: number,
	) {
		const open = app.openTexts.get(file) ?? new OpenText(app, file);
		app.openTexts.set(file, open);
		open.holders++;
		this.shared = open;
	}

	private get buffer(): string {
		return this.shared.text;
	}

	private set buffer(text: string) {
		this.shared.text = text;
	}

	private get dirty(): boolean {
		return this.shared.dirty;
	}

	private set dirty(dirty: boolean) {
		this.shared.dirty = dirty;
	}

	/** Test helper: the editor is closed (another note opened, its tab closed). */
	close(): void {
		if (this.closed) return;
		this.closed = true;
		this.shared.release();
	}

	private lines(): string[] {
		return this.buffer.split("\n");
	}

	getCursor(): { line: number; ch: number } {
		return { line: this.line, ch: 0 };
	}

	setCursor(pos: { line: number }): void {
		this.line = pos.line;
	}

	getLine(n: number): string {
		return (this.lines()[n] ?? "").replace(/\r$/, "");
	}

	lineCount(): number {
		return this.lines().length;
	}

	setLine(n: number, text: string): void {
		const lines = this.lines();
		const cr = (lines[n] ?? "").endsWith("\r") ? "\r" : "";
		lines[n] = text + cr;
		this.change(lines.join("\n"));
	}

	getValue(): string {
		return this.buffer;
	}

	/** Obsidian's `MarkdownFileInfo` shape (`workspace.activeEditor.editor`): the fake's active editor is its own info. */
	get editor(): Editor {
		return this;
	}

	/** Test helper: texts before each edit made through this editor, for `undo()`. */
	readonly history: string[] = [];

	posToOffset(pos: { line: number; ch: number }): number {
		let offset = 0;
		for (let l = 0; l < pos.line; l++) offset = this.buffer.indexOf("\n", offset) + 1;
		return offset + pos.ch;
	}

	offsetToPos(offset: number): { line: number; ch: number } {
		const before = this.buffer.slice(0, offset);
		const line = before.split("\n").length - 1;
		return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
	}

	replaceRange(text: string, from: { line: number; ch: number }, to?: { line: number; ch: number }): void {
		const start = this.posToOffset(from);
		const end = to ? this.posToOffset(to) : start;
		this.change(this.buffer.slice(0, start) + text + this.buffer.slice(end));
	}

	private change(next: string): void {
		this.history.push(this.buffer);
		this.buffer = next;
		if (!this.dirty) this.save();
	}

	/** Test helper: the user types `text` at the end of line `line`; it stays unsaved until `save()`. */
	type(line: number, text: string): void {
		const lines = this.lines();
		lines[line] = (lines[line] ?? "") + text;
		this.buffer = lines.join("\n");
		this.dirty = true;
	}

	/**
	 * Test helper: the user's typing (lines added, removed or changed anywhere) leaves the editor
	 * holding `text`; it stays unsaved until `save()`.
	 */
	retype(text: string): void {
		this.buffer = text;
		this.dirty = true;
	}

	/** Whether the editor holds text that is not on disk yet. */
	get hasUnsavedChanges(): boolean {
		return this.dirty;
	}

	/** Test helper: Obsidian's autosave: the editor's text reaches the disk. */
	save(): void {
		this.dirty = false;
		if (this.buffer !== this.app.vault.text(this.file.path)) void this.app.vault.modify(this.file, this.buffer);
	}

	/** Test helper: what Ctrl+Z does after an edit made through the editor. */
	undo(): void {
		const previous = this.history.pop();
		if (previous === undefined) return;
		this.buffer = previous;
		if (!this.dirty) this.save();
	}
}

export class MarkdownView {
	constructor(
		readonly file: TFile,
		readonly editor: Editor,
	) {}

	/**
	 * As in Obsidian, a note's tab with its editor is a `MarkdownView`: the fake's `EditorTabView`
	 * (`Workspace.openNoteInTab`) counts too. A `DeferredView` does not.
	 */
	static [Symbol.hasInstance](value: unknown): boolean {
		return value instanceof EditorTabView || (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === MarkdownView.prototype);
	}
}

/* ------------------------------------------------------------------ app, plugin, views */

export interface Command {
	id: string;
	name: string;
	hotkeys?: unknown[];
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCheckCallback?: (checking: boolean, editor: Editor, view: MarkdownView) => boolean | void;
	editorCallback?: (editor: Editor, view: MarkdownView) => unknown;
}

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
	/** The text of each note open in an editor, shared by all its editors. */
	readonly openTexts = new Map<TFile, OpenText>();
	codeBlocks = new Map<string, (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown>();
	settingTabs: PluginSettingTab[] = [];
	modals: Modal[] = [];
	pluginData = new Map<string, unknown>();
	dailyNotesOptions: { folder?: string; format?: string; template?: string } = {};
	templatesOptions: { folder?: string } = {};
	foldManager = { load: (): null => null, save: (): void => undefined };
	internalPlugins = {
		getPluginById: (id: string): { instance: { options: unknown } } | null =>
			id === "daily-notes" ? { instance: { options: this.dailyNotesOptions } } : id === "templates" ? { instance: { options: this.templatesOptions } } : null,
	};
	/** Community plugins that are installed and enabled: `getPlugin` returns only those, as Obsidian does. The Tasks plugin exposes `apiV1`. */
	installedPlugins = new Map<string, { settings?: unknown; apiV1?: unknown }>();
	/** Test helper: Obsidian 1.12.2+'s command line; null plays an older app without `registerCliHandler`. */
	cli: CliRegistry | null = null;
	plugins = { getPlugin: (id: string): { settings?: unknown; apiV1?: unknown } | null => this.installedPlugins.get(id) ?? null };
	commands = {
		commands: new Map<string, Command>(),
		/** Runs a command as the palette would; false when it does not apply here. */
		executeCommandById: (id: string): boolean => {
			const cmd = this.commands.commands.get(id);
			if (!cmd) return false;
			if (cmd.callback) {
				void cmd.callback();
				return true;
			}
			if (cmd.checkCallback) return cmd.checkCallback(true) === true && (cmd.checkCallback(false), true);
			const editor = this.workspace.activeEditor;
			if (cmd.editorCheckCallback) {
				if (!editor) return false;
				const view = new MarkdownView(editor.file, editor);
				return cmd.editorCheckCallback(true, editor, view) === true && (cmd.editorCheckCallback(false, editor, view), true);
			}
			return false;
		},
		/** Whether the palette would list the command right now. */
		isAvailable: (id: string): boolean => {
			const cmd = this.commands.commands.get(id);
			if (!cmd) return false;
			if (cmd.checkCallback) return cmd.checkCallback(true) === true;
			if (cmd.editorCheckCallback) {
				const editor = this.workspace.activeEditor;
				return editor !== null && cmd.editorCheckCallback(true, editor, new MarkdownView(editor.file, editor)) === true;
			}
			return true;
		},
	};

	constructor() {
		this.metadataCache = new MetadataCache(this);
		this.vault = new Vault(this);
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this);
	}
}

/** Obsidian 1.12.2's CLI types. */
export interface CliFlag {
	description: string;
	required?: boolean;
	value?: string;
}
export type CliFlags = Record<string, CliFlag>;
export type CliData = Record<string, string>;
export type CliHandler = (params: CliData) => string | Promise<string>;

/** Test helper: Obsidian's command line, answering `obsidian <command> key=value flag` from registered handlers. */
export class CliRegistry {
	readonly handlers = new Map<string, { description: string; flags: CliFlags | null; handler: CliHandler }>();

	register(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		if (this.handlers.has(command)) throw new Error(`CLI command already registered: ${command}`);
		this.handlers.set(command, { description, flags, handler });
	}

	/** Runs `command` with `key=value` arguments (a bare word is a boolean flag, "true"). */
	async run(command: string, ...args: string[]): Promise<string> {
		const entry = this.handlers.get(command);
		if (!entry) throw new Error(`Unknown command: ${command}`);
		const params: CliData = {};
		for (const arg of args) {
			const eq = arg.indexOf("=");
			if (eq < 0) params[arg] = "true";
			else params[arg.slice(0, eq)] = arg.slice(eq + 1);
		}
		for (const [name, flag] of Object.entries(entry.flags ?? {})) if (flag.required && params[name] === undefined) throw new Error(`Missing required flag: ${name}`);
		return entry.handler(params);
	}
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	author: string;
	isDesktopOnly?: boolean;
	/** The plugin's folder, set by Obsidian when it loads the plugin. */
	dir?: string;
}

export class Plugin extends Component {
	readonly ribbon: { icon: string; title: string; callback: () => unknown }[] = [];
	constructor(
		public app: App,
		public manifest: PluginManifest,
	) {
		super();
		const cli = app.cli;
		if (cli) {
			this.registerCliHandler = (command, description, flags, handler) => {
				cli.register(command, description, flags, handler);
				this.register(() => cli.handlers.delete(command));
			};
		}
	}

	/**
	 * Obsidian 1.12.2's `registerCliHandler(command, description, flags, handler)`; present only when
	 * the fake plays a 1.12.2+ app (`App.cli` not null). Ids are global: a second one throws.
	 */
	declare registerCliHandler?: (command: string, description: string, flags: CliFlags | null, handler: CliHandler) => void;

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.commands.set(full.id, full);
		return full;
	}

	/** As in Obsidian 1.7.2+: the command `addCommand` added with this id (without the plugin's prefix) leaves the palette. */
	removeCommand(commandId: string): void {
		this.app.commands.commands.delete(`${this.manifest.id}:${commandId}`);
	}

	registerView(type: string, create: (leaf: WorkspaceLeaf) => View): void {
		// As in Obsidian: a type registered twice (a plugin instance that never let go of it) throws.
		if (this.app.viewRegistry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.app.viewRegistry.set(type, create);
		this.register(() => {
			this.app.viewRegistry.delete(type);
			// As in Obsidian: the plugin's open views close with it (unloaded, `onClose`), their tabs stay
			// where they are and open the view again once a plugin registers the type anew.
			for (const leaf of this.app.workspace.getLeavesOfType(type)) leaf.closeViewOfGonePlugin();
		});
	}

	registerHoverLinkSource(_id: string, _info: unknown): void {}

	registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown): void {
		if (this.app.codeBlocks.has(language)) throw new Error(`Code block postprocessor for language ${language} is already registered`);
		this.app.codeBlocks.set(language, handler);
		this.register(() => this.app.codeBlocks.delete(language));
	}

	addRibbonIcon(icon: string, title: string, callback: () => unknown): HTMLElement {
		this.ribbon.push({ icon, title, callback });
		// As in Obsidian: the button's tooltip is its aria-label.
		const button = div();
		button.setAttribute("aria-label", title);
		this.ribbonEls.push(button);
		return button;
	}

	/** Test helper: the ribbon's buttons, as Obsidian shows them. */
	readonly ribbonEls: HTMLElement[] = [];

	addSettingTab(tab: PluginSettingTab): void {
		this.app.settingTabs.push(tab);
		// As in Obsidian: the tab leaves the settings window with its plugin.
		this.register(() => {
			this.app.settingTabs = this.app.settingTabs.filter((t) => t !== tab);
		});
	}

	addStatusBarItem(): HTMLElement {
		return div();
	}

	/** Where Obsidian keeps this plugin's data.json. */
	private get dataPath(): string {
		return normalizePath(`${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`);
	}

	async loadData(): Promise<unknown> {
		// As in Obsidian: a data.json on disk (a test may put one there) that is not JSON makes loadData throw.
		const text = this.app.vault.adapter.files.get(this.dataPath);
		if (text !== undefined) return Promise.resolve(JSON.parse(text) as unknown);
		return Promise.resolve(structuredClone(this.app.pluginData.get(this.manifest.id)));
	}

	async saveData(data: unknown): Promise<void> {
		this.app.pluginData.set(this.manifest.id, structuredClone(data));
		if (this.app.vault.adapter.files.has(this.dataPath)) this.app.vault.adapter.files.set(this.dataPath, JSON.stringify(data));
		return Promise.resolve();
	}
}

export class View extends Component {
	app: App;
	containerEl: HTMLElement;
	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.app = (leaf as unknown as { app: App }).app;
		// Made in the leaf's window, as Obsidian does in a popout window.
		this.containerEl = leaf.containerEl.ownerDocument.createElement("div");
		this.containerEl.addClass("workspace-leaf-content");
	}
	getViewType(): string {
		return "";
	}
	getDisplayText(): string {
		return "";
	}
	getIcon(): string {
		return "";
	}
	/** Whether the view navigates (opens files in place); links from other views open in its tab. */
	navigation = false;
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	/** Called when the pane's size changes, including when its tab is shown or hidden. */
	onResize(): void {}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: { history: boolean }): Promise<void> {}
}

export class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv({ cls: "view-header" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
}

/**
 * Obsidian 1.7.2+: a background tab restored from the saved layout holds a `DeferredView` until it is
 * first shown; `getViewType()` still answers the type it stands for, so only `instanceof` tells.
 */
export class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly standsFor: string,
	) {
		super(leaf);
	}
	override getViewType(): string {
		return this.standsFor;
	}
}

/**
 * A note open in a tab with its own editor, as Obsidian's `MarkdownView` is (`instanceof MarkdownView`
 * holds): in a background tab, another pane or a popout window, with typing not saved yet while
 * another note is the active one (`Workspace.openNoteInTab`).
 */
export class EditorTabView extends View {
	override navigation = true;
	readonly editor: Editor;
	constructor(
		leaf: WorkspaceLeaf,
		readonly file: TFile,
	) {
		super(leaf);
		this.editor = new Editor(this.app, file, 0);
	}
	override getViewType(): string {
		return "markdown";
	}
	override onunload(): void {
		this.editor.close();
	}
}

/** A note opened in a tab (the fake's stand-in for a Markdown editor view). */
class NoteView extends View {
	override navigation = true;
	constructor(
		leaf: WorkspaceLeaf,
		readonly file: TFile,
	) {
		super(leaf);
		this.containerEl.addClass("markdown-source-view");
		this.containerEl.createDiv({ cls: "inline-title", text: file.basename });
	}
	override getViewType(): string {
		return "markdown";
	}
}

export interface MarkdownPostProcessorContext {
	sourcePath: string;
	addChild(child: Component): void;
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

/* ------------------------------------------------------------------ UI components */

export class Notice {
	static readonly shown: string[] = [];
	constructor(public message: string | DocumentFragment) {
		Notice.shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
	}
	hide(): void {}
}

export class MenuItem {
	title = "";
	private handler: (() => unknown) | null = null;
	setTitle(title: string): this {
		this.title = title;
		return this;
	}
	setIcon(_icon: string): this {
		return this;
	}
	onClick(fn: () => unknown): this {
		this.handler = fn;
		return this;
	}
	/** Test helper. */
	click(): void {
		this.handler?.();
	}
}

export class Menu extends Component {
	static last: Menu | null = null;
	readonly items: MenuItem[] = [];
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		Menu.last = this;
		return this;
	}
	showAtPosition(_pos: unknown): this {
		Menu.last = this;
		return this;
	}
	/** Test helper: clicks the item with this title. */
	choose(title: string): void {
		const item = this.items.find((i) => i.title === title);
		if (!item) throw new Error(`No menu item "${title}" in ${this.items.map((i) => i.title).join(", ")}`);
		item.click();
	}
}

export const Keymap = {
	isModEvent(evt?: { ctrlKey?: boolean; metaKey?: boolean } | null): boolean | "tab" {
		return evt?.ctrlKey || evt?.metaKey ? "tab" : false;
	},
};

export class Modal {
	containerEl = div();
	modalEl = this.containerEl.createDiv({ cls: "modal" });
	titleEl = this.modalEl.createDiv({ cls: "modal-title" });
	contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	isOpen = false;
	constructor(public app: App) {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	open(): void {
		this.isOpen = true;
		this.app.modals.push(this);
		this.onOpen();
	}
	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.app.modals = this.app.modals.filter((m) => m !== this);
		this.onClose();
	}
	onOpen(): void {}
	onClose(): void {}
}

export abstract class FuzzySuggestModal<T> extends Modal {
	placeholder = "";
	setPlaceholder(text: string): void {
		this.placeholder = text;
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
	/** Test helper: types `query` and picks the first match, as a user would. */
	chooseByText(query: string): void {
		const q = query.toLowerCase();
		const item = this.getItems().find((i) => this.getItemText(i).toLowerCase().includes(q));
		if (item === undefined) throw new Error(`No suggestion matches "${query}"`);
		this.close();
		this.onChooseItem(item, new window.KeyboardEvent("keydown"));
	}
}

class ValueComponent<T> {
	protected changeHandler: ((value: T) => unknown) | null = null;
	onChange(fn: (value: T) => unknown): this {
		this.changeHandler = fn;
		return this;
	}
}

/** Obsidian's multi-line text setting (`Setting.addTextArea`): a textarea, `onChange` on every input. */
export class TextAreaComponent extends ValueComponent<string> {
	inputEl: HTMLTextAreaElement;
	constructor(parent: HTMLElement) {
		super();
		this.inputEl = parent.createEl("textarea");
		this.inputEl.addEventListener("input", () => void this.changeHandler?.(this.inputEl.value));
	}
	setValue(v: string): this {
		this.inputEl.value = v;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;
	constructor(parent: HTMLElement) {
		super();
		this.inputEl = parent.createEl("input", { type: "text" });
		this.inputEl.addEventListener("input", () => void this.changeHandler?.(this.inputEl.value));
	}
	setValue(v: string): this {
		this.inputEl.value = v;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setPlaceholder(v: string): this {
		this.inputEl.placeholder = v;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private value = false;
	constructor(parent: HTMLElement) {
		super();
		this.toggleEl = parent.createDiv({ cls: "checkbox-container" });
		this.toggleEl.addEventListener("click", () => {
			this.value = !this.value;
			void this.changeHandler?.(this.value);
		});
	}
	setValue(v: boolean): this {
		this.value = v;
		return this;
	}
	getValue(): boolean {
		return this.value;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(parent: HTMLElement) {
		super();
		this.selectEl = parent.createEl("select");
		this.selectEl.addEventListener("change", () => void this.changeHandler?.(this.selectEl.value));
	}
	addOption(value: string, text: string): this {
		this.selectEl.createEl("option", { value, text });
		return this;
	}
	setValue(v: string): this {
		this.selectEl.value = v;
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(parent: HTMLElement) {
		this.buttonEl = parent.createEl("button");
	}
	setButtonText(text: string): this {
		this.buttonEl.setText(text);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setIcon(_icon: string): this {
		return this;
	}
	setTooltip(text: string): this {
		this.buttonEl.setAttribute("aria-label", text);
		return this;
	}
	onClick(fn: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => void fn(evt));
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string): this {
		this.descEl.setText(desc);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		cb(new TextComponent(this.controlEl));
		return this;
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		cb(new TextAreaComponent(this.controlEl));
		return this;
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		cb(new ToggleComponent(this.controlEl));
		return this;
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		cb(new DropdownComponent(this.controlEl));
		return this;
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		cb(new ButtonComponent(this.controlEl));
		return this;
	}
	addExtraButton(cb: (c: ExtraButtonComponent) => unknown): this {
		cb(new ExtraButtonComponent(this.controlEl));
		return this;
	}
}

/**
 * Obsidian's type-ahead for an `<input>` (1.4.10+): on input it asks `getSuggestions(query)`, draws
 * each with `renderSuggestion` in a popover, and calls `selectSuggestion` on a pick.
 */
export abstract class AbstractInputSuggest<T> {
	/** Test helper: the suggest attached to each input. */
	static readonly attached = new Map<Element, AbstractInputSuggest<unknown>>();
	limit = 100;
	/** Test helper: the suggestions on show (empty when closed). */
	shown: T[] = [];
	private onSelectCb: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	constructor(
		public app: App,
		protected textInputEl: HTMLInputElement | HTMLDivElement,
	) {
		textInputEl.addEventListener("input", () => void this.open());
		textInputEl.addEventListener("focus", () => void this.open());
		AbstractInputSuggest.attached.set(textInputEl, this as AbstractInputSuggest<unknown>);
	}
	private async open(): Promise<void> {
		const all = await this.getSuggestions(this.getValue());
		this.shown = this.limit > 0 ? all.slice(0, this.limit) : all;
		const el = document.createElement("div");
		for (const item of this.shown) this.renderSuggestion(item, el.createDiv({ cls: "suggestion-item" }));
	}
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
	}
	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}
	onSelect(cb: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.onSelectCb = cb;
		return this;
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.onSelectCb?.(value, evt);
		this.close();
	}
	close(): void {
		this.shown = [];
	}
	/** Test helper: the user picks the suggestion shown as `text`. */
	choose(text: string, render: (item: T) => string): void {
		const item = this.shown.find((i) => render(i) === text);
		if (item === undefined) throw new Error(`No suggestion "${text}" in ${this.shown.map(render).join(", ")}`);
		this.selectSuggestion(item, new window.KeyboardEvent("keydown"));
	}
}

export class ExtraButtonComponent {
	extraSettingsEl: HTMLElement;
	constructor(parent: HTMLElement) {
		this.extraSettingsEl = parent.createDiv({ cls: "clickable-icon extra-setting-button" });
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	setTooltip(text: string): this {
		this.extraSettingsEl.setAttribute("aria-label", text);
		return this;
	}
	onClick(fn: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => void fn());
		return this;
	}
}

export class PluginSettingTab {
	containerEl = div();
	constructor(
		public app: App,
		public plugin: Plugin,
	) {}
	display(): void {}
	hide(): void {}
}

/* ------------------------------------------------------------------ functions */

let language = "en";

export function getLanguage(): string {
	return language;
}

/** Test helper: the language Obsidian is set to. */
export function setLanguage(code: string): void {
	language = code;
}

export const moment = momentLib;

/** Obsidian's fuzzy matcher: here, the query's characters in order (case-insensitive); null when they are not all there. */
export function prepareFuzzySearch(query: string): (text: string) => { score: number; matches: [number, number][] } | null {
	const q = query.toLowerCase();
	return (text) => {
		const lower = text.toLowerCase();
		let at = 0;
		const matches: [number, number][] = [];
		for (const ch of q) {
			const found = lower.indexOf(ch, at);
			if (found < 0) return null;
			matches.push([found, found + 1]);
			at = found + 1;
		}
		return { score: -at, matches };
	};
}

/** Simple line drawings standing in for Obsidian's Lucide icons (24×24, stroked like them), so screenshots show icons. */
const ICON_PATHS: Record<string, string> = {
	check: "M5 12l5 5L20 7",
	"alarm-clock": "M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM12 9v4l2 2M5 3L2 6M19 3l3 3",
	"message-square-plus": "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2zM12 7v6M9 10h6",
	"file-text": "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6M8 13h8M8 17h8",
	"clipboard-list": "M9 3h6v3H9zM7 5H5v16h14V5h-2M9 11h6M9 15h6",
	"chevron-left": "M15 18l-6-6 6-6",
	"chevron-right": "M9 18l6-6-6-6",
	"calendar-check": "M3 5h18v16H3zM3 10h18M8 3v4M16 3v4M9 15l2 2 4-4",
	"more-horizontal": "M6 12h.01M12 12h.01M18 12h.01",
	"alert-triangle": "M12 3L2 21h20zM12 10v5M12 18h.01",
	users: "M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM22 21v-2a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8",
	"git-fork": "M6 3a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM18 3a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM12 15a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM6 9v1a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V9M12 12v3",
	x: "M18 6L6 18M6 6l12 12",
	// Obsidian's own collapse triangle and Lucide's settings cog, as the graph controls draw them.
	"right-triangle": "M5 8h14l-7 8z",
	settings: "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z",
	"trash-2": "M3 6h18M8 6V4h8v2M6 6l1 15h10l1-15M10 11v6M14 11v6",
	"user-plus": "M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM19 8v6M16 11h6",
};

/** Like Obsidian's setIcon: replaces the element's icon with an `svg.svg-icon` (the fake records the name in `data-icon`). */
export function setIcon(el: HTMLElement, icon: string): void {
	el.querySelector(":scope > svg.svg-icon")?.remove();
	const ns = "http://www.w3.org/2000/svg";
	const svg = el.ownerDocument.createElementNS(ns, "svg");
	for (const [k, v] of Object.entries({ class: `svg-icon lucide-${icon}`, viewBox: "0 0 24 24", width: "24", height: "24", fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round" })) svg.setAttribute(k, v);
	const path = el.ownerDocument.createElementNS(ns, "path");
	path.setAttribute("d", ICON_PATHS[icon] ?? "M4 4h16v16H4z");
	svg.appendChild(path);
	el.prepend(svg);
	el.dataset.icon = icon;
}

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true, isMobileApp: false, isPhone: false, isTablet: false, isIosApp: false, isAndroidApp: false };

/** What a test's Obsidian runs on: a phone or a tablet (with the body classes Obsidian sets), no WebGL, no web workers. */
export interface PlatformVariant {
	mobile?: boolean;
	/** With `mobile`: a tablet (Obsidian's `isTablet`, a mobile app with room on screen) rather than a phone (`isPhone`). */
	tablet?: boolean;
	webgl?: boolean;
	worker?: boolean;
}

/**
 * Test helper: makes this window and `Platform` one of Obsidian's platform variants. `setPlatform("phone")`
 * is short for the current window as a phone.
 */
export function setPlatform(target: "desktop" | "phone" | "tablet" | (Window & typeof globalThis), given: PlatformVariant = {}): void {
	const win = typeof target === "string" ? window : target;
	const variant = typeof target === "string" ? { mobile: target !== "desktop", tablet: target === "tablet" } : given;
	const mobile = variant.mobile === true;
	const tablet = mobile && variant.tablet === true;
	Object.assign(Platform, { isMobile: mobile, isDesktop: !mobile, isDesktopApp: !mobile, isMobileApp: mobile, isPhone: mobile && !tablet, isTablet: tablet, isAndroidApp: mobile });
	// Obsidian's body classes: `is-mobile` on phones and tablets, then `is-phone` or `is-tablet`.
	win.document.body.classList.toggle("is-mobile", mobile);
	win.document.body.classList.toggle("is-phone", mobile && !tablet);
	win.document.body.classList.toggle("is-tablet", tablet);
	if (variant.webgl === false) {
		// As on a machine whose GPU is blocklisted: every WebGL context request answers null.
		// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
		const getContext = win.HTMLCanvasElement.prototype.getContext;
		win.HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
			return /webgl/.test(kind) ? null : (getContext as (...a: unknown[]) => unknown).call(this, kind, ...rest);
		} as typeof getContext;
	}
	// As where workers are unavailable or blocked: the constructor is missing.
	if (variant.worker === false) Reflect.deleteProperty(win, "Worker");
}

export type HoverParent = { hoverPopover: unknown };
export type HoverPopover = unknown;

/** Obsidian's debounce: calls `fn` once `ms` after the last call (or on the first, with resetTimer). */
export function debounce<T extends unknown[]>(fn: (...args: T) => unknown, ms = 0, _resetTimer = false): ((...args: T) => void) & { cancel(): void } {
	let timer: ReturnType<typeof setTimeout> | null = null;
	const run = (...args: T): void => {
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = null;
			fn(...args);
		}, ms);
	};
	return Object.assign(run, {
		cancel: () => {
			if (timer) clearTimeout(timer);
		},
	});
}

/** Obsidian 1.10's base class for Bases views (the fake only needs what plugins call). */
export abstract class BasesView extends Component {
	data: { data: { file: TFile }[] } = { data: [] };
	constructor(public controller: unknown) {
		super();
	}
}
