import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_MISSING } from "./render";

// The UI is tested in a real browser: a machine without it fails `npm test` instead of skipping those tests.
describe("the browser the UI tests run in", () => {
	it("is Debian's chromium, installed where the tests look for it", () => {
		expect(existsSync(CHROMIUM), CHROMIUM_MISSING).toBe(true);
	});
});
