import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { decodeWholeFile } from "../../../src/core/contacts/decode";

/** A PHP calendar export folded every 75 bytes, five of its folds inside an accented letter. */
const bytes = (): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "byte-folded-utf8.ics")));

function read(file: Uint8Array) {
	const r = readCalendar(decodeWholeFile(file), { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["me@example.com"] });
	if (!r) throw new Error("not read");
	return r.occurrences;
}

describe("a calendar whose lines are folded by bytes, inside UTF-8 characters", () => {
	it("keeps its titles and the names of its organiser and guests intact, not read as Windows-1252", () => {
		const occurrences = read(bytes());
		expect(occurrences.map((o) => o.title)).toEqual(["Revisione del preventivo per la ristrutturazione della cantina, più vecchia", "Sopralluogo a Forlì con l'ingegnere del comune di Bertinoro alta — misure e foto"]);
		expect(occurrences.flatMap((o) => o.attendees.map((a) => a.name))).toEqual(["Benedetta Maria Vittoria Ricciardi-López dei Castelnuovo Ñañez", "Raffaella Marina Zuccolò", "Ettore Ćosić-Bardò"]);
	});

	it("is read the same with a UTF-8 byte-order mark, no replacement character in it", () => {
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes()]);
		const text = decodeWholeFile(withBom);
		expect(text).not.toContain("\uFFFD");
		expect(read(withBom).map((o) => o.title)).toEqual(read(bytes()).map((o) => o.title));
	});

	it("keeps its lines where they were: the same number of lines, each fold still a fold", () => {
		const text = decodeWholeFile(bytes());
		const raw = new TextDecoder("latin1").decode(bytes());
		expect(text.split("\r\n")).toHaveLength(raw.split("\r\n").length);
		// `pi\xC3` + fold + `\xB9 vecchia`: the fold moves after the ù, before the space that was there.
		expect(text).toContain("più\r\n  vecchia");
	});
});

describe("a Windows-1252 file with a line folded after an accented capital", () => {
	it("stays Windows-1252: the byte after the fold is no UTF-8 continuation", () => {
		const latin = Uint8Array.from("SUMMARY:CAF\xc9\r\n con NICOL\xd2\r\n", (c) => c.charCodeAt(0));
		expect(decodeWholeFile(latin)).toBe("SUMMARY:CAFÉ\r\n con NICOLÒ\r\n");
	});
});
