import { describe, expect, it } from "vitest";
import { buildVault, meeting, md, person } from "../../builders";

/**
 * A large vault's meetings name the same people on the same lines of their frontmatter: the index
 * keeps one reference object per (target, link, line), as the cache's reader does, and each note
 * still reads as its own.
 */
describe("references the index keeps", () => {
	it("are one object for the same person on the same line of many meetings", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"Meetings/A.md": meeting("2026-11-20", ["[[Anna Rossi]]", "[[Ben Cho]]"]),
			"Meetings/B.md": meeting("2026-11-21", ["[[Anna Rossi]]"]),
			"Meetings/C.md": meeting("2026-11-22", ["[[Ben Cho]]", "[[Anna Rossi]]"]),
		});
		const anna = (path: string) => v.index.note(path)?.attendees.find((r) => r.target === "Anna Rossi");
		expect(anna("Meetings/A.md")).toBeDefined();
		expect(anna("Meetings/B.md")).toBe(anna("Meetings/A.md"));
		expect(anna("Meetings/C.md")).toBe(anna("Meetings/A.md"));
	});

	it("differ where the line, the link or the name differ, and keep each note's own values", () => {
		const v = buildVault({
			"Meetings/A.md": meeting("2026-11-20", ["[[Anna Rossi]]"]),
			"Meetings/B.md": md({ type: "meeting", title: "Sync", date: "2026-11-21", attendees: ["[[Anna Rossi]]"] }),
			"Meetings/C.md": meeting("2026-11-22", ["Anna Rossi"]),
			"Meetings/D.md": meeting("2026-11-23", ["[[Anna Rossi]] and [[Ben Cho]]", "Ada Park and Ben Cho"]),
		});
		const refs = (path: string) => v.index.note(path)?.attendees.map((r) => ({ target: r.target, link: r.link, line: r.line, joined: r.joined })) ?? [];
		expect(refs("Meetings/A.md")).toEqual([{ target: "Anna Rossi", link: true, line: 3, joined: undefined }]);
		expect(refs("Meetings/B.md")).toEqual([{ target: "Anna Rossi", link: true, line: 4, joined: undefined }]);
		expect(refs("Meetings/C.md")).toEqual([{ target: "Anna Rossi", link: false, line: 3, joined: undefined }]);
		// A reference with its joined names is a copy: sharing never gives another note's names to a plain one.
		expect(refs("Meetings/D.md").find((r) => r.joined !== undefined)?.joined?.names).toEqual(["Ada Park", "Ben Cho"]);
		expect(refs("Meetings/C.md")[0]?.joined).toBeUndefined();
	});

	it("name the same people after one meeting is rewritten, and the other meetings keep theirs", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Ben Cho.md": person(),
			"Meetings/A.md": meeting("2026-11-20", ["[[Anna Rossi]]"]),
			"Meetings/B.md": meeting("2026-11-21", ["[[Anna Rossi]]"]),
		});
		v.write("Meetings/A.md", meeting("2026-11-20", ["[[Ben Cho]]"]));
		expect(v.index.attendeesOf("Meetings/A.md")).toEqual(["People/Ben Cho.md"]);
		expect(v.index.attendeesOf("Meetings/B.md")).toEqual(["People/Anna Rossi.md"]);
	});
});
