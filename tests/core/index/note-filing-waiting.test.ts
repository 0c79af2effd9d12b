import { describe, expect, it } from "vitest";
import { NoteFiling } from "../../../src/core/index/note-filing";
import { PersonResolver } from "../../../src/core/index/resolver";
import type { ParsedNote, Ref } from "../../../src/core/notes/note";
import { seededRandom as random } from "../../builders";

/** A meeting naming `names` (links, plain names, the same name twice, `Anna Rossi (Lumen)`), with or without exchanges. */
function meetingNote(path: string, day: string, names: string[], exchanges: boolean): ParsedNote {
	const refs: Ref[] = names.map((name, line) => ({ target: name.startsWith("[[") ? name.slice(2, -2) : name, link: name.startsWith("[["), line }));
	return {
		path,
		title: path,
		kind: "meeting",
		isEvent: false,
		date: day,
		time: null,
		person: null,
		attendees: refs,
		contacts: [],
		ownContacts: [],
		followUps: [],
		doneTasks: [],
		exchanges: exchanges ? [{ line: 9, direction: "gave", day, refs: refs.slice(0, 1) }] : [],
		pins: null,
		problems: [],
	};
}

const NAMES = ["[[Anna]]", "Anna", "[[People/Anna Rossi (Lumen)]]", "Anna Rossi", "Bruno", "[[Bruno]]", "Carla Neri (Vertex)", "AC/DC"];
const KEYS = ["anna", "anna rossi (lumen)", "anna rossi", "bruno", "carla neri (vertex)", "carla neri", "ac/dc", "dc"];
const DAYS = ["2026-10-01", "2026-10-02", "2026-10-03"];

/** What anyone can ask of a filing: the notes under each name, each day's meetings, the notes with exchanges. */
function seen(filing: NoteFiling): unknown {
	return {
		byKey: KEYS.map((k) => [k, [...filing.referencing(k)]]),
		byDay: DAYS.map((d) => [d, [...filing.meetingsOn(d)]]),
		meetings: filing.meetingCount,
		exchanges: [...filing.notesWithExchanges()].sort(),
	};
}

describe("a filing whose bulk-built notes wait to be filed under the names they name", () => {
	it("answers, after any mix of bulk filing, single filing, taking out and filing the waiting notes in steps, what a filing that filed each note at once answers, lists in the same order", () => {
		for (let seed = 1; seed <= 200; seed++) {
			const next = random(seed);
			const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
			const waits = new NoteFiling(new PersonResolver());
			const atOnce = new NoteFiling(new PersonResolver());
			const current = new Map<string, ParsedNote>();
			const steps: string[] = [];
			// Some sequences long enough to take out more notes than are looked for among the waiting ones before they are all filed.
			for (let step = 0; step < (seed % 10 === 0 ? 400 : 40); step++) {
				const path = `Meetings/m${Math.floor(next() * (seed % 10 === 0 ? 60 : 12))}.md`;
				const roll = next();
				const old = current.get(path);
				if (roll < 0.55) {
					// A note arrives or changes: taken out first, as the index does, then filed (in bulk or at once).
					const note = meetingNote(path, pick(DAYS), Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(NAMES)), next() < 0.3);
					if (old) {
						waits.unfile(old);
						atOnce.unfile(old);
					}
					const bulk = next() < 0.7;
					if (bulk) waits.fileLater(note);
					else waits.file(note);
					atOnce.file(note);
					current.set(path, note);
					steps.push(`${bulk ? "bulk" : "file"} ${path}`);
				} else if (roll < 0.75 && old) {
					waits.unfile(old);
					atOnce.unfile(old);
					current.delete(path);
					steps.push(`out ${path}`);
				} else if (roll < 0.9) {
					waits.fileWaiting(Math.floor(next() * 4));
					steps.push("some");
				} else {
					// Asking for one name files every waiting note first.
					const key = pick(KEYS);
					expect([...waits.referencing(key)], `seed ${seed}: ${steps.join(", ")}`).toEqual([...atOnce.referencing(key)]);
					steps.push(`ask ${key}`);
				}
			}
			expect(seen(waits), `seed ${seed}: ${steps.join(", ")}`).toEqual(seen(atOnce));
			expect(waits.fileWaiting(), `seed ${seed}`).toBe(true);
		}
	});

	it("keeps notes waiting until a name is asked for, and files them all then", () => {
		const filing = new NoteFiling(new PersonResolver());
		filing.fileLater(meetingNote("Meetings/a.md", "2026-10-01", ["[[Anna]]"], false));
		filing.fileLater(meetingNote("Meetings/b.md", "2026-10-01", ["Anna"], false));
		expect(filing.meetingsOn("2026-10-01")).toEqual(["Meetings/a.md", "Meetings/b.md"]);
		expect(filing.fileWaiting(0)).toBe(false);
		expect(filing.referencing("anna")).toEqual(["Meetings/a.md", "Meetings/b.md"]);
		expect(filing.fileWaiting(0)).toBe(true);
	});
});
