/**
 * Ctrl-C (SIGINT), a closed terminal (SIGHUP) and `kill` (SIGTERM) end Node at once by default: in the
 * middle of a note's write, that left its temporary file (`.note.md.<random>.rapport-tmp`) in the vault
 * for good. Once Rapport starts writing, they wait for the write under way instead. A write is
 * synchronous from its temporary file to its rename, so their handler runs only between writes, when
 * no temporary file exists; it then ends the process by the same signal, as the default would have.
 *
 * A command that writes many notes (`import --write`) goes further: it stops between notes
 * (`stopBetweenNotes`, `pauseForSignals`), says how many it wrote, and only then ends by the signal
 * (`endIfSignalled`), so that a shell sees 130 for Ctrl-C and a shell loop stops as it should.
 */

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
export type Signal = (typeof SIGNALS)[number];
let holding = false;
/** Whether a signal waits for the command to stop and report (stopBetweenNotes) instead of ending the process between two writes. */
let deferred = false;
/** The first signal that came while deferred. */
let pending: Signal | null = null;
const handlers = new Map<Signal, () => void>();

function endBy(signal: Signal): void {
	for (const [name, handler] of handlers) process.off(name, handler);
	process.kill(process.pid, signal);
}

export function holdSignalsBetweenWrites(): void {
	if (holding) return;
	holding = true;
	for (const signal of SIGNALS) {
		const handler = (): void => {
			if (deferred) pending ??= signal;
			else endBy(signal);
		};
		handlers.set(signal, handler);
		process.on(signal, handler);
	}
}

/** From now on a signal ends nothing by itself: the writing loop sees it at its next pause, stops, and the process ends by it once its report is printed. */
export function stopBetweenNotes(): void {
	holdSignalsBetweenWrites();
	deferred = true;
}

let lastPause = 0;
/** How often a loop of writes lets signals in: a signal's handler runs only when the event loop turns. */
const PAUSE_EVERY_MS = 10;

/** Lets a signal come in, once every few milliseconds of writing; the signal that asked to stop, or null to go on. */
export async function pauseForSignals(): Promise<Signal | null> {
	const now = performance.now();
	if (now - lastPause >= PAUSE_EVERY_MS) {
		await new Promise((resolve) => setImmediate(resolve));
		lastPause = performance.now();
	}
	return pending;
}

/** Runs `steps` one after the other until a signal asks to stop; the signal, or null when every step ran. */
export async function runUntilSignalled(steps: Iterable<() => void>): Promise<Signal | null> {
	for (const step of steps) {
		const signal = await pauseForSignals();
		if (signal !== null) return signal;
		step();
	}
	return null;
}

/** Ends the process by the signal a writing loop stopped for (its report printed); nothing when none came. */
export function endIfSignalled(): void {
	if (pending !== null) endBy(pending);
}
