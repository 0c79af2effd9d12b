import fc from "fast-check";

/**
 * Property tests draw their cases from one seed per commit: the same commit always tries the same
 * cases (a red run can be repeated exactly, a green one stays green), and every new commit tries new
 * ones. `RAPPORT_SEED=<number>` repeats a run fast-check reported; `RAPPORT_SEED=random` draws afresh.
 */
function propertySeed(): number | undefined {
	const asked = process.env.RAPPORT_SEED;
	if (asked === "random") return undefined;
	if (asked !== undefined && /^-?\d+$/.test(asked)) return Number(asked);
	// Worked out once per run by tests/setup/commit-seed.ts.
	const commit = process.env.RAPPORT_COMMIT_SEED;
	return commit !== undefined && /^-?\d+$/.test(commit) ? Number(commit) : undefined;
}

const seed = propertySeed();
if (seed !== undefined) fc.configureGlobal({ seed });
