import { describe, expect, it } from "vitest";
import { ownersOf } from "./task-owners";

/*
 * A meeting's task goes to the attendees it names in plain words, but some first names are also verbs (`Jack up the
 * prices`, Italian `Salvo il file`) or cities (`Book flights to Florence`, `Prenotare il volo per Milano`). Read as a
 * person there, the task would go to her alone and be hidden from the others; read as no one, it stays every
 * attendee's, which is the safer mistake.
 */

const JACK = ["Anna Rossi", "Jack Smith"];
const SALVO = ["Anna Rossi", "Salvo Greco"];

describe("a first name that opens a task (or a sentence of it) before a lower-case word that does not make her its subject", () => {
	it.each([
		["Jack up the prices", JACK],
		["Jack the prices up before Friday", JACK],
		["Jack fuel surcharges up", JACK],
		["Salvo il file sul drive", SALVO],
		["Salvo tutto nella cartella condivisa", SALVO],
		["Salvo bozze e allegati", SALVO],
		["Notes done. Jack up the prices", JACK],
	])("reads as a verb, and the task goes to every attendee: %s", (task, attendees) => {
		expect(ownersOf(attendees, task)).toEqual(attendees);
	});
});

describe("a first name that opens a task before `to`, a modal, `and`/`e`, a verb (sends, send, manda, mandare) or a mark, or stands anywhere else", () => {
	it.each([
		["Jack: send the deck", JACK],
		["Call Jack", JACK],
		["Jack to send the deck", JACK],
		["Jack will send the deck", JACK],
		["Jack sends the deck", JACK],
		["Jack send the deck to the client", JACK],
		["Jack check the figures", JACK],
		["Jack and Bob to send the deck", JACK],
		["Jack's deck to review", JACK],
		["**Jack** up the prices", JACK],
		["Ask Jack up front about the prices", JACK],
		["Salvo deve mandare il file", SALVO],
		["Salvo manda il file", SALVO],
		["Salvo mandare il file al cliente", SALVO],
		["Salvo manderà il file", SALVO],
		["Salvo e Bob: mandare il file", SALVO],
		["Chiamare Salvo", SALVO],
		["Salvo - mandare il file", SALVO],
		["Salvo fare il preventivo", SALVO],
		["Salvo  manda il file", SALVO],
		["Salvo non ha ancora mandato il file", SALVO],
		["Jack not to share the prices yet", JACK],
	])("still goes to that attendee alone: %s", (task, attendees) => {
		const named = attendees.find((a) => a !== "Anna Rossi") ?? "";
		expect(ownersOf(attendees, task)).toEqual([named]);
	});
});

describe("a first name that is also a verb a task opens with before `to` (Hope to close the deal)", () => {
	it("names no one alone, as Will does, and the task goes to every attendee; her full name still counts", () => {
		const hope = ["Anna Rossi", "Hope Lee"];
		expect(ownersOf(hope, "Hope to close the deal by Friday")).toEqual(hope);
		expect(ownersOf(hope, "Hope Lee to close the deal by Friday")).toEqual(["Hope Lee"]);
	});
});

describe("a first name that opens a task before a lower-case word of her own surname (de, van, di)", () => {
	it.each([
		["Maria de la Cruz to send the deck", "Maria de la Cruz"],
		["Luca di Stefano manda il file", "Luca di Stefano"],
		["Anna van Berg: book the room", "Anna van Berg"],
	])("still goes to her alone: %s", (task, who) => {
		expect(ownersOf(["Zoe Neri", who], task)).toEqual([who]);
	});
});

describe("two attendees named in a task that opens with one of them", () => {
	it.each(["Jack with Anna to review the prices", "Jack summarise the call for Anna", "Jack e Anna sentono il cliente"])("goes to both: %s", (task) => {
		expect(ownersOf(JACK, task)).toEqual(JACK);
	});
});

describe("a first name that is also a well-known city, after a word of place in a task about travel, or after `in`", () => {
	const FLORENCE = ["Anna Rossi", "Florence Martin"];
	const MILANO = ["Anna Rossi", "Milano Greco"];
	it.each([
		["Book flights to Florence", FLORENCE],
		["Book the train from Florence to Rome", FLORENCE],
		["Find a hotel in Florence for the offsite", FLORENCE],
		["Prenotare il volo per Milano", MILANO],
		["Prenotare il treno da Milano", MILANO],
		["Cercare un albergo a Milano", MILANO],
		["Organizzare la riunione in Milano", MILANO],
	])("names the city, and the task goes to every attendee: %s", (task, attendees) => {
		expect(ownersOf(attendees, task)).toEqual(attendees);
	});

	it.each([
		["Send the deck to Florence", FLORENCE],
		["Book flights for Florence", FLORENCE],
		["Florence to book flights", FLORENCE],
		["Mandare il preventivo a Milano", MILANO],
	])("names the attendee elsewhere (no word of travel, or no word of place before it): %s", (task, attendees) => {
		expect(ownersOf(attendees, task)).toEqual([attendees[1]]);
	});

	it("names the city however its accents are written (Sofía, for the city Sofia), and the attendee by her full name beside it", () => {
		expect(ownersOf(["Anna Rossi", "Sofía Ruiz"], "Book flights to Sofía")).toEqual(["Anna Rossi", "Sofía Ruiz"]);
		expect(ownersOf(["Anna Rossi", "Florence Martin"], "Book flights for Florence Martin to Florence")).toEqual(["Florence Martin"]);
	});

	it("names a first name that is no city after a word of place in a task about travel (Book flights for Anna to Rome, Book flights to Anna)", () => {
		expect(ownersOf(["Anna Rossi", "Marco Verdi"], "Book flights to Anna")).toEqual(["Anna Rossi"]);
		expect(ownersOf(["Anna Rossi", "Marco Verdi"], "Prenotare il volo per Marco")).toEqual(["Marco Verdi"]);
	});
});

describe("a first name that is no word of English or Italian, opening a task before a lower-case word (attack28)", () => {
	it.each([
		["Anna document the process", "Jack Smith", "Anna Rossi"],
		["Anna migrate the data", "Jack Smith", "Anna Rossi"],
		["Anna already sent the deck", "Jack Smith", "Anna Rossi"],
		["Anna by Friday", "Jack Smith", "Anna Rossi"],
		["Chiara reviewing contract", "Chiara Riva", "Chiara Riva"],
		["Marco pianifica la call", "Marco Verdi", "Marco Verdi"],
		["Giulia ricontatta il fornitore", "Giulia Neri", "Giulia Neri"],
		["Lucía envía el deck", "Lucía Pérez", "Lucía Pérez"],
	])("cannot be a verb, and the task goes to her alone: %s", (task, other, owner) => {
		expect(ownersOf(["Anna Rossi", other], task)).toEqual([owner]);
	});

	it.each([
		["Paris offsite planning", "Paris Green"],
		["Sydney office move", "Sydney Cole"],
	])("a first name that is also a city, before a lower-case word, still reads as the city, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([["Chuck the old drafts"], ["Chuck out the old drafts"]])("a first name that is also a verb still reads as one, and the task goes to every attendee: %s", (task) => {
		expect(ownersOf(["Anna Rossi", "Chuck Berry"], task)).toEqual(["Anna Rossi", "Chuck Berry"]);
	});
});

describe("a city's name that is an attendee's first name after `in` or `at` of a verb's own (Loop in Florence, Look at Austin's draft) (attack28)", () => {
	it.each([
		["Loop in Florence on the pricing", "Florence Martin"],
		["Fill in Paris on the decision", "Paris Hilton"],
		["Bring in Sydney for the legal review", "Sydney Cole"],
		["Look at Austin's draft before Friday", "Austin Reed"],
	])("names the attendee, and the task goes to her alone: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});

	it("still names the city after `in` or `at` of a place (Find a hotel in Florence, Meet at Paris airport)", () => {
		expect(ownersOf(["Anna Rossi", "Florence Martin"], "Find a hotel in Florence")).toEqual(["Anna Rossi", "Florence Martin"]);
		expect(ownersOf(["Anna Rossi", "Paris Hilton"], "Book the dinner at Paris airport")).toEqual(["Anna Rossi", "Paris Hilton"]);
	});
});
