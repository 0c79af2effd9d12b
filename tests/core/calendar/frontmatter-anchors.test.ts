import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";

/**
 * A meeting note whose properties use a YAML anchor (`attendees: &team`, referred to by `also: *team`)
 * or a tag (`!!seq`). A calendar import that sets the attendees or the date keeps them: before, the
 * entry was rewritten without its anchor, `*team` then referred to nothing, and the whole properties
 * block no longer read (Obsidian showed none, Rapport saw no meeting).
 */
const ATTENDEES = ["[[Anna]]", "[[Bruno]]"];
const properties = (text: string): unknown => load(text.split("---\n")[1] ?? "");

describe("an import setting properties that carry an anchor or a tag", () => {
	it("keeps the anchor of an attendee list it appends to, and of one it rewrites", () => {
		const appended = setFrontmatterEntries("---\nattendees: &team\n  - \"[[Anna]]\"\nalso: *team\n---\n# Notes\n", [["attendees", ATTENDEES]]);
		expect(appended).toBe("---\nattendees: &team\n  - \"[[Anna]]\"\n  - \"[[Bruno]]\"\nalso: *team\n---\n# Notes\n");
		const rewritten = setFrontmatterEntries("---\nattendees: &team [\"[[Carla]]\"]\nalso: *team\n---\n", [["attendees", ATTENDEES]]);
		expect(rewritten).toBe("---\nattendees: &team\n  - \"[[Anna]]\"\n  - \"[[Bruno]]\"\nalso: *team\n---\n");
		expect(properties(rewritten)).toEqual({ attendees: ATTENDEES, also: ATTENDEES });
	});

	it("keeps the anchor and tag of a date it moves, and its comment", () => {
		const moved = setFrontmatterEntries("---\ndate: &day !!str 2026-11-01 # first slot\ncreated: *day\n---\n", [["date", { plain: "2026-12-01T10:00" }]]);
		expect(moved).toBe("---\ndate: &day !!str 2026-12-01T10:00 # first slot\ncreated: *day\n---\n");
		expect(properties(moved)).toEqual({ date: "2026-12-01T10:00", created: "2026-12-01T10:00" });
	});
});
