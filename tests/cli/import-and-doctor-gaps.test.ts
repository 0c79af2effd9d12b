import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

describe("rapport doctor on person notes that say one thing twice", () => {
	const vault = makeVault({
		"People/Anna Rossi.md": "---\ntype: person\n---\n",
		// The name copied from a right-to-left chat: a mark of writing direction before it.
		"People/\u200FAnna Rossi.md": "---\ntype: person\n---\n",
		"People/Marco Verdi.md": "---\ntype: person\nlastContact: 2026-01-10\ncadence: 30\nlast_contact: 2026-11-20\n---\n",
	});

	it("lists two notes of one name, however the name was copied, and both spellings of one key with their lines", async () => {
		const en = (await rapportInProcess("doctor", "--vault", vault, "--date", "2026-12-02", "--no-cache")).stdout;
		expect(en).toContain("People/\u200FAnna Rossi.md");
		expect(en).toMatch(/People\/Anna Rossi\.md.*People\/\u200FAnna Rossi\.md/);
		expect(en).toContain('People/Marco Verdi.md:3: "lastContact" and "last_contact" (line 5) are one property spelled two ways with different values');
		const it = (await rapportInProcess("doctor", "--vault", vault, "--date", "2026-12-02", "--no-cache", "--lang", "it")).stdout;
		expect(it).toContain('People/Marco Verdi.md:3: "lastContact" e "last_contact" (riga 5) sono una sola proprietà scritta in due modi');
	});
});

describe("rapport import FILE.ics with a series repeating every minute and a guest's name on two lines", () => {
	const vault = makeVault({ ".obsidian/plugins/rapport/data.json": JSON.stringify({ myEmails: ["me@example.com"] }) });
	const file = join(vault, "..", `pings-${Date.now()}.ics`);
	writeFileSync(
		file,
		["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:ping@example.com", "SUMMARY:Server ping", "DTSTART:20261102T000000Z", "RRULE:FREQ=MINUTELY;COUNT=700", 'ATTENDEE;CN="Anna\\nRossi":mailto:anna@example.com', "END:VEVENT", "END:VCALENDAR", ""].join("\r\n"),
	);

	it("previews 500 meetings, says how many it left out, and names the guest on one line", async () => {
		const r = await rapportInProcess("import", file, "--vault", vault, "--from", "2026-11-01");
		expect(r.stdout).toContain("Meeting notes to create (500):");
		expect(r.stdout).toContain("Recurring events with more meetings than one import creates (1):\n  Server ping: 500 meetings imported, 200 more in these days left out (at most 500 per recurring event)\n");
		expect(r.stdout).toContain("Attendees without a person note (1):\n  Anna Rossi <anna@example.com> → People/Anna Rossi.md\n");
	});
});
