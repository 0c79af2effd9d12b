import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

const read = (name: string): ContactFile | null => readContactBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name))));
const phonesByName = (file: ContactFile | null): [string, string[]][] => (file?.contacts ?? []).map((c) => [c.name, c.phones]);

describe("fax numbers are not numbers to call", () => {
	it("leaves vCard faxes out of the phones: 2.1's bare TEL;FAX;WORK, Apple's repeated type=, 3.0's TYPE=WORK,FAX and 4.0's quoted type list", () => {
		const file = read("fax-numbers.vcf");
		expect(phonesByName(file)).toEqual([
			["Elena Moretti", ["+39 041 555 0130", "+39 348 555 0132"]],
			["Chidi Okafor", ["+44 7700 900312"]],
			// A line that is both voice and fax still answers a call.
			["Saga Lindqvist", ["+46 8 555 031 41"]],
			["Tomás Ibarra", ["+34-91-555-0152"]],
			["Studio Notarile Reni", []],
		]);
		expect(file?.problems).toEqual([]);
	});

	it("leaves Google's Work Fax and Home Fax out (the current Label columns and the older Type ones, several values in one cell)", () => {
		expect(phonesByName(read("google-fax.csv"))).toEqual([["Aiko Mori", ["+81 90-5555-0191"]]]);
		expect(phonesByName(read("google-fax-legacy.csv"))).toEqual([
			["Ines Duarte", ["+351 21 555 0170", "+351 91 555 0172"]],
			["Bruno Salas", ["+34 600 555 182"]],
		]);
	});

	it("leaves Outlook's Business Fax, Home Fax and Other Fax out", () => {
		expect(phonesByName(read("outlook-fax.csv"))).toEqual([["Hugo Ferrand", ["+33 4 55 55 02 01"]]]);
	});
});
