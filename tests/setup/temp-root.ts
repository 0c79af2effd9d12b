// Every temporary vault, cache and sandbox a test makes goes under one folder per run, removed when the run ends,
// so running the tests leaves nothing behind in the machine's temporary folder (CLI runs the tests spawn inherit it).
// Vitest runs a global setup once per project (vitest.config.ts has three): the first makes the folder and removes
// it at the end of the run; the others find it made and leave it to the first, so no project removes another's files.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
	if (process.env.RAPPORT_TEST_ROOT !== undefined) return () => undefined;
	const root = mkdtempSync(join(tmpdir(), "rapport-tests-"));
	process.env.RAPPORT_TEST_ROOT = root;
	process.env.TMPDIR = root;
	return () => {
		rmSync(root, { recursive: true, force: true });
		delete process.env.RAPPORT_TEST_ROOT;
	};
}
