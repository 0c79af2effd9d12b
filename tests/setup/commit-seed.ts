// The property tests' seed of this commit (tests/setup/property-seed.ts), asked of git once per run rather than
// once per test file: the workers inherit it in RAPPORT_COMMIT_SEED.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
	try {
		const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: fileURLToPath(new URL(".", import.meta.url)), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
		if (/^[0-9a-f]{8}/.test(head)) process.env.RAPPORT_COMMIT_SEED = String(Number.parseInt(head.slice(0, 8), 16) | 0);
	} catch {
		// Not a git checkout: fast-check draws its own seed.
	}
}
