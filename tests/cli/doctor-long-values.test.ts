import { describe, expect, it } from "vitest";
import { person } from "../builders";
import { makeVault, rapportInProcess } from "./run-cli";

/*
 * A property whose value is no cadence, birthday, closeness or date is shown on its doctor line; a value of thousands
 * of items (a list pasted into the wrong property, an import's map) showed every one of them on that one line.
 */

const MANY = Array.from({ length: 2000 }, (_, i) => `x${i}`);

function vaultWithLongValues(): string {
	return makeVault({
		"People/Anna Rossi.md": `---\ntype: person\ncadence: [${MANY.join(", ")}]\nbirthday: [${MANY.join(", ")}]\ncloseness: {${MANY.map((x) => `${x}: 1`).join(", ")}}\n---\n`,
		"Meetings/Sync.md": `---\ntype: meeting\ndate: [${MANY.join(", ")}]\n---\n`,
		"People/Luca Ferri.md": person({ cadence: ["2w", "monthly"] }),
	});
}

async function doctorLines(...lang: string[]): Promise<string[]> {
	return (await rapportInProcess("doctor", "--vault", vaultWithLongValues(), ...lang)).stdout.split("\n");
}

describe("rapport doctor on values of thousands of items", () => {
	it("shows the first five items of each and counts the rest, in English", async () => {
		const lines = await doctorLines();
		expect(lines).toContain('Meetings/Sync.md:3: "date" is not a date: ["x0","x1","x2","x3","x4",…] (+1995) [bad-date]');
		expect(lines).toContain('People/Anna Rossi.md:3: "cadence" is not a cadence: ["x0","x1","x2","x3","x4",…] (+1995) (try 2w, monthly, 3 months, P1M) [bad-cadence]');
		expect(lines).toContain('People/Anna Rossi.md:4: "birthday" is not a birthday: ["x0","x1","x2","x3","x4",…] (+1995) (use YYYY-MM-DD or --MM-DD) [bad-birthday]');
		expect(lines).toContain('People/Anna Rossi.md:5: "closeness" must be a number from 0 to 100: {"x0":1,"x1":1,"x2":1,"x3":1,"x4":1,…} (+1995) [bad-closeness]');
		expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
	});

	it("shows the first five items of each and counts the rest, in Italian", async () => {
		const lines = await doctorLines("--lang", "it");
		expect(lines).toContain('Meetings/Sync.md:3: "date" non è una data: ["x0","x1","x2","x3","x4",…] (+1995) [bad-date]');
		expect(lines.find((l) => l.includes("[bad-cadence]") && l.startsWith("People/Anna Rossi.md"))).toContain(': ["x0","x1","x2","x3","x4",…] (+1995) (prova 2w, mensile, 3 mesi, P1M)');
		expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
	});

	it("shows a short list whole, as written", async () => {
		expect(await doctorLines()).toContain('People/Luca Ferri.md:3: "cadence" is not a cadence: ["2w","monthly"] (try 2w, monthly, 3 months, P1M) [bad-cadence]');
	});
});
