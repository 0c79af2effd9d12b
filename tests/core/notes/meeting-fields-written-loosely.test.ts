import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

describe("meeting properties as people write them", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person() };

	it("takes the day of an Italian meeting from data: 2026-11-20", () => {
		const v = buildVault({ ...people, "Riunioni/Pranzo.md": md({ data: "2026-11-20", partecipanti: "Anna Rossi" }) });
		expect(v.index.note("Riunioni/Pranzo.md")).toMatchObject({ kind: "meeting", date: "2026-11-20" });
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toMatchObject({ day: "2026-11-20", kind: "meeting" });
		expect(v.index.problems()).toEqual([]);
	});

	it("keeps the file name's day when data: holds something else, and says nothing about it", () => {
		const v = buildVault({ ...people, "Riunioni/2026-11-21 Pranzo.md": md({ data: "preliminari", partecipanti: "Anna Rossi" }) });
		expect(v.index.note("Riunioni/2026-11-21 Pranzo.md")?.date).toBe("2026-11-21");
		expect(v.index.problems()).toEqual([]);
	});

	it("lets date: win over data:", () => {
		const v = buildVault({ ...people, "Riunioni/Pranzo.md": md({ date: "2026-11-22", data: "2026-11-20" }) });
		expect(v.index.note("Riunioni/Pranzo.md")?.date).toBe("2026-11-22");
	});

	it("finds Anna Rossi from an attendee written as a mention, @Anna Rossi", () => {
		const v = buildVault({ ...people, "Meetings/m.md": md({ type: "meeting", date: "2026-11-20", attendees: ["@Anna Rossi", "@marco bianchi"] }) });
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(v.index.problems()).toEqual([]);
	});
});
