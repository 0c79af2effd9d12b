import { describe, expect, it } from "vitest";
import { ownersOf } from "./task-owners";

/*
 * First names that are also months (`April`, `June`), verbs (`Mark`, `Bill`, `Grant`, `Chase`) or modals (`Will`)
 * were never read as a person alone, wherever they stood: `Ask Mark for the deck` or `Send the deck to April` went to
 * every attendee, and `Mark and Anna to review` to Anna alone, hiding Mark's own follow-up from him. And a first name
 * after `the`, `this` or `next` (`Open the Paris office`, `Prepare the Summer sale`) is a word that qualifies the noun,
 * no person: read as her, the task went to her alone and was hidden from the others.
 */

describe("a first name that is also a verb (Mark, Bill, Grant, Chase), outside the verb a task opens with", () => {
	it.each([
		["Mark to send the deck", "Mark Jones"],
		["Mark sends the deck", "Mark Jones"],
		["Mark: send the deck", "Mark Jones"],
		["Mark already sent the figures", "Mark Jones"],
		["Ask Mark for the deck", "Mark Jones"],
		["Send the deck to Mark", "Mark Jones"],
		["Review Mark's draft", "Mark Jones"],
		["Check with Bill about the invoice", "Bill Evans"],
		["Grant to review the budget", "Grant Hill"],
		["Ping Chase about the renewal", "Chase Young"],
	])("goes to him alone: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});

	it("goes to both attendees when it names him beside another attendee (Mark and Anna to review)", () => {
		expect(ownersOf(["Anna Rossi", "Mark Jones", "Zoe Neri"], "Mark and Anna to review the prices")).toEqual(["Anna Rossi", "Mark Jones"]);
	});

	it.each([
		["Mark the invoice paid", "Mark Jones"],
		["Bill the client for March", "Bill Evans"],
		["Grant access to the shared drive", "Grant Hill"],
		["Chase the overdue invoice", "Chase Young"],
		["Done. Mark the invoice paid", "Mark Jones"],
	])("is still the verb the task opens with, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});
});

describe("a first name that is also a modal or a verb before `to` (Will, Hope)", () => {
	it.each([
		["Ask Will for the deck", "Will Turner"],
		["Send the deck to Will", "Will Turner"],
		["Will: send the deck", "Will Turner"],
		["Anna and Hope to review", "Hope Lee"],
	])("is the person where it does not open the task as a word: %s", (task, who) => {
		const named = task.includes("Anna") ? ["Anna Rossi", who] : [who];
		expect(ownersOf(["Anna Rossi", who, "Zoe Neri"], task)).toEqual(named);
	});

	it.each([
		["Will send the deck", "Will Turner"],
		["Hope to close the deal by Friday", "Hope Lee"],
	])("still opens the task as a word, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});
});

describe("a first name that is also a month (April, June, May)", () => {
	it.each([
		["Ask April for the figures", "April Ross"],
		["Send the deck to April", "April Ross"],
		["Check with June about the venue", "June Park"],
		["April to send the deck", "April Ross"],
		["June will book the room", "June Park"],
		["Mandare il file a April", "April Ross"],
		["**April** to send the deck", "April Ross"],
		["Ask **April** for the figures", "April Ross"],
	])("is the person when the task asks, hands something to her, or makes her the subject: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});

	it.each([
		["Follow up in April", "April Ross"],
		["Renew the contract by April", "April Ross"],
		["Postpone the launch to April", "April Ross"],
		["April budget review", "April Ross"],
		["Review April's numbers", "April Ross"],
		["Deadline: June 15", "June Park"],
		["May need to reschedule", "May Chen"],
		["Move the offsite from May to June", "June Park"],
		["June: ship the v2 release", "June Park"],
	])("is still the month, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});
});

describe("a first name right after the, this, next or last (Open the Paris office, Prepare the Summer sale)", () => {
	it.each([
		["Open the Paris office", "Paris Green"],
		["Call the Paris team about the move", "Paris Green"],
		["Hire a designer for the Paris office", "Paris Green"],
		["Prepare the Summer sale", "Summer Lee"],
		["Book the venue for the Summer party", "Summer Lee"],
		["Review prices this Summer", "Summer Lee"],
		["Plan next Summer's offsite", "Summer Lee"],
		["Prepare The Summer Sale", "Summer Lee"],
		["Replace the Jack plug", "Jack Smith"],
	])("is a word that qualifies the noun, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Send the deck to Paris", "Paris Green"],
		["Ask Summer about the sale", "Summer Lee"],
		["Send the Paris Green contract", "Paris Green"],
		["Confirm that Summer signed", "Summer Lee"],
	])("still names her where no such word stands before her, or she is named in full: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});
});

describe("a word ending in ss after a first name that opens a task (Summer process review, Grant access)", () => {
	it.each([
		["Summer process review", "Summer Lee"],
		["Rose access request", "Rose Byrne"],
	])("is no verb of hers, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it("still reads a verb in the third person as hers (Summer passes the figures on)", () => {
		expect(ownersOf(["Anna Rossi", "Summer Lee"], "Summer passes the figures on")).toEqual(["Summer Lee"]);
	});
});

describe("a plural noun after a first name that is also a verb or a noun (Mark duplicates, Summer hours policy)", () => {
	it.each([
		["Mark duplicates", "Mark Jones"],
		["Mark expenses as approved", "Mark Jones"],
		["Bill hours to the client", "Bill Evans"],
		["Bill clients for March", "Bill Evans"],
		["Summer hours policy", "Summer Lee"],
		["Summer interns onboarding", "Summer Lee"],
		["Summer sales report", "Summer Lee"],
	])("is the noun the word acts on or qualifies, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Summer sends the figures", "Summer Lee"],
		["Jack fixes the build", "Jack Smith"],
		["Rose replies to the client", "Rose Byrne"],
		["Jack does the demo", "Jack Smith"],
		["Summer books the room", "Summer Lee"],
		["Jack knows the client", "Jack Smith"],
		["Rose supports the legal team", "Rose Byrne"],
	])("still reads a verb in the third person as hers: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});

	it("goes to both when a verb outside the usual ones names the other attendee as its object (Jack supports Anna)", () => {
		expect(ownersOf(["Anna Rossi", "Jack Smith", "Zoe Neri"], "Jack supports Anna")).toEqual(["Anna Rossi", "Jack Smith"]);
	});
});

describe("a month that is a first name beside another attendee's name (Anna and April to review)", () => {
	it.each(["Anna and April to review", "April and Anna to review", "Anna e April: rivedere"])("goes to both: %s", (task) => {
		expect(ownersOf(["Anna Rossi", "April Ross", "Zoe Neri"], task)).toEqual(["Anna Rossi", "April Ross"]);
	});

	it("is still the month between two months (Between March and April: budget), and the task goes to every attendee", () => {
		expect(ownersOf(["Anna Rossi", "April Ross"], "Between March and April: budget")).toEqual(["Anna Rossi", "April Ross"]);
	});
});

describe("a season that is a first name as a time (Summer 2027, before Summer), and a city where a move goes (Move the team to Paris)", () => {
	it.each([
		["Summer 2027 planning", "Summer Lee"],
		["Review Summer 2027 numbers", "Summer Lee"],
		["Review prices before Summer", "Summer Lee"],
		["Freeze hiring until Winter", "Winter Hale"],
		["Paris 2026 offsite budget", "Paris Green"],
		["Move the team to Paris", "Paris Green"],
		["Expand to Paris next year", "Paris Green"],
		["Trip to Jordan: book visas", "Jordan Lee"],
	])("is the time or the place, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Get the figures from Summer", "Summer Lee"],
		["Send the report to Summer before Friday", "Summer Lee"],
		["Send the moving checklist to Paris", "Paris Green"],
		["Send the report to Jordan", "Jordan Lee"],
		["Review Summer's 2027 numbers", "Summer Lee"],
	])("still names her: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});
});

describe("two attendees written with a slash (Summer/Anna: prep)", () => {
	it.each(["Summer/Anna: prep the deck", "Mark/Anna to prep the deck", "Anna/Summer: prep the deck"])("goes to both: %s", (task) => {
		const who = task.includes("Mark") ? "Mark Jones" : "Summer Lee";
		expect(ownersOf(["Anna Rossi", who, "Zoe Neri"], task)).toEqual(["Anna Rossi", who]);
	});

	it("still reads a name after a folder in a path as no one (Projects/Anna)", () => {
		expect(ownersOf(["Anna Rossi", "Zoe Neri"], "File the notes in Projects/Anna")).toEqual(["Anna Rossi", "Zoe Neri"]);
	});
});

describe("Italian first names that are also words (Primo, Speranza) and a file handed over (Trasferire il file a Sofia)", () => {
	it.each([
		["Primo trimestre: chiudere i conti", "Primo Levi"],
		["Speranza di chiudere entro venerdì", "Speranza Neri"],
	])("is the word, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Primo manda il file", "Primo Levi"],
		["Primo: mandare il file", "Primo Levi"],
		["Speranza deve chiamare il cliente", "Speranza Neri"],
		["Trasferire il file a Sofia", "Sofia Conti"],
	])("still goes to her or him alone: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});
});

describe("a first name that is also a verb opening a task before another attendee's name (Chase Anna for the figures)", () => {
	const who = (task: string): string[] => ownersOf(["Anna Rossi", task.includes("Chase") ? "Chase Young" : "Mark Jones", "Zoe Neri"], task);

	it.each(["Chase Anna for the figures", "Mark Anna's deck as final", "Done. Chase Anna for the figures"])("is the verb, and the task goes to the attendee it acts on alone: %s", (task) => {
		expect(who(task)).toEqual(["Anna Rossi"]);
	});

	it.each(["Mark, Anna: review the deck", "Mark and Anna to review the deck"])("still names both when a mark or a word stands between them: %s", (task) => {
		expect(who(task)).toEqual(["Anna Rossi", "Mark Jones"]);
	});
});
