import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Meeting notes written in German, Spanish, French and Italian give their day in the body after the language's word for
 * date (`Datum: 23. November 2026`, `Fecha: 23 de noviembre de 2026`, `Date : 23 novembre 2026`, `Data: 23 novembre 2026`)
 * or as a property (`Datum`, `fecha`). A date that cannot be read is reported, never taken for another day.
 */
describe("a meeting dated by a long date in German, Spanish, French or Italian", () => {
	it("is on the day its Datum, Fecha, Date or Data line gives, and credits its attendee on that day", () => {
		const v = buildVault({
			"People/Ben Cho.md": person(),
			"Besprechungen/Planung.md": md(null, "# Planung", "", "Datum: 23. November 2026", "Teilnehmer: [[Ben Cho]]"),
			"Besprechungen/Abstimmung.md": md(null, "- **Datum:** 3. Dez. 2026", "- **Teilnehmer:** [[Ben Cho]]"),
			"Meetings/Revisión.md": md(null, "# Revisión", "", "Fecha: 23 de noviembre de 2026", "Asistentes: [[Ben Cho]]"),
			"Meetings/Point.md": md(null, "# Point", "", "Date : 24 novembre 2026", "Participants : [[Ben Cho]]"),
			"Meetings/Bilan.md": md(null, "# Bilan", "", "**Date :** 1er décembre 2026", "Participants : [[Ben Cho]]"),
			"Riunioni/Consiglio.md": md(null, "# Consiglio", "", "Data: 25 novembre 2026", "Partecipanti: [[Ben Cho]]"),
		});
		expect(v.index.note("Besprechungen/Planung.md")).toMatchObject({ kind: "meeting", date: "2026-11-23" });
		expect(v.index.note("Besprechungen/Abstimmung.md")).toMatchObject({ kind: "meeting", date: "2026-12-03" });
		expect(v.index.note("Meetings/Revisión.md")).toMatchObject({ kind: "meeting", date: "2026-11-23" });
		expect(v.index.note("Meetings/Point.md")).toMatchObject({ kind: "meeting", date: "2026-11-24" });
		expect(v.index.note("Meetings/Bilan.md")).toMatchObject({ kind: "meeting", date: "2026-12-01" });
		expect(v.index.note("Riunioni/Consiglio.md")).toMatchObject({ kind: "meeting", date: "2026-11-25" });
		expect(v.index.lastInteraction("People/Ben Cho.md", "2026-12-31")?.day).toBe("2026-12-03");
		expect(v.index.problems().filter((p) => p.code === "meeting-without-date" || p.code === "bad-date")).toEqual([]);
	});

	it("is on the day its Datum or fecha property gives", () => {
		const v = buildVault({
			"Meetings/Planung.md": md({ type: "meeting", Datum: "23. November 2026" }, "- Notizen"),
			"Meetings/Revisión.md": md({ type: "meeting", fecha: "3 de diciembre de 2026" }, "- notas"),
		});
		expect(v.index.note("Meetings/Planung.md")?.date).toBe("2026-11-23");
		expect(v.index.note("Meetings/Revisión.md")?.date).toBe("2026-12-03");
	});

	it("reports a Datum or fecha property that names no day as a bad date, and gives the meeting no day from it", () => {
		const v = buildVault({
			"Meetings/Planung.md": md({ type: "meeting", Datum: "31. Juni 2026" }, "- Notizen"),
			"Meetings/Revisión.md": md({ type: "meeting", fecha: "3 de Brumario de 2026" }, "- notas"),
		});
		expect(v.index.note("Meetings/Planung.md")?.date).toBeNull();
		expect(v.index.note("Meetings/Revisión.md")?.date).toBeNull();
		const bad = v.index.problems().filter((p) => p.code === "bad-date").map((p) => p.path).sort();
		expect(bad).toEqual(["Meetings/Planung.md", "Meetings/Revisión.md"]);
	});

	it("keeps the day of a meeting's name when an email pasted below it, quoted or not, gives its own Date, Datum or Fecha after From, Von or De", () => {
		const v = buildVault({
			"People/Ben Cho.md": person(),
			"Meetings/2026-11-20 Sync with Ben Cho.md": md({ type: "meeting" }, "- went well", "", "Forwarded:", "> Von: Kofi Mensah", "> Datum: 3. März 2025", "> Betreff: Angebot"),
			"Meetings/2026-11-21 Revisión con Ben Cho.md": md({ type: "meeting" }, "- bien", "", "De: Kofi Mensah", "Fecha: 3 de marzo de 2025", "Asunto: Oferta"),
			"Meetings/2026-11-22 Coffee with Ben Cho.md": md({ type: "meeting" }, "- ok", "", "---------- Forwarded message ---------", "**From:** Kofi", "**Date:** Tue, 3 Mar 2025 at 10:00", "**Subject:** Offer"),
		});
		expect(v.index.note("Meetings/2026-11-20 Sync with Ben Cho.md")?.date).toBe("2026-11-20");
		expect(v.index.note("Meetings/2026-11-21 Revisión con Ben Cho.md")?.date).toBe("2026-11-21");
		expect(v.index.note("Meetings/2026-11-22 Coffee with Ben Cho.md")?.date).toBe("2026-11-22");
		expect(v.index.lastInteraction("People/Ben Cho.md")?.day).toBe("2026-11-22");
	});

	it("still takes a Datum line with no sender beside it, in a callout too, or with the meeting's start time after From or Von", () => {
		const v = buildVault({
			"Besprechungen/Planung.md": md(null, "> [!info]", "> Datum: 23. November 2026", "> Teilnehmer: Ben Cho", "", "Themen: Budget"),
			"Besprechungen/Review.md": md(null, "Datum: 24. November 2026", "Von: 14:00", "Bis: 15:00", "Teilnehmer: Ben Cho"),
			"Meetings/Review.md": md(null, "Date: November 25, 2026", "From: 2 PM", "To: 3 PM", "Attendees: Ben Cho"),
		});
		expect(v.index.note("Besprechungen/Planung.md")?.date).toBe("2026-11-23");
		expect(v.index.note("Besprechungen/Review.md")?.date).toBe("2026-11-24");
		expect(v.index.note("Meetings/Review.md")?.date).toBe("2026-11-25");
	});

	it("reads a Fecha or Datum line's or property's number-first day day first, as Spanish and German write it (03/04/2026 is 3 April), and not Date's", () => {
		const v = buildVault({
			"Meetings/Reunión.md": md({ type: "meeting", fecha: "03/04/2026" }, "- notas"),
			"Meetings/Revisión.md": md(null, "# Revisión", "Fecha: 03/04/2026", "Asistentes: Ben Cho"),
			"Besprechungen/Planung.md": md(null, "# Planung", "Datum: 03/04/2026", "Teilnehmer: Ben Cho"),
			"Meetings/Review.md": md(null, "# Review", "Date: 03/04/2026", "Attendees: Ben Cho"),
		});
		expect(v.index.note("Meetings/Reunión.md")?.date).toBe("2026-04-03");
		expect(v.index.note("Meetings/Revisión.md")?.date).toBe("2026-04-03");
		expect(v.index.note("Besprechungen/Planung.md")?.date).toBe("2026-04-03");
		expect(v.index.note("Meetings/Review.md")?.date).toBeNull();
	});
});

