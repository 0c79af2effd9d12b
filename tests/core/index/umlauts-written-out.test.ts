import { describe, expect, it } from "vitest";
import { buildVault, meeting, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

const codes = (v: TestVault, code: string): string[] =>
	v.index
		.problems()
		.filter((p) => p.code === code)
		.map((p) => p.path);

describe("German umlauts written out (ü as ue) in a meeting's attendees", () => {
	it("credits the plain attendee Juergen Mueller to Jürgen Müller.md, and Jörg Schröder to Joerg Schroeder.md", () => {
		const v = buildVault({
			"People/Jürgen Müller.md": person(),
			"People/Joerg Schroeder.md": person(),
			"Meetings/a.md": meeting("2026-11-20", ["Juergen Mueller"]),
			"Meetings/b.md": meeting("2026-11-21", ["Jörg Schröder"]),
		});
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Jürgen Müller.md"]);
		expect(v.index.attendeesOf("Meetings/b.md")).toEqual(["People/Joerg Schroeder.md"]);
		expect(codes(v, "unknown-attendee")).toEqual([]);
	});

	it("names Jürgen Müller.md and Juergen Mueller.md as one person written twice, and credits each spelling to its own note", () => {
		const v = buildVault({
			"People/Jürgen Müller.md": person(),
			"People/Juergen Mueller.md": person(),
			"Meetings/a.md": meeting("2026-11-20", ["Juergen Mueller"]),
			"Meetings/b.md": meeting("2026-11-21", ["Jürgen Müller"]),
		});
		expect(codes(v, "duplicate-person")).toEqual(["People/Juergen Mueller.md", "People/Jürgen Müller.md"]);
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Juergen Mueller.md"]);
		expect(v.index.attendeesOf("Meetings/b.md")).toEqual(["People/Jürgen Müller.md"]);
	});

	it("still credits Jurgen Muller (no umlaut, none written out) to Jürgen Müller.md, and keeps Manuel apart from Manul", () => {
		const v = buildVault({ "People/Jürgen Müller.md": person(), "People/Manuel Rossi.md": person(), "Meetings/a.md": meeting("2026-11-20", ["Jurgen Muller", "Manul Rossi"]) });
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Jürgen Müller.md"]);
	});

	it("credits the meeting once Jürgen Müller's note is written after it, as a fresh build does", () => {
		const v = buildVault({ "Meetings/a.md": meeting("2026-11-20", ["Juergen Mueller"]) });
		v.write("People/Jürgen Müller.md", person());
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Jürgen Müller.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("credits the meeting with Jörg Schröder once Joerg Schroeder.md is written after it, as a fresh build does", () => {
		const v = buildVault({ "Meetings/a.md": meeting("2026-11-20", ["Jörg Schröder"]) });
		v.write("People/Joerg Schroeder.md", person());
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Joerg Schroeder.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
