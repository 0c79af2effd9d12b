/**
 * What writing an import did, note by note. The CLI's `import --write` and the plugin's Import button
 * keep the same record, so both name the same notes as not written, for the same reasons.
 */
export interface ImportOutcome {
	created: string[];
	updated: string[];
	/** New notes whose name was taken by the time of writing: nothing was overwritten. */
	exists: string[];
	/** Notes not written (a refused write, a note left as it was), each with the reason in words. */
	failed: { path: string; error: string }[];
}

export function emptyImportOutcome(): ImportOutcome {
	return { created: [], updated: [], exists: [], failed: [] };
}

/** How many notes of the plan were not written: not created (a file already there) or not written. */
export function notWrittenCount(outcome: ImportOutcome): number {
	return outcome.exists.length + outcome.failed.length;
}
