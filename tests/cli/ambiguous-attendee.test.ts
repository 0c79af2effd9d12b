import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeVault, rapportInProcess } from "./run-cli";

/** Two people who both go by "Anna", and a coffee whose attendee list says only "Anna". */
const FILES: Record<string, string> = {
	"People/Anna Rossi.md": "---\ntype: person\naliases: [Anna]\ncadence: monthly\n---\n",
	"People/Anna Bianchi.md": "---\ntype: person\naliases: [Anna]\n---\n",
	"Meetings/2026-11-20 Coffee.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees:\n  - Anna\n---\n- [ ] Send the slides 📅 2026-11-25\n",
};

let vault = "";
beforeAll(() => {
	vault = makeVault(FILES);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("rapport with an attendee who could be two people", () => {
	it("doctor names the meeting, its line, the written name and both notes", async () => {
		const r = await rapportInProcess("doctor", "--vault", vault);
		expect(r.status).toBe(1);
		expect(r.stdout).toContain(
			'Meetings/2026-11-20 Coffee.md:5: "Anna" could be People/Anna Bianchi.md, People/Anna Rossi.md: this meeting counts for none of them. Link the note you mean, for example [[Folder/Name]] [ambiguous-attendee]\n',
		);
	});

	it("doctor says it in Italian with --lang it", async () => {
		const r = await rapportInProcess("doctor", "--vault", vault, "--lang", "it");
		expect(r.stdout).toContain('"Anna" potrebbe essere People/Anna Bianchi.md, People/Anna Rossi.md: questa riunione non conta per nessuno di loro.');
	});

	it("agenda keeps the meeting's follow-up and counts the coffee as contact with neither Anna", async () => {
		const a = json<{ items: { kind: string; text: string; people: string[] }[] }>(await rapportInProcess("agenda", "--vault", vault, "--date", "2026-11-24", "--json"));
		expect(a.items.filter((i) => i.kind === "followup").map((i) => [i.text, i.people])).toEqual([["Send the slides", []]]);
		// Anna Rossi's monthly cadence: with the coffee credited to her she would not be due yet.
		expect(a.items.filter((i) => i.kind === "keep-in-touch").map((i) => i.text)).toEqual(["Anna Rossi"]);
	});
});
