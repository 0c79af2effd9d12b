import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Notes other tools export to Markdown with their creation time in camelCase: Google Keep through the kept
 * exporter (`tags: [Meeting]`, `createdTime`, `lastEditedTime`, one folder per label), JavaScript-minded
 * exporters (`createdAt`). Made-up people and text.
 */
describe("creation times in camelCase", () => {
	it("dates a meeting exported from Google Keep by its `createdTime`, on the day written", () => {
		const v = buildVault({
			"People/Ben Ortiz.md": "---\ntype: person\n---\n",
			"Meeting/Sync with Ben.md": "---\ntags: [Meeting]\ncreatedTime: 2026-11-18T17:05:00-08:00\nlastEditedTime: 2026-11-19T09:40:12-08:00\n---\n\n# Sync with Ben\n\nWith: [[Ben Ortiz]]\n",
			"Meetings/Kickoff.md": "---\ncreatedAt: 2026-11-02T08:00:00.000Z\n---\n",
		});
		expect(v.index.note("Meeting/Sync with Ben.md")).toMatchObject({ kind: "meeting", date: "2026-11-18" });
		expect(v.index.note("Meetings/Kickoff.md")?.date).toBe("2026-11-02");
		expect(v.index.problems()).toEqual([]);
	});

	it("keeps a meeting's own date before its creation time, and a plain note plain", () => {
		const v = buildVault({
			"Meetings/Review.md": "---\ndate: 2026-11-20\ncreatedTime: 2026-11-01T10:00:00Z\n---\n",
			"Keep/Groceries.md": "---\ntags: [Lists]\ncreatedTime: 2026-11-18T17:05:00-08:00\n---\n- [ ] milk\n",
		});
		expect(v.index.note("Meetings/Review.md")?.date).toBe("2026-11-20");
		expect(v.index.note("Keep/Groceries.md")?.kind).toBe("other");
	});
});
