import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/*
 * A script that files notes by account or project types each by where it goes (`type: customer`,
 * `type: projects`): a call with a customer is named by its day, dated so, and lists who was there.
 */
describe("a dated note typed by what it is filed under, listing who was there", () => {
	const people = { "People/Mara Stein.md": person(), "People/Ben Cho.md": person() };

	it("is a meeting on its day with them", () => {
		const v = buildVault({
			...people,
			"Customers/Harbor Labs/2026-11-12 - Renewal call and pricing.md": md({ type: "customer", title: "Renewal call and pricing", date: "2026-11-12", account: "Harbor Labs", participants: ["Mara Stein", "Ben Cho"] }, "**Attendees**: Mara Stein, Ben Cho"),
			"Projects/Kiosk/2026-11-14 - Kickoff.md": md({ type: "projects", date: "2026-11-14", project: "Kiosk", participants: ["Ben Cho"] }),
		});
		expect(v.index.note("Customers/Harbor Labs/2026-11-12 - Renewal call and pricing.md")).toMatchObject({ kind: "meeting", date: "2026-11-12" });
		expect(v.index.attendeesOf("Customers/Harbor Labs/2026-11-12 - Renewal call and pricing.md")).toEqual(["People/Mara Stein.md", "People/Ben Cho.md"]);
		expect(v.index.lastInteraction("People/Ben Cho.md")?.day).toBe("2026-11-14");
	});

	it("stays a plain note when it gathers others, lists no one, or its date is another day than its name's", () => {
		const v = buildVault({
			...people,
			"Dashboards/2026-11-12 Pipeline.md": md({ type: "dashboard", date: "2026-11-12", participants: ["Mara Stein"] }),
			"Customers/Harbor Labs/2026-11-12 - Contract signed.md": md({ type: "customer", date: "2026-11-12", account: "Harbor Labs" }),
			"Projects/2026-01-10 Website relaunch.md": md({ type: "project", date: "2026-03-01", participants: ["Mara Stein", "Ben Cho"] }),
			"Customers/Harbor Labs.md": md({ type: "customer", date: "2026-11-12", participants: ["Mara Stein"] }),
		});
		for (const path of ["Dashboards/2026-11-12 Pipeline.md", "Customers/Harbor Labs/2026-11-12 - Contract signed.md", "Projects/2026-01-10 Website relaunch.md", "Customers/Harbor Labs.md"]) {
			expect(v.index.note(path)?.kind, path).toBe("other");
		}
		expect(v.index.lastInteraction("People/Mara Stein.md")).toBeNull();
	});
});
