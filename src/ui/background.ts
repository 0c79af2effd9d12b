import { Notice } from "obsidian";

/**
 * Lets `work` run without waiting for it (a save when a tab closes, a reaction to a new note). Its
 * failure is told in a Notice, the sentence `say` makes of the reason, and never left as a rejected
 * promise no one handles; the rest of Rapport goes on.
 */
export function inBackground(work: Promise<unknown>, say: (reason: string) => string): void {
	work.catch((error: unknown) => new Notice(say(error instanceof Error ? error.message : String(error))));
}
