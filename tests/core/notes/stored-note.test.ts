import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { ParsedNote } from "../../../src/core/notes/note";
import { NONE } from "../../../src/core/notes/frontmatter-values";
import { NoteCodec, StringTable } from "../../../src/core/notes/stored-note";
import { buildVault, md, meeting, person } from "../../builders";

function markdownFiles(root: string): string[] {
	return readdirSync(root).flatMap((name) => {
		const full = join(root, name);
		if (statSync(full).isDirectory()) return markdownFiles(full);
		return name.endsWith(".md") ? [full] : [];
	});
}

/** Every note of the demo vault and of the fixture vaults, read as the parser reads them. */
function corpus(): ParsedNote[] {
	const notes: ParsedNote[] = [];
	for (const root of ["examples/vault", "tests/fixtures/vaults"]) {
		const vault = buildVault({});
		for (const file of markdownFiles(root)) notes.push(vault.parse(relative(root, file), readFileSync(file, "utf8")));
	}
	return notes;
}

/** Notes that fill every field a parsed note has, including the rare ones. */
function everyField(): ParsedNote[] {
	const vault = buildVault({}, { config: { dailyNotes: { folder: "Daily", format: "YYYY-MM-DD", template: "" } } });
	return [
		vault.parse(
			"People/Anna Rossi.md",
			person(
				{ name: "Anna R.", aliases: ["Annie"], cadence: "2w", circle: "friend", birthday: "1990-04-12", org: "Acme", role: "CTO", email: "anna@example.org", phone: "+39 02 1234", location: "Milano", interests: ["jazz", "climbing"], tags: ["mentor"], met_via: "[[Marco]]", knows: ["[[Sara]]", "Luca"], partner: "[[Paolo]]", family: "[[Elena]]", closeness: 80, since: "2020-01-05", offers: ["intros"], asks: ["funding"], last_contact: "2026-11-01", follow_up: "2026-12-01" },
				"- 2026-10-03 coffee",
				"- [ ] Send Anna the deck 📅 2026-11-30 ⏳ 2026-11-28 🛫 2026-11-20 🔁 every week",
				"- Gave a book #gave 2026-09-01",
			),
		),
		vault.parse("People/Broken.md", person({ cadence: "every blue moon", birthday: "soon", closeness: 400 })),
		vault.parse("People/Circle only.md", person({ circle: "work" })),
		vault.parse(
			"Meetings/2026-11-02 Coffee.md",
			md({ type: "meeting", date: "2026-11-02", time: "09:30", attendees: ["[[Anna Rossi]]", "Marco"], keep_together: ["[[Anna Rossi]], [[Marco]]"], keep_apart: ["[[Sara]], [[Luca]]"] }, "- [x] Shared notes with [[Anna Rossi]] ✅ 2026-11-03", "- [ ] Follow up with [[Marco]] 📅 2026-11-09", "- Received a tip from [[Sara]] #received", "- [x] @Anna sent the recap ✅ 2026-11-04", "- [x] [owner:: Marco] booked the room", "- [ ] Book the table [owner:: @Marco]"),
		),
		vault.parse("Meetings/No date.md", md({ type: "meeting", attendees: ["[[Anna Rossi]]"] }, "- [x] Sent [[Anna Rossi]] the deck")),
		vault.parse("Daily/2026-11-27.md", md(null, "Lunch with [[Anna Rossi]].", "- [ ] Call [[Marco]] [due:: 2026-13-45]")),
		vault.parse("Notes/Plain.md", md(null, "Nothing here.")),
		vault.parse("Atlas.md", "# Atlas\n\n"),
		vault.parse("Anna.md", "See [[Anna Bianchi]]\n"),
		vault.parse("Notes/Bad frontmatter.md", "---\n: [\n---\nText\n"),
		vault.parse("Events/Summit.md", meeting("2026-10-15", ["[[Anna Rossi]]"])),
		vault.parse("Meetings/2026-11-20 Pride and Prejudice reading group.md", md({ type: "meeting", attendees: ["Pride and Prejudice", "Ada Park and Ben Cho", "[[Anna Rossi]]"] })),
		vault.parse("People/Nonno Piero.md", person({ born: "1920-12-05", died: 1987 })),
		vault.parse("Meetings/2026-11-21 Call.md", md({ type: "meeting" }, "Attendees:", "Anna Rossi", "Marco")),
	];
}

describe("a parsed note kept in the plugin's store", () => {
	it("reads back as the very note the parser made, for every note of the demo and fixture vaults", () => {
		const notes = [...corpus(), ...everyField()];
		expect(notes.length).toBeGreaterThan(100);
		const codec = new NoteCodec();
		const texts = notes.map((note) => codec.encode(note));
		// As at the next start: the table read back from what was stored.
		const next = new NoteCodec(new StringTable(codec.strings.since(0)));
		notes.forEach((note, i) => expect(next.decode(note.path, texts[i] ?? ""), note.path).toStrictEqual(note));
	});

	it("covers every field: each one is filled by at least one of the notes above", () => {
		const notes = [...corpus(), ...everyField()];
		const some = (has: (n: ParsedNote) => boolean): boolean => notes.some(has);
		expect(some((n) => n.isEvent)).toBe(true);
		expect(some((n) => n.time !== null)).toBe(true);
		expect(some((n) => n.contacts.some((c) => c.kind === "mention")) && some((n) => n.contacts.some((c) => c.kind === "task"))).toBe(true);
		expect(some((n) => n.ownContacts.length > 0)).toBe(true);
		expect(some((n) => n.followUps.some((f) => f.due && f.scheduled && f.start && f.recurrence))).toBe(true);
		expect(some((n) => n.followUps.some((f) => f.owner !== undefined))).toBe(true);
		expect(some((n) => n.doneTasks.some((t) => t.day !== null)) && some((n) => n.doneTasks.some((t) => t.names === "@Marco"))).toBe(true);
		expect(some((n) => n.doneTasks.some((t) => t.refs.length > 0 && t.names === null))).toBe(true);
		expect(some((n) => typeof n.closedTasks === "number") && some((n) => Array.isArray(n.closedTasks))).toBe(true);
		expect(some((n) => n.exchanges.some((e) => e.direction === "gave")) && some((n) => n.exchanges.some((e) => e.direction === "received"))).toBe(true);
		expect(some((n) => n.pins !== null && n.pins.together.length > 0 && n.pins.apart.length > 0)).toBe(true);
		expect(some((n) => n.problems.length > 0)).toBe(true);
		expect(some((n) => n.empty === true)).toBe(true);
		expect(some((n) => n.pointsAt === "Anna Bianchi")).toBe(true);
		expect(some((n) => n.attendees.some((r) => !r.link))).toBe(true);
		expect(some((n) => n.attendees.some((r) => r.joined?.whole === true)) && some((n) => n.attendees.some((r) => r.joined?.whole === false))).toBe(true);
		expect(some((n) => n.attendees.some((r) => r.ifKnown === true))).toBe(true);
		expect(some((n) => n.attendees.some((r) => r.fromTitle === true))).toBe(true);
		const people = notes.flatMap((n) => (n.person ? [n.person] : []));
		for (const key of Object.keys(people[0] ?? {}) as (keyof NonNullable<ParsedNote["person"]>)[]) {
			expect(people.some((p) => { const v = p[key]; return v !== null && v !== false && !(Array.isArray(v) && v.length === 0); }), key).toBe(true);
		}
	});

	it("gives back the parser's one shared empty list for every empty list (no list per note)", () => {
		const [anna, , , , , , plain] = everyField();
		const codec = new NoteCodec();
		const back = plain && codec.decode(plain.path, codec.encode(plain));
		expect(back?.attendees).toBe(NONE);
		expect(back?.followUps).toBe(NONE);
		expect(back?.doneTasks).toBe(NONE);
		expect(back?.problems).toBe(NONE);
		const annaBack = anna && codec.decode(anna.path, codec.encode(anna));
		expect(annaBack?.attendees).toBe(NONE);
		expect(annaBack?.person?.offers).not.toBe(NONE);
	});

	it("shares one reference, and one frozen list of it, among the notes read back that name the same person on the same line, and reads each note as written", () => {
		const vault = buildVault({});
		const first = vault.parse("Meetings/2026-11-02 Coffee.md", meeting("2026-11-02", ["[[Anna Rossi]]"]));
		const second = vault.parse("Meetings/2026-11-09 Lunch.md", meeting("2026-11-09", ["[[Anna Rossi]]"]));
		const other = vault.parse("Meetings/2026-11-16 Walk.md", md({ type: "meeting", date: "2026-11-16", title: "Walk", attendees: ["[[Anna Rossi]]"] }));
		const codec = new NoteCodec();
		const [a, b, c] = [first, second, other].map((n) => codec.decode(n.path, codec.encode(n)));
		expect([a, b, c]).toStrictEqual([first, second, other]);
		expect(a?.attendees[0]).toBe(b?.attendees[0]);
		expect(a?.attendees).toBe(b?.attendees);
		expect(Object.isFrozen(a?.attendees)).toBe(true);
		expect(c?.attendees[0]?.line).not.toBe(a?.attendees[0]?.line);
		expect(c?.attendees[0]).not.toBe(a?.attendees[0]);
	});

	it("reads a reference on a line past a million as written (it is not shared)", () => {
		const codec = new NoteCodec(new StringTable(["Anna Rossi"]));
		const far = codec.decode("Meetings/x.md", '{"k":"m","a":[0,1,2000000]}');
		const again = codec.decode("Meetings/y.md", '{"k":"m","a":[0,1,2000000]}');
		expect(far?.attendees).toEqual([{ target: "Anna Rossi", link: true, line: 2000000 }]);
		expect(again?.attendees).toEqual(far?.attendees);
		expect(again?.attendees[0]).not.toBe(far?.attendees[0]);
	});

	it("is stored, with its table of repeated strings, in less than half the text of the note as plain JSON", () => {
		const notes = corpus();
		const codec = new NoteCodec();
		const compact = notes.reduce((sum, n) => sum + codec.encode(n).length, 0) + JSON.stringify(codec.strings.since(0)).length;
		const plain = notes.reduce((sum, n) => sum + JSON.stringify(n).length, 0);
		expect(compact).toBeLessThan(plain / 2);
	});

	it("reads as nothing (so the note is read again) when the stored text is not such a note, or names a string the table lacks", () => {
		const codec = new NoteCodec(new StringTable(["Anna Rossi"]));
		expect(codec.decode("Meetings/x.md", '{"k":"m","a":[0,1,3]}')?.attendees).toEqual([{ target: "Anna Rossi", link: true, line: 3 }]);
		for (const text of ["", "{", "null", "42", '"x"', "[]", "{}", '{"k":"z"}', '{"k":"constructor"}', '{"k":"m","a":7}', '{"k":"p","p":{}}', '{"k":"m","f":[[1]]}', '{"k":"m","a":[1,1,3]}', '{"k":"m","a":["0",1,3]}', '{"k":"m","a":[0,1]}', '{"k":"m","a":[[0,1,3]]}', '{"k":"d","c":[0,1,3,0]}', '{"k":"p","p":{"name":"A","org":-1}}']) {
			expect(codec.decode("Meetings/x.md", text), text).toBeNull();
		}
	});

	// Failed on main (session 9 review): these values were taken as they were, and a title that is a
	// number, a cadence that is a string or problems that are no list crashed the agenda or changed it.
	it("reads as nothing when a stored value is of another type than the one written (title, time, aliases, cadence, birthday, email, closeness, recurrence, a follow-up's owner, done tasks, closed tasks, direction, problems)", () => {
		const codec = new NoteCodec(new StringTable(["Anna Rossi", "2026-11-02"]));
		const person = (fields: string): string => `{"k":"p","p":{"name":"Anna",${fields}}}`;
		expect(codec.decode("People/a.md", person('"aliases":["Annie"],"cadence":{"duration":{"weeks":2},"days":14},"birthday":{"month":4,"day":12,"year":null},"email":"a@b.c","phone":"+39","closeness":80'))?.person).toMatchObject({ aliases: ["Annie"], cadence: { days: 14 }, birthday: { month: 4 }, email: "a@b.c", closeness: 80 });
		const wrong = [
			'{"k":"m","ti":5}',
			'{"k":"m","tm":930}',
			person('"aliases":"Annie"'),
			person('"aliases":[5]'),
			person('"cadence":"2w"'),
			person('"cadence":{"duration":{"weeks":2}}'),
			person('"cadence":{"duration":{"weeks":"2"},"days":14}'),
			person('"birthday":"1990-04-12"'),
			person('"birthday":{"day":12,"year":null}'),
			person('"email":["a@b.c"]'),
			person('"phone":39021234'),
			person('"closeness":"80"'),
			'{"k":"p","f":[[1,"Call"," ",null,null,null,7,[]]]}',
			'{"k":"m","f":[[1,"Call"," ",null,null,null,null,[],7]]}',
			'{"k":"m","dt":{}}',
			'{"k":"m","dt":[7]}',
			'{"k":"m","dt":[["1","@Anna",null]]}',
			'{"k":"m","dt":[[1,7,null]]}',
			'{"k":"m","dt":[[1,"@Anna"]]}',
			'{"k":"m","dt":[[1,"@Anna",9]]}',
			'{"k":"m","dt":[[1,null,null,7]]}',
			'{"k":"m","dt":[[1,null,null,[0,1]]]}',
			'{"k":"m","ct":"Sent the deck"}',
			'{"k":"m","ct":["Sent the deck"]}',
			'{"k":"m","ct":[1.5]}',
			'{"k":"m","x":[[1,"stolen",1,[0,1,2]]]}',
			'{"k":"p","pr":{"code":"bad-cadence"}}',
			'{"k":"p","pr":[{"path":"People/a.md","line":2}]}',
			'{"k":"p","pr":[{"path":"People/a.md","line":2,"code":"bad-cadence","params":{"value":[1]}}]}',
		];
		for (const text of wrong) expect(codec.decode("People/a.md", text), text).toBeNull();
	});
});
