import { describe, expect, it } from "vitest";
import { person } from "../builders";
import { makeVault, rapportInProcess } from "./run-cli";

/** `n` people, each in a circle of their own (an import that filled `circle` with each contact's company). */
function vaultOfCircles(n: number): string {
	const files: Record<string, string> = {};
	for (let i = 0; i < n; i++) files[`People/Person ${i}.md`] = person({ circle: `company ${String(i).padStart(4, "0")}` });
	return makeVault(files);
}

describe("--circle that nobody is in, in a vault of a thousand circles", () => {
	it("names the first five circles and counts the rest, in English and in Italian", async () => {
		const root = vaultOfCircles(1000);
		const en = await rapportInProcess("people", "--vault", root, "--circle", "wrok");
		expect(en.stderr).toBe('rapport: no one is in the circle "wrok"; the circles in this vault: company 0000, company 0001, company 0002, company 0003, company 0004 (+995)\n');
		const it = await rapportInProcess("people", "--vault", root, "--circle", "wrok", "--lang", "it");
		expect(it.stderr).toBe('rapport: nessuno è nella cerchia "wrok"; le cerchie di questo vault: company 0000, company 0001, company 0002, company 0003, company 0004 (+995)\n');
	});
});
