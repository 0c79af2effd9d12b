import type { App, Component } from "obsidian";

/**
 * Templater fills a new note 300 ms after it is created (its folder and file templates only while the
 * note is still empty, its commands otherwise), and "Create new note from template" makes an empty
 * note whose template it writes once its questions are answered. Either way it writes the note whole
 * with `vault.modify`: a section written before would keep Templater from applying the template, or be
 * written over. Rapport lets Templater go first.
 */

/** Past Templater's own wait of 300 ms after a note is created: by then it says whether it works on the note. */
const FIRST_LOOK_MS = 500;
/** How often to look again while Templater still works on the note (a question of the template waits for the user). */
const LOOK_AGAIN_MS = 250;

interface TemplaterPlugin {
	templater?: { files_with_pending_templates?: unknown };
}

/** Whether Templater is turned on in this vault. */
function templaterOf(app: App): TemplaterPlugin | null {
	const plugins = (app as unknown as { plugins?: { getPlugin?(id: string): unknown } }).plugins;
	const plugin = plugins?.getPlugin?.("templater-obsidian");
	return typeof plugin === "object" && plugin !== null ? plugin : null;
}

/** Whether Templater says it is still writing `path` (its set of notes with templates under way); false when it does not say. */
function stillTemplating(templater: TemplaterPlugin, path: string): boolean {
	const pending = templater.templater?.files_with_pending_templates;
	return pending instanceof Set && pending.has(path);
}

/** The waits under way per owner, finished (false) at once by the one cleanup registered with the owner. */
const pendingByOwner = new WeakMap<Component, Set<(goOn: boolean) => void>>();

/**
 * The set of `owner`'s waits under way; the first wait since `owner` was loaded registers the one cleanup
 * that finishes them all when `owner` is unloaded, so a settled wait leaves nothing held by `owner`.
 */
function pendingOf(owner: Component): Set<(goOn: boolean) => void> {
	const known = pendingByOwner.get(owner);
	if (known !== undefined) return known;
	const pending = new Set<(goOn: boolean) => void>();
	pendingByOwner.set(owner, pending);
	owner.register(() => {
		pendingByOwner.delete(owner);
		for (const finish of [...pending]) finish(false);
	});
	return pending;
}

/**
 * Resolves once Templater is done with the new note at `path`: at once without Templater; else after
 * Templater's first look at the note, and then once it no longer lists the note as under way. True
 * then; false when `owner` is unloaded first (Rapport turned off: nothing is to be written).
 */
export function afterTemplater(app: App, owner: Component, path: string): Promise<boolean> {
	const templater = templaterOf(app);
	if (templater === null) return Promise.resolve(true);
	const pending = pendingOf(owner);
	return new Promise((resolve) => {
		let timer: number | null = null;
		const finish = (goOn: boolean): void => {
			if (!pending.delete(finish)) return;
			if (timer !== null) window.clearTimeout(timer);
			timer = null;
			resolve(goOn);
		};
		const look = (): void => {
			timer = null;
			if (!pending.has(finish)) return;
			if (stillTemplating(templater, path)) timer = window.setTimeout(look, LOOK_AGAIN_MS);
			else finish(true);
		};
		pending.add(finish);
		timer = window.setTimeout(look, FIRST_LOOK_MS);
	});
}
