import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

const kindOf = (path: string) => buildVault({ [path]: "Notes.\n" }).index.note(path)?.kind;

/** Vaults numbered for order (PARA, Johnny Decimal) or decorated with an emoji, as public vault templates name folders. */
describe("people and meeting folders with an order number or an emoji", () => {
	it.each(["02 - People", "2. Persone", "10 Contacts", "20_People", "1.2 People", "👥 People", "People 👥", "Areas/🧑‍🤝‍🧑 Contatti"])("knows a person by the folder %s", (folder) => {
		expect(kindOf(`${folder}/Anna Rossi.md`)).toBe("person");
	});

	it.each(["03 - Meetings", "📅 Meetings", "4) Riunioni", "1-1 Meetings"])("knows a meeting by the folder %s", (folder) => {
		expect(kindOf(`${folder}/2026-11-20 Sync.md`)).toBe("meeting");
	});

	it("still keeps 1on1s, 1-1 and a day folder 11 as they were", () => {
		expect(kindOf("1on1s/2026-11-20 Sync.md")).toBe("meeting");
		expect(kindOf("1-1/2026-11-20 Sync.md")).toBe("meeting");
		expect(kindOf("Archive/2026/11/20.md")).toBe("other");
	});

	it("does not take 02 - Projects or 👥 Teams for people", () => {
		expect(kindOf("02 - Projects/Anna Rossi.md")).toBe("other");
		expect(kindOf("👥 Teams/Anna Rossi.md")).toBe("other");
	});
});
