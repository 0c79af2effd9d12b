/** How long one slice of long work may hold the main thread before giving it back (Obsidian stays responsive). */
export const SLICE_MS = 8;

interface YieldingScheduler {
	yield?: () => Promise<void>;
}

/**
 * Gives the main thread back for one turn: input and drawing go first, then the work goes on.
 * `scheduler.yield()` where the platform has it (Chromium 129+), else a message to ourselves,
 * which is not held back like a chain of `setTimeout(0)` (at least 4 ms each once nested).
 */
export function yieldToUi(): Promise<void> {
	const scheduler = (window as unknown as { scheduler?: YieldingScheduler }).scheduler;
	if (typeof scheduler?.yield === "function") return scheduler.yield();
	if (typeof MessageChannel === "function") return selfMessages.next();
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** A port that may keep a process alive while it listens (Node's); a browser's has no such switch. */
interface MaybeRefPort extends MessagePort {
	ref?: () => void;
	unref?: () => void;
}

/**
 * Messages to ourselves through one channel, opened once: a channel per turn costs about 0.1 ms of
 * the main thread to open and close, paid hundreds of times in a start. Each message lets the
 * earliest waiting turn go on; the port holds a process open only while a turn waits.
 */
class SelfMessages {
	private port: MaybeRefPort | null = null;
	private sender: MessagePort | null = null;
	private readonly waiting: (() => void)[] = [];

	next(): Promise<void> {
		return new Promise((resolve) => {
			if (this.port === null || this.sender === null) this.open();
			if (this.waiting.length === 0) this.port?.ref?.();
			this.waiting.push(resolve);
			this.sender?.postMessage(null);
		});
	}

	private open(): void {
		const channel = new MessageChannel();
		this.port = channel.port1;
		this.sender = channel.port2;
		this.port.onmessage = (): void => {
			const resolve = this.waiting.shift();
			if (this.waiting.length === 0) this.port?.unref?.();
			resolve?.();
		};
	}
}

const selfMessages = new SelfMessages();

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
