import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { migrateSettings } from "../../../src/core/config/settings";

describe("notes written in Italian", () => {
	it("knows a person and a meeting by `tipo: persona` and `tipo: riunione`, outside the usual folders", () => {
		const v = buildVault({
			"Note/Luca Neri.md": md({ tipo: "persona" }, ""),
			"Note/Allineamento.md": md({ tipo: "riunione", data: "2026-11-21", partecipanti: ["[[Luca Neri]]"] }, ""),
			"Note/Libro.md": md({ categoria: "libri" }, ""),
		});
		expect(v.index.note("Note/Luca Neri.md")?.kind).toBe("person");
		expect(v.index.note("Note/Allineamento.md")).toMatchObject({ kind: "meeting", date: "2026-11-21" });
		expect(v.index.attendeesOf("Note/Allineamento.md")).toEqual(["Note/Luca Neri.md"]);
		expect(v.index.note("Note/Libro.md")?.kind).toBe("other");
	});

	it("reads `data: 20/11/2026` and `compleanno: 12/05/1980` day first, as Italians write dates", () => {
		const v = buildVault({
			"Persone/Mario Rossi.md": md({ compleanno: "12/05/1980" }, ""),
			"Persone/Anna Verdi.md": md({ data_di_nascita: "3.7.1991" }, ""),
			"Riunioni/Riunione di progetto.md": md({ data: "20/11/2026" }, "## Partecipanti\n- [[Mario Rossi]]\n"),
		});
		expect(v.index.person("Persone/Mario Rossi.md")?.person?.birthday).toEqual({ year: 1980, month: 5, day: 12 });
		expect(v.index.person("Persone/Anna Verdi.md")?.person?.birthday).toEqual({ year: 1991, month: 7, day: 3 });
		expect(v.index.note("Riunioni/Riunione di progetto.md")?.date).toBe("2026-11-20");
		expect(v.index.problems()).toEqual([]);
	});

	it("reads a birthday without the year day first under an Italian key: `compleanno: 12/05`, `29/02`", () => {
		const v = buildVault({ "Persone/Mario Rossi.md": md({ compleanno: "12/05" }, ""), "Persone/Lia Neri.md": md({ compleanno: "29/02" }, ""), "Persone/Ugo Bassi.md": md({ compleanno: "31/02" }, "") });
		expect(v.index.person("Persone/Mario Rossi.md")?.person?.birthday).toEqual({ year: null, month: 5, day: 12 });
		expect(v.index.person("Persone/Lia Neri.md")?.person?.birthday).toEqual({ year: null, month: 2, day: 29 });
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([["Persone/Ugo Bassi.md", "bad-birthday"]]);
	});

	it("still reports a slashed date under an English key, where 05/12/1980 could be either day", () => {
		const v = buildVault({ "People/Sam.md": md({ birthday: "05/12/1980" }, ""), "Meetings/Sync.md": md({ date: "05/12/2026" }, "") });
		expect(v.index.problems().map((p) => p.code).sort()).toEqual(["bad-birthday", "bad-date"]);
	});

	it("moves type fields saved unchanged from the earlier defaults to the new ones, and keeps edited ones", () => {
		expect(migrateSettings({ version: 3, typeFields: ["type", "category", "categories"] }).typeFields).toContain("tipo");
		expect(migrateSettings({ version: 3, typeFields: ["kind"] }).typeFields).toEqual(["kind"]);
	});
});
