import { Modal } from "obsidian";
import { unsavedTexts } from "../obsidian/document-edit";
import type { RapportHost } from "./host";

/**
 * A window that shows what the index says (a brief, introductions, the problems): opened while Rapport
 * still reads the vault (a large vault at start-up, a phone just synced), it says so and fills in once
 * the vault is read, if it is still open then. A half-read vault is never shown as the whole: no "no
 * problems found", no "never met" for someone whose meetings are not read yet.
 */
export abstract class IndexedModal extends Modal {
	private closed = false;

	constructor(protected readonly host: RapportHost) {
		super(host.app);
	}

	/** Draws the window's content from the index (the vault read). */
	protected abstract fill(): void | Promise<void>;

	/** Whether the window is still open (a fill that waited must not draw into a closed one). */
	protected get isShown(): boolean {
		return !this.closed;
	}

	override onOpen(): void {
		this.closed = false;
		if (this.host.live.getStatus().ready) {
			void this.fill();
			return;
		}
		const reading = this.contentEl.createEl("p", { cls: "rapport-reading", text: this.host.t("status.indexing") });
		void this.host.whenIndexed().then((indexed) => {
			if (this.closed || !indexed) return;
			reading.remove();
			void this.fill();
		});
	}

	override onClose(): void {
		this.closed = true;
		this.contentEl.empty();
	}

	/**
	 * `read` run on the index as the user sees the notes: a note open in an editor with typing not saved
	 * yet counts as typed (an attendee added a moment ago is in the brief); the index is left as saved.
	 */
	protected async asShown<T>(read: () => T): Promise<T> {
		const texts = await unsavedTexts(this.app);
		return this.host.live.withTexts(texts, read);
	}
}
