import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";
import { ownersNamedIn } from "../../../src/core/index/task-owners";
import { AttendeeNames } from "../../../src/core/index/attendee-names";
import { expectLinear } from "../../growth";

/*
 * Meeting templates name who does a task with `@`: `- [ ] @Max: send the deck`, `- [ ] Send the deck
 * @MaxBianchi`. Such a task is that person's follow-up, not every attendee's.
 */

const MEETING = "Meetings/2026-11-23 Weekly.md";
const ATTENDEES = ["[[Max Bianchi]]", "[[Anna Rossi]]", "[[Zoe Verdi]]"];

function weekly(tasks: string[], people: Record<string, string> = {}): TestVault {
	return buildVault({
		"People/Max Bianchi.md": person({ aliases: ["Maxi"] }),
		"People/Anna Rossi.md": person(),
		"People/Zoe Verdi.md": person(),
		...people,
		[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: ATTENDEES }, "## Action items", ...tasks),
	});
}

/** Each follow-up's text → the people it goes to. */
function owners(v: TestVault): Record<string, string[]> {
	return Object.fromEntries(v.index.followUpsIn(MEETING).map((f) => [f.text, [...f.people].sort()]));
}

const MAX = ["People/Max Bianchi.md"];
const EVERYONE = ["People/Anna Rossi.md", "People/Max Bianchi.md", "People/Zoe Verdi.md"];

describe("a meeting's task that names its person with @", () => {
	it.each([
		["- [ ] @Max: send the deck", "the given name and a colon"],
		["- [ ] @Max Bianchi send the deck", "the full name"],
		["- [ ] Send the deck @MaxBianchi", "a handle at the end"],
		["- [ ] @max.bianchi send the deck 📅 2026-11-30", "a handle with a dot, and a due date"],
		["- [ ] @Maxi, send the deck", "an alias"],
		["- [ ] (@Max) send the deck", "in parentheses"],
	])("goes to that attendee only: %s (%s)", (task) => {
		const v = weekly([task]);
		expect(Object.values(owners(v))).toEqual([MAX]);
		expect(v.index.followUpsOf("People/Anna Rossi.md")).toEqual([]);
	});

	it.each(["@Anna/@Zoe", "@Anna+@Zoe", "@Anna,@Zoe", "@Anna&@Zoe"])("goes to each person it names with no space between: %s", (names) => {
		expect(Object.values(owners(weekly([`- [ ] ${names} plan the offsite`])))).toEqual([["People/Anna Rossi.md", "People/Zoe Verdi.md"]]);
	});

	it.each(["https://social.example/@Max/@Anna", "max@lumen.example/@Anna", "https://social.example:@Max"])("goes to every attendee for an @ inside an address: %s", (address) => {
		expect(Object.values(owners(weekly([`- [ ] see ${address} today`])))).toEqual([EVERYONE]);
	});

	it("goes to each person it names: @Anna and @Zoe", () => {
		expect(owners(weekly(["- [ ] @Anna and @Zoe: plan the offsite"]))["@Anna and @Zoe: plan the offsite"]).toEqual(["People/Anna Rossi.md", "People/Zoe Verdi.md"]);
	});

	it("goes to the Max it names in full when two attendees are called Max, and to nobody (kept, no owner guessed) for @Max alone", () => {
		const v = buildVault({
			"People/Max Bianchi.md": person(),
			"People/Max Rossi.md": person(),
			"People/Anna Rossi.md": person(),
			[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: ["[[Max Bianchi]]", "[[Max Rossi]]", "[[Anna Rossi]]"] }, "- [ ] @Max Rossi: book the room", "- [ ] @Max: bring the badge", "- [ ] @Anna and @Max: plan the offsite"),
		});
		expect(owners(v)).toEqual({ "@Max Rossi: book the room": ["People/Max Rossi.md"], "@Max: bring the badge": [], "@Anna and @Max: plan the offsite": ["People/Anna Rossi.md"] });
		expect(v.index.followUpsOf("People/Max Bianchi.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("says which attendees an @ name could be, at the task's line, until the task names one in full or the names change", () => {
		const v = weekly(["- [ ] @Max: bring the badge"], { "People/Max Neri.md": person() });
		const meetingWithMaxNeri = (task: string): string => md({ type: "meeting", date: "2026-11-23", attendees: [...ATTENDEES, "[[Max Neri]]"] }, "## Action items", task);
		v.write(MEETING, meetingWithMaxNeri("- [ ] @Max: bring the badge"));
		const unclear = (): { line: number; name: unknown; candidates: unknown }[] => v.index.problems().filter((p) => p.code === "ambiguous-task-owner").map((p) => ({ line: p.line, name: p.params.name, candidates: p.params.candidates }));
		const line = v.index.followUpsIn(MEETING)[0]?.line;
		expect(unclear()).toEqual([{ line, name: "Max", candidates: "People/Max Bianchi.md, People/Max Neri.md" }]);
		expect(v.index.counts().problems).toBe(1);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write(MEETING, meetingWithMaxNeri("- [ ] @Max Neri: bring the badge"));
		expect(unclear()).toEqual([]);
		v.write(MEETING, meetingWithMaxNeri("- [ ] @Maxi: bring the badge"));
		expect(unclear()).toEqual([]);
		v.write("People/Max Neri.md", person({ aliases: ["Maxi"] }));
		expect(unclear()).toEqual([{ line, name: "Maxi", candidates: "People/Max Bianchi.md, People/Max Neri.md" }]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("goes to nobody when two attendees share the alias it uses", () => {
		const v = weekly(["- [ ] @Boss: sign the contract"], { "People/Max Bianchi.md": person({ aliases: ["Boss"] }), "People/Zoe Verdi.md": person({ aliases: ["Boss"] }) });
		expect(owners(v)).toEqual({ "@Boss: sign the contract": [] });
	});

	it("keeps the other rules: an address, a context tag or a name no attendee has goes to every attendee, a linked person to that person", () => {
		const v = weekly(["- [ ] Mail max@lumen.example the numbers", "- [ ] Call the venue @phone", "- [ ] @Carla: confirm the catering", "- [ ] @Max: send [[Anna Rossi]] the deck"]);
		expect(owners(v)).toEqual({
			"Mail max@lumen.example the numbers": EVERYONE,
			"Call the venue @phone": EVERYONE,
			"@Carla: confirm the catering": EVERYONE,
			"@Max: send [[Anna Rossi]] the deck": ["People/Anna Rossi.md"],
		});
	});

	it("reads the task again when the attendee's note gains the alias it uses, as a fresh build", () => {
		const v = weekly(["- [ ] @Bia: send the deck"]);
		expect(owners(v)["@Bia: send the deck"]).toEqual(EVERYONE);
		v.write("People/Max Bianchi.md", person({ aliases: ["Bia"] }));
		expect(owners(v)["@Bia: send the deck"]).toEqual(MAX);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Max Bianchi.md", person());
		expect(owners(v)["@Bia: send the deck"]).toEqual(EVERYONE);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it.each([
		["- [ ] **@Max**: send the deck", "in bold"],
		["- [ ] _@Max_ send the deck", "in italics"],
		["- [ ] Review @Max's deck", "with a possessive 's"],
		["- [ ] Review @Max’s deck", "with a possessive ’s"],
		["- [ ] @Max: mandare l'offerta al cliente", "in Italian"],
		["- [ ] Mandare a @Max l'offerta", "in Italian, before an elided word"],
		["- [ ] cc:@Max send the deck", "after a colon"],
	])("goes to that attendee only: %s (%s)", (task) => {
		expect(Object.values(owners(weekly([task])))).toEqual([MAX]);
	});

	it.each([
		["- [ ] read [@Max](https://social.example/@max) thread", "a Markdown link's text"],
		["- [ ] file it under [[Notes @Max]]", "a link to a note that is no person"],
		["- [ ] see https://social.example/@Max today", "an address"],
		["- [ ] mail max@example.com the numbers", "an email address"],
		["- [ ] run `ping @Max` on the server", "inline code"],
	])("goes to every attendee when the @ is inside %s: %s", (task) => {
		expect(Object.values(owners(weekly([task])))).toEqual([EVERYONE]);
	});
});

describe("names with accents and apostrophes", () => {
	const people = {
		"People/Niccolò Ferrè.md": person(),
		"People/Luca D'Amico.md": person(),
	};
	const attendees = ["[[Niccolò Ferrè]]", "[[Luca D'Amico]]", "[[Anna Rossi]]"];
	const meeting = (task: string): TestVault => buildVault({ "People/Anna Rossi.md": person(), ...people, [MEETING]: md({ type: "meeting", date: "2026-11-23", attendees }, task) });

	it.each([
		["- [ ] @Niccolò: mandare il preventivo", "People/Niccolò Ferrè.md"],
		["- [ ] @Niccolo: senza accento", "People/Niccolò Ferrè.md"],
		["- [ ] @Luca D'Amico send the deck", "People/Luca D'Amico.md"],
		["- [ ] @Luca D’Amico, curly apostrophe", "People/Luca D'Amico.md"],
		["- [ ] @LucaDAmico send the deck", "People/Luca D'Amico.md"],
	])("%s goes to %s", (task, who) => {
		expect(Object.values(owners(meeting(task)))).toEqual([[who]]);
	});
});

describe("a task line of 100 KB of @ names", () => {
	const names = (p: string): readonly string[] => (p.includes("Max") ? ["Max Bianchi"] : ["Anna Rossi"]);
	it.each([
		["joined mentions", (size: number) => "@a,".repeat(size / 3)],
		["mentions of an attendee", (size: number) => "@Max ".repeat(size / 5)],
		["a long word before a URL", (size: number) => `${"a".repeat(size)} x://`],
		["footnotes and tags left open", (size: number) => `@Max ${"[^".repeat(size / 4)}${"<a @Anna".repeat(size / 16)}`],
	])("is read in time that grows with its length, not its square: %s", (_what, line) => {
		expectLinear((size) => ownersNamedIn(line(size), new AttendeeNames(["People/Max Bianchi.md", "People/Anna Rossi.md"], names)), { small: 25_000 });
	});
});
