import { afterEach, beforeEach } from "vitest";

/**
 * Records every promise rejected without a handler while each test of the file runs: `reasons` is emptied before each
 * test and the listener taken off after it.
 */
export function recordUnhandledRejections(): { readonly reasons: unknown[] } {
	const recorded = { reasons: [] as unknown[] };
	const record = (reason: unknown): void => void recorded.reasons.push(reason);
	beforeEach(() => {
		recorded.reasons.length = 0;
		process.on("unhandledRejection", record);
	});
	afterEach(() => {
		process.off("unhandledRejection", record);
	});
	return recorded;
}
