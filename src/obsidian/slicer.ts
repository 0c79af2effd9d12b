/** How long one slice of long work may hold the main thread before giving it back (Obsidian stays responsive). */
export const SLICE_MS = 8;

interface YieldingScheduler {
	yield?: () => Promise<void>;
}

/**
 * Gives the main thread back for one turn: input and drawing go first, then the work goes on.
 * `scheduler.yield()` where the platform has it (Chromium 129+), else a message to ourselves
 * (`messageYield`), which is not held back like a chain of `setTimeout(0)` (at least 4 ms each once nested).
 */
export function yieldToUi(): Promise<void> {
	const scheduler = (window as unknown as { scheduler?: YieldingScheduler }).scheduler;
	if (typeof scheduler?.yield === "function") return scheduler.yield();
	if (typeof MessageChannel === "function") return messageYield();
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** A port that Node can let go of (`ref`/`unref`); a browser's has neither. */
interface NodePort {
	ref?: () => void;
	unref?: () => void;
}

/** The channel of `messageYield`, made once, and the turns waiting for their message, in order. */
let yieldChannel: MessageChannel | null = null;
const waitingTurns: (() => void)[] = [];

/**
 * One turn, through a message to ourselves on one channel kept for every turn: making a channel per turn costs
 * more than the turn itself (a start yields hundreds of times). In Node (tests, benchmarks) the channel keeps the
 * process alive only while a turn waits.
 */
function messageYield(): Promise<void> {
	if (yieldChannel === null) {
		const channel = new MessageChannel();
		channel.port1.onmessage = (): void => {
			const resume = waitingTurns.shift();
			if (waitingTurns.length === 0) (channel.port1 as unknown as NodePort).unref?.();
			resume?.();
		};
		yieldChannel = channel;
	}
	const channel = yieldChannel;
	return new Promise((resolve) => {
		waitingTurns.push(resolve);
		(channel.port1 as unknown as NodePort).ref?.();
		channel.port2.postMessage(null);
	});
}

/**
 * Cuts long work into slices of about `budgetMs`, giving the main thread back in between, and
 * remembers the longest slice: the longest the main thread was held in one go, from the first
 * call (listing the vault's files included) to the last, garbage collection included.
 */
export class Slicer {
	private start: number;
	private max = 0;
	private running = true;

	constructor(private readonly budgetMs = SLICE_MS) {
		this.start = performance.now();
	}

	/** Whether the current slice has used its time. */
	due(): boolean {
		return performance.now() - this.start > this.budgetMs;
	}

	/** Time left in the current slice (negative once due). */
	left(): number {
		return this.budgetMs - (performance.now() - this.start);
	}

	/** Yields to the UI; false when the work should stop (a newer indexing started). */
	async pause(stillWanted: () => boolean): Promise<boolean> {
		this.end();
		await yieldToUi();
		this.begin();
		return stillWanted();
	}

	/** Waits for work done elsewhere (an IndexedDB request): the main thread is free until it answers. */
	async wait<T>(elsewhere: Promise<T>): Promise<T> {
		this.end();
		try {
			return await elsewhere;
		} finally {
			this.begin();
		}
	}

	/** The longest slice so far, the current one included. */
	longest(): number {
		return this.running ? Math.max(this.max, performance.now() - this.start) : this.max;
	}

	private end(): void {
		if (this.running) this.max = Math.max(this.max, performance.now() - this.start);
		this.running = false;
	}

	private begin(): void {
		this.running = true;
		this.start = performance.now();
	}
}
