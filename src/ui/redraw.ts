import type { Component } from "obsidian";
import { today } from "../core/dates/dates";

/**
 * Coalesces redraws of a live view (the side panel, a `rapport` block): however many `changed`
 * events arrive, it draws at most once per animation frame, and only when the index's view revision moved
 * since the last draw (on a cold start the live index itself tells of changes only every couple of
 * seconds). Each draw keeps the user's place: the focused control (found again by its
 * `data-rapport-key`) and the scroll position. While `hidden` says nobody sees the view (a collapsed
 * sidebar, a tab not picked), it draws nothing; `shown()` then draws once if anything was missed.
 */
export class RedrawScheduler {
	private pending: number | null = null;
	private drawnRevision: string | null = null;
	/** A draw was asked for at once while hidden (another day, new settings): done when shown. */
	private missed = false;

	constructor(
		component: Component,
		private readonly container: HTMLElement,
		/** What was drawn: redrawn when it changes (`LiveIndex.viewRevision`). */
		private readonly revision: () => string,
		private readonly draw: () => void,
		private readonly hidden: () => boolean = () => false,
	) {
		component.register(() => this.cancel());
	}

	/** Asks for a redraw on the next frame (once, however often it is asked before it); none while hidden. */
	request(): void {
		if (this.pending !== null || this.hidden()) return;
		this.pending = this.container.win.requestAnimationFrame(() => {
			this.pending = null;
			if (this.revision() !== this.drawnRevision && !this.hidden()) this.now();
		});
	}

	/** Draws at once (a user action: another day, another circle), keeping focus and scroll; when shown if hidden. */
	now(): void {
		this.cancel();
		if (this.hidden()) {
			this.missed = true;
			return;
		}
		this.missed = false;
		this.drawnRevision = this.revision();
		keepingPlace(this.container, this.draw);
	}

	/** The view may have been shown again: draws once if the index moved or a draw was missed meanwhile. */
	shown(): void {
		if (this.hidden()) return;
		if (this.missed || this.revision() !== this.drawnRevision) this.now();
	}

	private cancel(): void {
		if (this.pending !== null) this.container.win.cancelAnimationFrame(this.pending);
		this.pending = null;
	}
}

/** The attribute that names a control across redraws, so focus can return to it. */
export const KEY_ATTR = "data-rapport-key";

/** Runs `draw` (which empties and refills `container`) and puts focus and scroll back where they were. */
export function keepingPlace(container: HTMLElement, draw: () => void): void {
	const doc = container.ownerDocument;
	// `instanceOf`, not `instanceof`: in a popout window the focused button is that window's HTMLElement.
	const active = doc.activeElement;
	const focused = active?.instanceOf(HTMLElement) && container.contains(active) ? active : null;
	const key = focused?.closest(`[${KEY_ATTR}]`)?.getAttribute(KEY_ATTR) ?? null;
	const scrollers = scrolledAncestors(container);
	draw();
	for (const [el, top] of scrollers) el.scrollTop = top;
	if (key === null) return;
	const again = [...container.querySelectorAll<HTMLElement>(`[${KEY_ATTR}]`)].find((el) => el.getAttribute(KEY_ATTR) === key);
	again?.focus({ preventScroll: true });
}

/** The container and its ancestors that are scrolled, with how far. */
function scrolledAncestors(el: HTMLElement): [HTMLElement, number][] {
	const out: [HTMLElement, number][] = [];
	for (let cur: HTMLElement | null = el; cur; cur = cur.parentElement) if (cur.scrollTop > 0) out.push([cur, cur.scrollTop]);
	return out;
}

/** How often a view checks the day, for the midnights its timer missed (a laptop asleep over midnight). */
const DAY_CHECK_MS = 60 * 1000;

/**
 * Calls `onNewDay` just after each local midnight while `component` lives, so what shows "today"
 * rolls over without waiting for a note to be opened. Timers do not run while the computer sleeps:
 * a laptop closed at 22:00 and opened at 9:00 would show yesterday until 11:00, so the day is also
 * checked every minute.
 */
export function registerMidnight(component: Component, onNewDay: () => void): void {
	let day = today();
	const check = (): void => {
		const now = today();
		if (now === day) return;
		day = now;
		onNewDay();
	};
	let timer: number | null = null;
	const arm = (): void => {
		const now = new Date();
		const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
		timer = window.setTimeout(() => {
			check();
			arm();
		}, next.getTime() - now.getTime());
	};
	arm();
	const interval = window.setInterval(check, DAY_CHECK_MS);
	component.register(() => {
		if (timer !== null) window.clearTimeout(timer);
		window.clearInterval(interval);
	});
}
