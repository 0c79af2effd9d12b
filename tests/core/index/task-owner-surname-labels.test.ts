import { describe, expect, it } from "vitest";
import { ownersOf } from "./task-owners";

/**
 * Italian and office meeting notes call colleagues by their surname, and write an action item's owner before a colon:
 * `- [ ] Rossi: preparare l'offerta`, `- [ ] Di Stefano: check the numbers`. The task is that attendee's follow-up alone.
 */
describe("a task whose owner is written by surname before a colon", () => {
	const team = ["Marco Rossi", "Giulia Di Stefano", "Dana Evans"];

	it("goes to the one attendee of that surname, a surname of two words with its particle too, bold or not", () => {
		expect(ownersOf(team, "Rossi: preparare l'offerta")).toEqual(["Marco Rossi"]);
		expect(ownersOf(team, "Di Stefano: check the numbers")).toEqual(["Giulia Di Stefano"]);
		expect(ownersOf(team, "**Evans**: send the recap")).toEqual(["Dana Evans"]);
	});

	it("goes to every attendee when two attendees share the surname, or when only the word after the particle is written", () => {
		expect(ownersOf(["Marco Rossi", "Anna Rossi", "Dana Evans"], "Rossi: preparare l'offerta")).toEqual(["Anna Rossi", "Dana Evans", "Marco Rossi"]);
		expect(ownersOf(team, "Stefano: check the numbers")).toEqual(["Dana Evans", "Giulia Di Stefano", "Marco Rossi"]);
	});

	it("still goes by the first name when a label is an attendee's first name", () => {
		expect(ownersOf(["Rossi Bianchi", "Marco Rossi", "Dana Evans"], "Rossi: send the deck")).toEqual(["Rossi Bianchi"]);
	});
});
