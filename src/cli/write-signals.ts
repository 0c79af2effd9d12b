/**
 * Ctrl-C (SIGINT), a closed terminal (SIGHUP) and `kill` (SIGTERM) end Node at once by default: in the
 * middle of a note's write, that left its temporary file (`.note.md.<random>.rapport-tmp`) in the vault
 * for good. Once Rapport starts writing, they wait for the write under way instead. A write is
 * synchronous from its temporary file to its rename, so their handler runs only between writes, when
 * no temporary file exists; it then ends the process by the same signal, as the default would have.
 */

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type Signal = (typeof SIGNALS)[number];
let holding = false;

export function holdSignalsBetweenWrites(): void {
	if (holding) return;
	holding = true;
	const handlers = new Map<Signal, () => void>();
	const endBy = (signal: Signal): void => {
		for (const [name, handler] of handlers) process.off(name, handler);
		process.kill(process.pid, signal);
	};
	for (const signal of SIGNALS) {
		const handler = (): void => endBy(signal);
		handlers.set(signal, handler);
		process.on(signal, handler);
	}
}
