// Every temporary vault, cache and sandbox a test makes goes under one folder per run, removed when the run ends,
// so running the tests leaves nothing behind in the machine's temporary folder (CLI runs the tests spawn inherit it).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
	const root = mkdtempSync(join(tmpdir(), "rapport-tests-"));
	process.env.TMPDIR = root;
	return () => rmSync(root, { recursive: true, force: true });
}
