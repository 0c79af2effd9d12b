import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A meeting's task goes to the attendees it names in plain words. A capitalised word is not always one of them:
 * another person's full name (`Send Anna Bianchi the contract` with Anna Rossi there), a place (`Piazza San Marco`,
 * `Via Giulia`), a role (`Host the next session` with Host Brown there) or a firm the vault knows (`Review Apple's
 * offer` with Apple Martin there) names no attendee, so the task stays every attendee's rather than the wrong one's.
 */

const MEETING = "Meetings/2026-11-23 Weekly.md";

function meeting(attendees: string[], tasks: string[], extra: Record<string, string> = {}): TestVault {
	const people = Object.fromEntries(attendees.map((a) => [`People/${a}.md`, person()]));
	return buildVault({ ...people, ...extra, [MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: attendees.map((a) => `[[${a}]]`) }, "## Action items", ...tasks) });
}

/** Each follow-up's text → the names of the people it goes to. */
function owners(v: TestVault): Record<string, string[]> {
	return Object.fromEntries(v.index.followUpsIn(MEETING).map((f) => [f.text, [...f.people].map((p) => p.replace(/^People\/|\.md$/gu, "")).sort()]));
}

describe("a task whose capitalised word is an attendee's first name but means someone or something else", () => {
	it.each([
		["Send Anna Bianchi the contract", "another person's full name"],
		["Call Marco Polo airport for the transfer", "a place named after a person"],
		["Book a room at Piazza San Marco", "a square"],
		["Visit San Marco with the client", "a church"],
		["Meet at Via Anna Magnani", "a street"],
	])("goes to every attendee, not the one of that first name: %s (%s)", (task) => {
		expect(owners(meeting(["Anna Rossi", "Marco Verdi"], [`- [ ] ${task}`]))[task]).toEqual(["Anna Rossi", "Marco Verdi"]);
	});

	it.each([
		["Meet at Via Giulia", "a street"],
		["Book Hotel Giulia for the team", "a hotel"],
	])("goes to every attendee for a place ending in a first name: %s (%s)", (task) => {
		expect(owners(meeting(["Giulia Neri", "Marco Verdi"], [`- [ ] ${task}`]))[task]).toEqual(["Giulia Neri", "Marco Verdi"]);
	});

	it("still goes to the attendee named beside another attendee, by a full name, or by her first and middle names", () => {
		const v = meeting(["Anna Maria Rossi", "Marco Verdi", "Zoe Neri"], ["- [ ] Tell Anna Marco is late", "- [ ] Send Anna Maria the deck", "- [ ] Send Anna Maria Rossi the deck", "- [ ] Dr Anna to check the figures"]);
		expect(owners(v)).toEqual({
			"Tell Anna Marco is late": ["Anna Maria Rossi", "Marco Verdi"],
			"Send Anna Maria the deck": ["Anna Maria Rossi"],
			"Send Anna Maria Rossi the deck": ["Anna Maria Rossi"],
			"Dr Anna to check the figures": ["Anna Maria Rossi"],
		});
	});
});

describe("a task that names an attendee beside her surname, a day, a month or a small word with a capital", () => {
	it.each(["Sentire Rossi Anna per il preventivo", "Ping Anna Monday about the deck", "Send Anna Friday's notes", "Send The Deck To Anna", "Sentire Anna Lunedì", "Anna ASAP: book the room"])("still goes to her: %s", (task) => {
		expect(owners(meeting(["Anna Rossi", "Marco Verdi"], [`- [ ] ${task}`]))[task]).toEqual(["Anna Rossi"]);
	});
});

describe("a task that names an attendee with a surname of two words", () => {
	it("goes to her alone, not also to the attendee whose first name ends her surname (Anna De Luca, Luca Verdi)", () => {
		const v = meeting(["Anna De Luca", "Luca Verdi"], ["- [ ] Send Anna De Luca the deck", "- [ ] Send Anna Di Luca the deck"]);
		expect(owners(v)).toEqual({ "Send Anna De Luca the deck": ["Anna De Luca"], "Send Anna Di Luca the deck": ["Anna De Luca", "Luca Verdi"] });
	});
});

describe("a task that starts with a word for a role", () => {
	it("goes to every attendee, not the one whose first name it is (Host Brown, Team Ko)", () => {
		const v = meeting(["Host Brown", "Team Ko", "Anna Rossi"], ["- [ ] Host the next session", "- [ ] Team lunch on Friday"]);
		const all = ["Anna Rossi", "Host Brown", "Team Ko"];
		expect(owners(v)).toEqual({ "Host the next session": all, "Team lunch on Friday": all });
	});

	it("goes to a person whose alias is that word", () => {
		const v = meeting(["Anna Rossi", "Marco Verdi"], ["- [ ] Host the next session"], { "People/Anna Rossi.md": person({ aliases: ["Host"] }) });
		expect(owners(v)["Host the next session"]).toEqual(["Anna Rossi"]);
	});
});

describe("a task that names a firm the vault knows", () => {
	const tasks = ["- [ ] Review Apple's offer", "- [ ] Send the Apple contract to legal"];

	it("goes to every attendee, not the attendee whose first name the firm is", () => {
		const v = meeting(["Apple Martin", "Bob Stone"], tasks, { "People/Tim Cook.md": person({ org: "Apple" }) });
		const all = ["Apple Martin", "Bob Stone"];
		expect(owners(v)).toEqual({ "Review Apple's offer": all, "Send the Apple contract to legal": all });
	});

	it("goes to her while the vault knows no firm so named, and is read again as the firm comes and goes, as a fresh build", () => {
		const v = meeting(["Apple Martin", "Bob Stone"], tasks);
		expect(owners(v)["Review Apple's offer"]).toEqual(["Apple Martin"]);
		v.write("People/Tim Cook.md", person({ org: "Apple" }));
		expect(owners(v)["Review Apple's offer"]).toEqual(["Apple Martin", "Bob Stone"]);
		expect(owners(v)).toEqual(owners(fresh(v)));
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Tim Cook.md", person({ org: "Lumen" }));
		expect(owners(v)["Review Apple's offer"]).toEqual(["Apple Martin"]);
		v.write("Organizations/Apple.md", "A firm.\n");
		expect(owners(v)["Review Apple's offer"]).toEqual(["Apple Martin", "Bob Stone"]);
		expect(owners(v)).toEqual(owners(fresh(v)));
	});
});
