import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/** An Outlook meeting with an accented title and attendee, as text to encode. */
const CALENDAR = [
	"BEGIN:VCALENDAR",
	"PRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
	"VERSION:2.0",
	"METHOD:PUBLISH",
	"BEGIN:VEVENT",
	"DTSTART:20261105T090000Z",
	"DTEND:20261105T100000Z",
	"ORGANIZER;CN=Nicolò Ferrà:mailto:nicolo.ferra@example.com",
	"SUMMARY:Caffè con Nicolò",
	"UID:040000008200E00074C5B7101A82E008000000001234",
	"END:VEVENT",
	"END:VCALENDAR",
	"",
].join("\r\n");

function importPreview(bytes: Uint8Array): { stdout: string; status: number | null; meetings: string[] } {
	const vault = makeVault({ ".obsidian/plugins/rapport/data.json": JSON.stringify({ myEmails: ["me@example.com"] }) });
	const file = join(vault, "calendar.ics");
	writeFileSync(file, bytes);
	const r = spawnSync(process.execPath, [CLI, "import", file, "--vault", vault, "--from", "2026-11-01", "--write"], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", TZ: "Europe/Rome" } });
	return { stdout: r.stdout, status: r.status, meetings: readdirSync(join(vault, "Meetings")) };
}

describe("rapport import of a calendar that is not UTF-8", () => {
	it("reads an .ics saved as UTF-16 with a byte-order mark, and a Windows-1252 one as older Outlook wrote it, accents intact", () => {
		const utf16 = importPreview(new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(CALENDAR, (c) => c.charCodeAt(0)).buffer)]));
		expect(utf16.status).toBe(0);
		expect(utf16.meetings).toEqual(["2026-11-05 Caffè con Nicolò.md"]);
		const windows1252 = importPreview(Uint8Array.from(CALENDAR, (c) => c.charCodeAt(0)));
		expect(windows1252.status).toBe(0);
		expect(windows1252.meetings).toEqual(["2026-11-05 Caffè con Nicolò.md"]);
		expect(windows1252.stdout).toContain("Nicolò Ferrà <nicolo.ferra@example.com>");
	});
});

describe("rapport import of a calendar file cut short", () => {
	it("writes the meetings that are whole, says where the file stops and exits with 1", () => {
		const r = importPreview(new TextEncoder().encode(CALENDAR.slice(0, CALENDAR.indexOf("END:VCALENDAR")) + "BEGIN:VEVENT\r\nDTSTART:2026110"));
		expect(r.meetings).toEqual(["2026-11-05 Caffè con Nicolò.md"]);
		expect(r.stdout).toContain("the events up to line 11 are read, whatever followed is missing");
		expect(r.status).toBe(1);
	});
});

describe("rapport import of a calendar folded by bytes, inside UTF-8 characters", () => {
	it("names the meetings and the people to create with their accents intact", () => {
		const r = importPreview(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "calendar", "byte-folded-utf8.ics"))));
		expect(r.status).toBe(0);
		expect(r.meetings.sort()).toEqual(["2026-11-10 Revisione del preventivo per la ristrutturazione della cantina, più vecchia.md", "2026-11-12 Sopralluogo a Forlì con l'ingegnere del comune di Bertinoro alta — misure e foto.md"]);
		expect(r.stdout).toContain("Raffaella Marina Zuccolò <raffaella@esempio.example>");
		expect(r.stdout).toContain("Ettore Ćosić-Bardò <ettore@cantiere.example>");
	});
});

describe("rapport import of a calendar with an event whose text cannot be parsed", () => {
	const bytes = (): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "calendar", "crm-raw-newlines.ics")));

	it("writes the other meetings, names the event by its line and title, and exits with 1", () => {
		const r = importPreview(bytes());
		expect(r.meetings.sort()).toEqual(["2026-11-03 Rinnovo contratto Ferramenta Bassi.md", "2026-11-04 Demo prodotto a Lucia Fabbri.md", "2026-11-06 Telefonata con Sara Greco.md"]);
		expect(r.stdout).toContain("Events that could not be read (1):\n  line 27: Giro visite zona nord (its text could not be read)");
		expect(r.status).toBe(1);
	});

	it("says so in Italian", () => {
		const vault = makeVault({});
		const file = join(vault, "agenda.ics");
		writeFileSync(file, bytes());
		const r = spawnSync(process.execPath, [CLI, "import", file, "--vault", vault, "--from", "2026-11-01", "--lang", "it"], { encoding: "utf8", env: { ...process.env, TZ: "Europe/Rome" } });
		expect(r.stdout).toContain("riga 27: Giro visite zona nord (non è stato possibile leggerne il testo)");
	});
});

describe("rapport import of an Outlook vCalendar 1.0 (.vcs) file", () => {
	it("names the meeting and its guest from the quoted-printable text, accents intact", () => {
		const r = importPreview(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook-vcalendar-1.0.vcs"))));
		expect(r.status).toBe(0);
		expect(r.meetings).toEqual(["2026-11-05 Caffè con Nicolò l'offerta più bassa.md"]);
		expect(r.stdout).toContain("Nicolò Ferrà <nicolo.ferra@example.com>");
	});
});
