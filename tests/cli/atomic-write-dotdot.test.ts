import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/cli/atomic-write";

describe.runIf(process.platform !== "win32")("a file named through `link/..` (`--out ~/exports/../a.ics`, exports a link)", () => {
	it("is written where the system finds the path, beside the link's target, in a folder made there; nothing beside the link", () => {
		const root = mkdtempSync(join(tmpdir(), "rapport-dotdot-"));
		mkdirSync(join(root, "deep", "inner"), { recursive: true });
		symlinkSync(join(root, "deep", "inner"), join(root, "link"));
		// Written out, not joined: join() would take `link/..` away as the system does not.
		expect(writeFileAtomic(`${root}/link/../made/a.ics`, "BEGIN:VCALENDAR\n")).toBe("created");
		expect(readFileSync(join(root, "deep", "made", "a.ics"), "utf8")).toBe("BEGIN:VCALENDAR\n");
		expect(existsSync(join(root, "made"))).toBe(false);
	});
});
