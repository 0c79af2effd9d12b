import { describe, expect, it } from "vitest";
import { ownersOf } from "./task-owners";

/*
 * First names that are also common nouns (`Summer`, `Storm`, `Rose`) or cities (`Paris`, `Sofia`, `Troy`) stand in a
 * task as a word as often as as a person: `Summer update` is an update, `Find a hotel in Troy` a place. Read as her,
 * the task would go to her alone; read as a word, it stays every attendee's. A task that hands something to her
 * (`Send the tickets to Sofia`) is hers even when it speaks of travel.
 */

describe("a first name that is also a common noun or a city, opening a task before a noun (Summer update)", () => {
	it.each([
		["Summer update", "Summer Lee"],
		["Summer review for the board", "Summer Lee"],
		["Spring planning", "Spring Adams"],
		["Storm update (second draft)", "Storm Reid"],
		["Rose garden plan", "Rose Byrne"],
		["Paris update", "Paris Green"],
		["Notes done. Summer update", "Summer Lee"],
	])("is a word that qualifies the noun, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Summer: send the deck", "Summer Lee"],
		["Ask Summer for the deck", "Summer Lee"],
		["Summer update the deck", "Summer Lee"],
		["Summer to update the deck", "Summer Lee"],
		["Summer updates the deck", "Summer Lee"],
		["Summer will update the figures", "Summer Lee"],
		["Summer Lee update", "Summer Lee"],
		["Rose to plan the garden", "Rose Byrne"],
		["Marina aggiorna il file", "Marina Greco"],
	])("still goes to her alone when she is addressed, is the subject of a verb with an object, or is named in full: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});

	it.each([
		["Ivy already sent the deck", "Ivy Chen"],
		["Rose reviewed the contract", "Rose Byrne"],
		["Summer sent the figures", "Summer Lee"],
		["Jack already sent the prices", "Jack Smith"],
		["Jack emailed the client", "Jack Smith"],
		["Salvo già mandato il file", "Salvo Greco"],
	])("still goes to her alone before a word that says she did it (already, a past tense): %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});
});

describe("a city's name that is an attendee's first name after `to`, `a` or `per` in a task about travel", () => {
	const SOFIA = ["Anna Rossi", "Sofia Conti"];

	it.each([
		"Send the tickets to Sofia",
		"Forward the hotel booking to Sofia",
		"Mandare i biglietti a Sofia",
		"Inviare i biglietti per Sofia",
		"Email the visa letter to Sofia by Friday",
	])("is the attendee when the task hands something to her, and the task goes to her alone: %s", (task) => {
		expect(ownersOf(SOFIA, task)).toEqual(["Sofia Conti"]);
	});

	it.each(["Book flights to Sofia", "Prenotare il volo per Sofia", "Buy tickets to Sofia", "Send the team on a trip to Sofia", "Mandare il team in trasferta a Sofia"])(
		"is the city where the travel goes, and the task goes to every attendee: %s",
		(task) => {
			expect(ownersOf(SOFIA, task)).toEqual(SOFIA);
		},
	);
});

describe("a city not on the list of cities that are first names, after a word of place (in, at, near, presso)", () => {
	it.each([
		["Find a hotel in Troy", "Troy Baker"],
		["Organise the offsite in Jordan", "Jordan Lee"],
		["Book the dinner at Chester station", "Chester Bennington"],
		["Look for a flat near Lincoln", "Lincoln Burrows"],
		["Cercare un albergo presso Vittoria", "Vittoria Puccini"],
	])("is the place, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Loop in Troy on the pricing", "Troy Baker"],
		["Pencil in Troy for the review", "Troy Baker"],
		["Call in Jordan for the legal review", "Jordan Lee"],
		["Put the notes in Troy's folder", "Troy Baker"],
		["Look at Jordan's draft", "Jordan Lee"],
		["Send the deck to Troy", "Troy Baker"],
		["Book flights for Troy", "Troy Baker"],
		["Book flights to Anna", "Troy Baker"],
	])("still names the attendee (a verb's own `in` or `at`, a possessive, `to` or `for` outside a city): %s", (task, who) => {
		const named = task.includes("Anna") ? "Anna Rossi" : who;
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([named]);
	});
});
