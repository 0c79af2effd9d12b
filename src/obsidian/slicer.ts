/** How long one slice of long work may hold the main thread before giving it back (Obsidian stays responsive). */
export const SLICE_MS = 8;

interface YieldingScheduler {
	yield?: () => Promise<void>;
}

/** A port that Node can let go of (`ref`/`unref`); a browser's has neither. */
interface NodePort {
	ref?: () => void;
	unref?: () => void;
}

/**
 * Gives the main thread back, one turn at a time: input and drawing go first, then the work goes on.
 * `scheduler.yield()` where the platform has it (Chromium 129+), else a message to ourselves, which is not
 * held back like a chain of `setTimeout(0)` (at least 4 ms each once nested). Where a message is the way
 * (Safari, so Obsidian on iOS; Node in tests and benchmarks), one channel serves every turn of a piece of
 * work: making a channel per turn costs more than the turn itself, and a start yields hundreds of times.
 * `close` lets the channel go when the work ends.
 */
export class TurnGiver {
	private channel: MessageChannel | null = null;
	/** The turns waiting for their message, in the order asked. */
	private readonly waiting: (() => void)[] = [];

	/** Resolves on the next turn of the main thread. */
	turn(): Promise<void> {
		const scheduler = (window as unknown as { scheduler?: YieldingScheduler }).scheduler;
		if (typeof scheduler?.yield === "function") return scheduler.yield();
		if (typeof MessageChannel === "function") return this.message();
		return new Promise((resolve) => window.setTimeout(resolve, 0));
	}

	/** Closes the channel; a turn still waiting resumes at once. In Node the channel never keeps the process alive while no turn waits. */
	close(): void {
		const channel = this.channel;
		this.channel = null;
		if (channel !== null) {
			channel.port1.close();
			channel.port2.close();
		}
		for (const resume of this.waiting.splice(0)) resume();
	}

	private message(): Promise<void> {
		const channel = (this.channel ??= this.open());
		return new Promise((resolve) => {
			this.waiting.push(resolve);
			(channel.port1 as unknown as NodePort).ref?.();
			channel.port2.postMessage(null);
		});
	}

	private open(): MessageChannel {
		const channel = new MessageChannel();
		channel.port1.onmessage = (): void => {
			const resume = this.waiting.shift();
			if (this.waiting.length === 0) (channel.port1 as unknown as NodePort).unref?.();
			resume?.();
		};
		return channel;
	}
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
	private readonly turns = new TurnGiver();

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
		await this.turns.turn();
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

	/** Ends the work: lets go of what giving turns back holds (see `TurnGiver.close`). */
	close(): void {
		this.end();
		this.turns.close();
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
