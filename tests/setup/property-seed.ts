import { execFileSync } from "node:child_process";
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
	try {
		const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: __dirname, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
		return /^[0-9a-f]{8}/.test(head) ? Number.parseInt(head.slice(0, 8), 16) | 0 : undefined;
	} catch {
		return undefined;
	}
}

const seed = propertySeed();
if (seed !== undefined) fc.configureGlobal({ seed });
