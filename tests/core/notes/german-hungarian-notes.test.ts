import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * Words of German and Hungarian vaults that the settings' lists do not hold: templates folders
 * (`Vorlagen`, `Sablonok`), words written where attendees go that name nobody (`Alle`, `Ich`,
 * `Mindenki`), and names joined by `und` or `és`.
 */
describe("a German or Hungarian templates folder", () => {
	it("holds templates, never meetings or people, even with their type and attendees filled", () => {
		const v = buildVault({
			"Vorlagen/Besprechung.md": md({ type: "meeting", date: "{{date}}", attendees: ["[[Vorname Nachname]]"] }),
			"Sablonok/Személy.md": md({ type: "person" }),
			"Vorlage Person.md": md({ type: "person" }),
		});
		expect(["Vorlagen/Besprechung.md", "Sablonok/Személy.md", "Vorlage Person.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "other", "other"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("is no folder whose name only starts like one (`Vorlagenideen`), and no note named with the word inside another (`Sablonkészítés`)", () => {
		const v = buildVault({ "Vorlagenideen/Meeting.md": md({ type: "meeting", date: "2026-11-20" }), "Notes/Sablonkészítés.md": md({ type: "person" }) });
		expect(v.index.note("Vorlagenideen/Meeting.md")?.kind).toBe("meeting");
		expect(v.index.note("Notes/Sablonkészítés.md")?.kind).toBe("person");
	});
});

describe("attendees written in German or Hungarian without links", () => {
	it("are the names joined by und or és, and not Alle, Ich or Mindenki", () => {
		const v = buildVault({
			"Meetings/Abstimmung.md": md({ type: "meeting", date: "2026-11-20" }, "**Teilnehmer:** Jonas Weber und Lea Schmitt", "", "## Notizen"),
			"Meetings/Egyeztetés.md": md({ type: "meeting", date: "2026-11-21" }, "## Résztvevők", "- Nagy Eszter és Kovács Péter", "- Mindenki", "- Alle", "- Ich"),
			"People/Jonas Weber.md": md({ type: "person" }),
			"People/Lea Schmitt.md": md({ type: "person" }),
			"People/Nagy Eszter.md": md({ type: "person" }),
			"People/Kovács Péter.md": md({ type: "person" }),
		});
		expect(v.index.attendeesOf("Meetings/Abstimmung.md").sort()).toEqual(["People/Jonas Weber.md", "People/Lea Schmitt.md"]);
		expect(v.index.attendeesOf("Meetings/Egyeztetés.md").sort()).toEqual(["People/Kovács Péter.md", "People/Nagy Eszter.md"]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("leave a name with und inside a sentence unread, as a sentence is no list of names", () => {
		const v = buildVault({ "Meetings/Abstimmung.md": md({ type: "meeting", date: "2026-11-20" }, "## Teilnehmer", "- wir haben Jonas und Lea gefragt") });
		expect(v.index.note("Meetings/Abstimmung.md")?.attendees).toEqual([]);
	});
});

describe("German and Hungarian keys and words in ordinary notes", () => {
	it("make no person or meeting of a note whose Typ, típus or fileClass is something else, nor of a note with a Datum and a Teilnehmer heading", () => {
		const v = buildVault({
			"Notizen/Buch.md": md({ Typ: "Buch", Datum: "01.11.2026" }, "## Teilnehmer", "- Jonas Weber"),
			"Jegyzetek/Könyv.md": md({ "típus": "könyv", "dátum": "2026. 10. 05." }),
			"Notes/Thinking in Systems.md": md({ fileClass: "Book", date: "2026-11-02" }),
			"Notes/Kontaktformular.md": md({ Kategorie: "Formular" }),
		});
		expect(["Notizen/Buch.md", "Jegyzetek/Könyv.md", "Notes/Thinking in Systems.md", "Notes/Kontaktformular.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "other", "other", "other"]);
	});
});
