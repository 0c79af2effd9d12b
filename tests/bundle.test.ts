import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const MAIN = join(__dirname, "..", "main.js");

describe("the plugin bundle main.js", () => {
	const code = existsSync(MAIN) ? readFileSync(MAIN, "utf8") : "";

	it("exists (npm run build)", () => {
		expect(code.length).toBeGreaterThan(1000);
	});

	it("requires only obsidian: no Node built-ins, so it runs on mobile", () => {
		const required = new Set([...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
		expect([...required]).toEqual(["obsidian"]);
		for (const name of builtinModules) expect(required.has(name) || required.has(`node:${name}`)).toBe(false);
	});

	it("uses no Buffer, no eval or new Function, no YAML parser of its own, and makes no network calls", () => {
		expect(code).not.toMatch(/\bBuffer\./);
		expect(code).not.toMatch(/\beval\(/);
		expect(code).not.toMatch(/new Function\(/);
		expect(code).not.toContain("gray-matter");
		expect(code).not.toContain("js-yaml");
		// The only URL allowed is the LinkedIn profile prefix imported contacts are normalised to: text, never fetched.
		expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|requestUrl\(|WebSocket\(|https?:\/\/(?!github\.com\/moment|www\.linkedin\.com\/in\/\$\{)/);
	});
});
