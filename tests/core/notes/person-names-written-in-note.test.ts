import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * People notes named by a slug (`people/dana-evans.md`, as a personal CRM kept by a script names them) that write
 * the person's name in `name`; meetings link her by that name.
 */
const dana = md({ name: "Dana Evans", tags: ["friend", "colleague"], company: "Umbrella" }, "# Dana Evans");
const sync = md({ type: "meeting", date: "2026-11-21", attendees: ["[[Dana Evans]]"] }, "- goals");

describe("a person note whose file name is a slug and whose name is written in it", () => {
	it("is the person a link to her name points to, with no note asked for", () => {
		const v = buildVault({ "people/dana-evans.md": dana, "Meetings/2026-11-21 Sync.md": sync });
		expect(v.index.attendeesOf("Meetings/2026-11-21 Sync.md")).toEqual(["people/dana-evans.md"]);
		expect(v.index.lastInteraction("people/dana-evans.md")?.day).toBe("2026-11-21");
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("leaves a link to her name to a note of that file name when there is one", () => {
		const other = md({ type: "person" }, "# Dana Evans, the other one");
		const v = buildVault({ "people/dana-evans.md": dana, "People/Dana Evans.md": other, "Meetings/2026-11-21 Sync.md": sync });
		expect(v.index.attendeesOf("Meetings/2026-11-21 Sync.md")).toEqual(["People/Dana Evans.md"]);
	});
});
