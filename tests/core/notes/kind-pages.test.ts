import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * In a Logseq graph every tag has a page of its own (`pages/meeting.md` for `#meeting`, holding its
 * aliases), and Obsidian vaults keep a `Meeting.md` or `Contact.md` note that explains or gathers the kind.
 * Such a page is named after the kind itself: it is not one meeting or one person.
 */
const kinds = (files: Record<string, string>) => {
	const v = buildVault(files);
	return { kinds: Object.fromEntries(Object.keys(files).map((p) => [p, v.index.note(p)?.kind])), problems: v.index.problems().map((p) => `${p.path}:${p.code}`) };
};

describe("a page named after the kind of note it gathers", () => {
	it("is neither a meeting nor a person, and doctor asks it for no date", () => {
		expect(
			kinds({
				"pages/meeting.md": "alias:: [[Process/Collaboration/Meeting]], #call\n\n- pagina del tag\n",
				"pages/Call.md": "tags:: meeting\n- how we run calls\n",
				"Notes/Contacts.md": "#contact\nHow I keep my contacts.\n",
			}),
		).toEqual({ kinds: { "pages/meeting.md": "other", "pages/Call.md": "other", "Notes/Contacts.md": "other" }, problems: [] });
	});

	it("still is one when its own type says so, and a meeting with a title of its own stays a meeting", () => {
		expect(
			kinds({
				"Notes/Meeting.md": "---\ntype: meeting\ndate: 2026-11-03\n---\n",
				"Notes/Weekly call.md": "---\ndate: 2026-11-03\ntags: [meeting]\n---\n",
				"Meetings/Kickoff.md": "---\ndate: 2026-11-04\n---\n",
			}).kinds,
		).toEqual({ "Notes/Meeting.md": "meeting", "Notes/Weekly call.md": "meeting", "Meetings/Kickoff.md": "meeting" });
	});
});
