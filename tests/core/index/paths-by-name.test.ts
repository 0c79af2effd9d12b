import { describe, expect, it } from "vitest";
import { PathsByName } from "../../../src/core/index/paths-by-name";
import { linkKey } from "../../../src/core/index/person-keys";

describe("notes found by their file name", () => {
	// Two names of the same 30-bit hash: each must still find only its own note.
	const a = "Meetings/Meeting 383369.md";
	const b = "Archive/Meeting 1503582.md";

	it("gives each name its own notes when two names share a hash, and forgets a note taken out", () => {
		const names = new PathsByName();
		names.add(linkKey("Meeting 383369"), a);
		names.add(linkKey("Meeting 1503582"), b);
		expect([names.get("meeting 383369"), names.get("meeting 1503582"), names.get("meeting 1")]).toEqual([a, b, undefined]);
		expect(names.remove("meeting 383369", b)).toBe(false);
		expect(names.remove("meeting 383369", a)).toBe(true);
		expect([names.has("meeting 383369"), names.get("meeting 1503582")]).toEqual([false, b]);
	});

	it("gives every note of a name, in whatever folder, and one path once", () => {
		const names = new PathsByName();
		names.add("paris", "Places/Paris.md");
		names.add("paris", "Trips/paris.md");
		names.add("paris", "Places/Paris.md");
		expect(names.get("paris")).toEqual(["Places/Paris.md", "Trips/paris.md"]);
		names.remove("paris", "Trips/paris.md");
		expect(names.get("paris")).toBe("Places/Paris.md");
	});
});
