import { describe, expect, it } from "vitest";
import { ownersOf } from "./task-owners";

/*
 * Italian first names that are also words (`Rosa`, `Pietra`, `Angelo`, `Stella`, `Domenica`) stand in a task as the
 * word inside a fixed phrase (`Rosa dei candidati`, `Pietra miliare`, `Angelo custode`) or as a day (`entro Domenica`).
 * Read as her, the task went to her alone and was hidden from the others; read as the word, it stays every attendee's.
 * Outside those phrases the name is hers (`Rosa del marketing`, `Chiedere a Rosa dei preventivi`, `Domenica: chiudere`).
 */

describe("an Italian first name inside a fixed phrase that makes it a word (Rosa dei candidati, Pietra miliare)", () => {
	it.each([
		["Rosa dei candidati: chiudere entro venerdì", "Rosa Neri"],
		["Rosa delle candidature da chiudere", "Rosa Neri"],
		["Preparare la Rosa dei candidati", "Rosa Neri"],
		["Pietra miliare: consegnare il progetto", "Pietra Neri"],
		["Fatto. Pietra miliare da fissare", "Pietra Neri"],
		["Nominare l'Angelo custode del progetto", "Angelo Neri"],
		["Stella polare del trimestre: il fatturato", "Stella Neri"],
		["Felice anno nuovo: mandare gli auguri ai clienti", "Felice Neri"],
		["Settimana Bianca: prenotare l'hotel", "Bianca Neri"],
		["Carta Bianca al team marketing", "Bianca Neri"],
	])("is the word, and the task goes to every attendee: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual(["Anna Rossi", who].sort());
	});

	it.each([
		["Rosa del marketing: mandare il file", "Rosa Neri"],
		["Rosa delle risorse umane: mandare il contratto", "Rosa Neri"],
		["Rosa manda il file", "Rosa Neri"],
		["Chiedere a Rosa dei preventivi", "Rosa Neri"],
		["Chiedere alla Rosa dei preventivi", "Rosa Neri"],
		["Pietra: fissare la milestone", "Pietra Neri"],
		["Angelo deve chiamare il cliente", "Angelo Neri"],
		["Sentire Angelo per il preventivo", "Angelo Neri"],
		["Stella manda il fatturato", "Stella Neri"],
		["Felice: mandare gli auguri di anno nuovo", "Felice Neri"],
		["Chiama Bianca per la settimana bianca", "Bianca Neri"],
	])("still goes to her or him alone outside the phrase: %s", (task, who) => {
		expect(ownersOf(["Anna Rossi", who], task)).toEqual([who]);
	});
});

describe("a word before an Italian first name that is no set phrase with it (Chiamare prima Pietra, poi Anna)", () => {
	it("names her beside the other attendee the task names", () => {
		expect(ownersOf(["Anna Rossi", "Pietra Neri", "Zoe Neri"], "Chiamare prima Pietra, poi Anna")).toEqual(["Anna Rossi", "Pietra Neri"]);
	});
});

describe("Domenica as the day after a word of time (entro Domenica)", () => {
	it.each(["Chiudere il report entro Domenica", "Spedire il pacco prima di Domenica", "Bloccare i pagamenti fino a Domenica"])(
		"is the day, and the task goes to every attendee: %s",
		(task) => {
			expect(ownersOf(["Anna Rossi", "Domenica Neri"], task)).toEqual(["Anna Rossi", "Domenica Neri"]);
		},
	);

	it.each(["Domenica: chiudere il report", "Chiedere a Domenica il report", "Mandare il report a Domenica", "Chiudere il report con Domenica", "Dopo la call di Domenica, mandare il report"])(
		"is still her where no word of time stands before it: %s",
		(task) => {
			expect(ownersOf(["Anna Rossi", "Domenica Neri"], task)).toEqual(["Domenica Neri"]);
		},
	);
});
