import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A meeting's name that says whom it was with (`2026-11-20 Meeting with Apple`, `Call with Acme`) credits the one person of
 * that first name when no one is named so whole. In a vault that knows Apple as a firm (a person works there, or a firm's
 * own note is named so), the name says the meeting was with the firm: it credited Apple Martin, who was never there.
 */
const meeting = md({ type: "meeting", date: "2026-11-20" }, "Went through the renewal.");
const base = {
	"People/Apple Martin.md": person(),
	"People/Acme Jones.md": person(),
	"Meetings/2026-11-20 Meeting with Apple.md": meeting,
	"Meetings/2026-11-21 Call with Acme.md": md({ type: "meeting", date: "2026-11-21" }, "Pricing."),
};

describe("a meeting's name that names a firm the vault knows", () => {
	it("credits the person of that first name while the vault knows no firm so named", () => {
		const v = buildVault(base);
		expect(v.index.lastInteraction("People/Apple Martin.md")?.day).toBe("2026-11-20");
		expect(v.index.lastInteraction("People/Acme Jones.md")?.day).toBe("2026-11-21");
	});

	it("credits nobody by first name when a person works there (org, company as a link) or a firm's note is named so", () => {
		const v = buildVault({
			...base,
			"People/Tim Cook.md": person({ org: "Apple" }),
			"People/Dana Evans.md": person({ company: "[[Organizations/Acme Corp|Acme]]" }),
		});
		expect(v.index.lastInteraction("People/Apple Martin.md")).toBeNull();
		expect(v.index.lastInteraction("People/Acme Jones.md")).toBeNull();
		const w = buildVault({ ...base, "Organizations/Apple.md": md({ type: "company" }, "Cupertino."), "Aziende/Acme.md": "Fornitore.\n" });
		expect(w.index.lastInteraction("People/Apple Martin.md")).toBeNull();
		expect(w.index.lastInteraction("People/Acme Jones.md")).toBeNull();
	});

	it("still credits a person named so whole or by that alias", () => {
		const v = buildVault({ ...base, "People/Apple Martin.md": person({ aliases: ["Apple"] }), "People/Tim Cook.md": person({ org: "Apple" }) });
		expect(v.index.lastInteraction("People/Apple Martin.md")?.day).toBe("2026-11-20");
		const w = buildVault({ ...base, "People/Acme.md": person(), "Companies/Acme.md": "A firm.\n" });
		expect(w.index.lastInteraction("People/Acme.md")?.day).toBe("2026-11-21");
		expect(w.index.lastInteraction("People/Acme Jones.md")).toBeNull();
	});

	it("is read again as people's organisations change and firms' notes come and go, as a fresh build reads it", () => {
		const v = buildVault(base);
		v.write("People/Tim Cook.md", person({ org: "Apple" }));
		expect(v.index.lastInteraction("People/Apple Martin.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Tim Cook.md", person({ org: "Lumen" }));
		expect(v.index.lastInteraction("People/Apple Martin.md")?.day).toBe("2026-11-20");
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Organizations/Acme.md", "A firm.\n");
		expect(v.index.lastInteraction("People/Acme Jones.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("Organizations/Acme.md", "Archive/Acme 2019.md");
		expect(v.index.lastInteraction("People/Acme Jones.md")?.day).toBe("2026-11-21");
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("Archive/Acme 2019.md", "Companies/Acme.md");
		v.remove("People/Tim Cook.md");
		v.write("People/Ada Park.md", person({ company: ["Lumen", "Apple"] }));
		expect(v.index.lastInteraction("People/Apple Martin.md")).toBeNull();
		expect(v.index.lastInteraction("People/Acme Jones.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("Companies/Acme.md");
		v.write("People/Ada Park.md", person());
		expect(v.index.lastInteraction("People/Apple Martin.md")?.day).toBe("2026-11-20");
		expect(v.index.lastInteraction("People/Acme Jones.md")?.day).toBe("2026-11-21");
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("is read whatever the order a build adds the firm's note and the meeting in", () => {
		const v = buildVault({ "Organizations/Apple.md": "A firm.\n", ...base });
		const w = buildVault({ ...base, "Organizations/Apple.md": "A firm.\n" });
		expect(v.index.lastInteraction("People/Apple Martin.md")).toBeNull();
		expect(seen(w)).toEqual(seen(v));
	});

	it("takes as a 1:1's attendee the person its name names, and not her first name while it names a firm, as firms come and go", () => {
		const oneOnOne = { ...base, "Meetings/1-1 with Apple.md": md({ type: "meeting", date: "2026-11-22" }, "- [ ] Send the renewal terms") };
		const v = buildVault(oneOnOne);
		expect(v.index.attendeesOf("Meetings/1-1 with Apple.md")).toEqual(["People/Apple Martin.md"]);
		v.write("Organizations/Apple.md", "A firm.\n");
		expect(v.index.attendeesOf("Meetings/1-1 with Apple.md")).toEqual([]);
		expect(v.index.lastInteraction("People/Apple Martin.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("Organizations/Apple.md");
		expect(v.index.attendeesOf("Meetings/1-1 with Apple.md")).toEqual(["People/Apple Martin.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
