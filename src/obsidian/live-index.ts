import { type App, Component, Events, TFile } from "obsidian";
import { AgendaBuilder } from "../core/agenda";
import { createParseContext, type ParseContext } from "../core/note";
import type { RapportSettings } from "../core/settings";
import type { VaultConfig } from "../core/vault-config";
import { VaultIndex } from "../core/vault-index";
import { readNote } from "./note-source";
import { readVaultConfig } from "./vault-config";

export interface IndexStatus {
	ready: boolean;
	people: number;
	meetings: number;
	followUps: number;
	problems: number;
	ms: number;
}

/** How long one slice of the first indexing may keep the main thread (Obsidian stays responsive). */
const SLICE_MS = 12;

/**
 * The vault index, built once after the layout is ready in slices that never block typing, then
 * kept current one note at a time from the metadata cache's `changed`/`deleted` and the vault's
 * `rename`. Views listen to `changed` and read `index` and `agendas`.
 */
export class LiveIndex extends Component {
	index = new VaultIndex();
	agendas = new AgendaBuilder(this.index);
	config: VaultConfig;
	readonly events = new Events();
	private ctx: ParseContext;
	private status: IndexStatus = { ready: false, people: 0, meetings: 0, followUps: 0, problems: 0, ms: 0 };
	private generation = 0;

	constructor(
		private readonly app: App,
		private readonly settings: () => RapportSettings,
	) {
		super();
		this.config = readVaultConfig(app);
		this.ctx = createParseContext(settings(), this.config);
	}

	override onload(): void {
		const { metadataCache, vault } = this.app;
		this.registerEvent(metadataCache.on("changed", (file) => void this.update(file)));
		this.registerEvent(metadataCache.on("deleted", (file) => this.forget(file.path)));
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (file instanceof TFile) void this.rename(file, oldPath);
			}),
		);
	}

	getStatus(): IndexStatus {
		return { ...this.status };
	}

	/** Reads every Markdown note (again): at start, and when the settings that decide what counts change. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		const started = performance.now();
		this.config = readVaultConfig(this.app);
		this.ctx = createParseContext(this.settings(), this.config);
		const index = new VaultIndex();
		const notes = [];
		let sliceStart = performance.now();
		for (const file of this.app.vault.getMarkdownFiles()) {
			notes.push(await readNote(this.app, file, this.ctx));
			if (performance.now() - sliceStart > SLICE_MS) {
				await yieldToUi();
				if (generation !== this.generation) return;
				sliceStart = performance.now();
			}
		}
		if (generation !== this.generation) return;
		index.addAll(notes);
		this.index = index;
		this.agendas = new AgendaBuilder(index);
		this.status = { ready: true, ...index.counts(), ms: Math.round(performance.now() - started) };
		this.events.trigger("changed");
	}

	private async update(file: TFile): Promise<void> {
		if (file.extension !== "md") return;
		const note = await readNote(this.app, file, this.ctx);
		this.index.set(note);
		this.changed();
	}

	private forget(path: string): void {
		this.index.remove(path);
		this.changed();
	}

	private async rename(file: TFile, oldPath: string): Promise<void> {
		if (file.extension !== "md") {
			this.forget(oldPath);
			return;
		}
		this.index.rename(oldPath, await readNote(this.app, file, this.ctx));
		this.changed();
	}

	private changed(): void {
		if (!this.status.ready) return;
		this.status = { ...this.status, ...this.index.counts() };
		this.events.trigger("changed");
	}
}

function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
