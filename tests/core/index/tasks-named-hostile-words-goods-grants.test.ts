import { describe, expect, it } from "vitest";
import { ownersOf } from "./task-owners";

/*
 * First names that are also cities or nouns stand in a task for the place goods go to (`Ship the order to Paris`,
 * `Spedire l'ordine a Roma`), for the noun a plural or a noun after them belongs to (`Paris invoices overdue`,
 * `Submit Grant application`). Read as her, the task went to her alone and was hidden from the others; read as the
 * word, it stays every attendee's. Where the task speaks to her (`Ask Grant for the application`, `Grant: submit the
 * application`, `Paris and Anna to review`) or hands her something (`Send the invoices to Paris`: sending is to
 * someone, shipping to somewhere) she is still the owner: a follow-up never missed matters more than an extra owner.
 */

describe("a city's name that is an attendee's first name where goods are shipped (Ship the order to Paris)", () => {
	it.each([
		["Ship the order to Paris", "Paris Green"],
		["Ship the samples to Sofia by Friday", "Sofia Conti"],
		["Spedire l'ordine a Roma", "Roma Bianchi"],
		["Spedire i campioni a Sofia entro venerdì", "Sofia Conti"],
	])("is the city, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Send the invoices to Paris", "Paris Green"],
		["Mandare l'ordine a Roma", "Roma Bianchi"],
		["Ship the boxes to Rose", "Rose Byrne"],
		["Ship Paris the samples", "Paris Green"],
		["Ask Paris to ship the order", "Paris Green"],
		["Chiedere a Roma di spedire l'ordine", "Roma Bianchi"],
		["Ship the order to Paris's office", "Paris Green"],
	])("still goes to her alone where something is sent to her, she is no city, or she is asked: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});
});

describe("a first name that is also a city or a noun, opening a task before a plural that says how things stand (Paris invoices overdue)", () => {
	it.each([
		["Paris invoices overdue", "Paris Green"],
		["Paris invoices still pending", "Paris Green"],
		["Sofia orders late again", "Sofia Conti"],
		["Rose orders: chase the supplier", "Rose Byrne"],
		["Summer bookings - confirm the rooms", "Summer Lee"],
		["Done. Paris invoices overdue", "Paris Green"],
		["Paris invoices are overdue", "Paris Green"],
		["Sofia orders need chasing", "Sofia Conti"],
		["Summer sales have to be booked", "Summer Lee"],
	])("is the noun the plural belongs to, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Paris invoices the client", "Paris Green"],
		["Paris invoices Anna's team", "Paris Green"],
		["Paris sends invoices", "Paris Green"],
		["Rose replies to the client", "Rose Byrne"],
		["Paris invoices by Friday", "Paris Green"],
		["Paris: invoices overdue", "Paris Green"],
	])("still goes to her where the word after her is her verb, or unsure: %s", (task, who) => {
		const named = task.includes("Anna") ? ["Anna Rossi", who] : [who];
		expect(ownersOf(["Anna Rossi", who, "Zoe Neri"], task)).toEqual(named);
	});

	it("goes to both attendees it names in a list (Paris and Anna to review the invoices)", () => {
		expect(ownersOf(["Anna Rossi", "Paris Green", "Zoe Neri"], "Paris and Anna to review the invoices")).toEqual(["Anna Rossi", "Paris Green"]);
	});
});

describe("a first name that is also a noun or a city between a verb that makes a thing and the noun it qualifies (Submit Grant application)", () => {
	it.each([
		["Submit Grant application", "Grant Hill"],
		["Submit Grant application by Friday", "Grant Hill"],
		["Finish Grant budget", "Grant Hill"],
		["Prepare Summer report", "Summer Lee"],
		["Finalise Paris office lease", "Paris Green"],
		["Renew Paris lease", "Paris Green"],
		["Review and submit Grant application", "Grant Hill"],
		["Grant update", "Grant Hill"],
	])("is the noun, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who]);
	});

	it.each([
		["Ask Grant for the application", "Grant Hill"],
		["Grant: submit the application", "Grant Hill"],
		["Grant to submit the application", "Grant Hill"],
		["Send Grant application", "Grant Hill"],
		["Submit Grant's application", "Grant Hill"],
		["Submit Grant Hill application", "Grant Hill"],
		["Submit the application with Grant", "Grant Hill"],
		["Prepare Grant for the interview", "Grant Hill"],
		["Prepare Rose to present the figures", "Rose Byrne"],
		["Submit Anna report", "Zoe Neri"],
		["Submit Will draft", "Will Turner"],
		["Complete Sofia onboarding", "Sofia Conti"],
		["Prepare Jack onboarding", "Jack Smith"],
		["Draft Amber proposal", "Amber Lee"],
		["Print Paris invoices", "Paris Green"],
	])("still goes to him or her where the task speaks to or of the person, or the name seldom qualifies that noun: %s", (task, who) => {
		const named = task.includes("Anna") ? ["Anna Rossi"] : [who];
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(named);
	});

	it("goes to both attendees a list names (Submit Grant and Anna's applications)", () => {
		expect(ownersOf(["Anna Rossi", "Grant Hill", "Zoe Neri"], "Submit Grant and Anna's applications")).toEqual(["Anna Rossi", "Grant Hill"]);
	});
});

describe("a city's name that is an attendee's first name where goods are shipped, listed with another attendee (Ship the samples to Paris and Anna)", () => {
	it.each(["Ship the samples to Paris and Anna", "Ship the samples to Paris, Anna", "Spedire i campioni a Roma e Anna"])("goes to both: %s", (task) => {
		const who = task.includes("Roma") ? "Roma Bianchi" : "Paris Green";
		expect(ownersOf(["Anna Rossi", who, "Zoe Neri"], task)).toEqual(["Anna Rossi", who]);
	});

	it("is still the city beside a place no attendee is named after (Ship the order to Paris and Rome)", () => {
		expect(ownersOf(["Anna Rossi", "Paris Green"], "Ship the order to Paris and Rome")).toEqual(["Anna Rossi", "Paris Green"]);
	});
});
