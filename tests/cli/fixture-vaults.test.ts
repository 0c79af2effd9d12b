import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault, type LoadedVault } from "../../src/cli/load-vault";
import { json, rapportInProcess } from "./run-cli";

/**
 * Vaults written by hand in the styles public templates and sync tools use (tests/fixtures/vaults):
 * each is read through core (the index the CLI builds) and through the `rapport` command a user runs.
 */
const FIXTURES = join(__dirname, "..", "fixtures", "vaults");
const TODAY = "2026-11-29";

const vaultDir = (name: string): string => join(FIXTURES, name);

function people(vault: LoadedVault): string[] {
	return vault.index.personNotes().map((n) => n.path).sort();
}

function meetings(vault: LoadedVault): { path: string; date: string | null; time: string | null; attendees: string[] }[] {
	return [...vault.index.allNotes()]
		.filter((n) => n.kind === "meeting")
		.map((n) => ({ path: n.path, date: n.date, time: n.time, attendees: vault.index.attendeesOf(n.path).sort() }))
		.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function lastContacts(vault: LoadedVault): Record<string, string | null> {
	const out: Record<string, string | null> = {};
	for (const path of people(vault)) out[path] = vault.index.lastInteraction(path, TODAY)?.day ?? null;
	return out;
}

interface PersonJson {
	path: string;
	name: string;
	lastContact: string | null;
	circle: string | null;
	org: string | null;
	birthday: string | null;
}

interface DoctorJson {
	problems: { path: string; line: number; code: string; params: Record<string, string | number>; message: string }[];
}

const cliPeople = async (name: string): Promise<PersonJson[]> => json<PersonJson[]>(await rapportInProcess("people", "--vault", vaultDir(name), "--date", TODAY, "--json"));
const cliDoctor = async (name: string): Promise<DoctorJson> => json<DoctorJson>(await rapportInProcess("doctor", "--vault", vaultDir(name), "--date", TODAY, "--json"));
const lastContactByPath = (rows: PersonJson[]): Record<string, string | null> => Object.fromEntries(rows.map((r) => [r.path, r.lastContact]));

/** Each fixture vault, loaded once (loading is asynchronous: large vaults are read on several threads). */
const loaded = new Map(await Promise.all(["apple-contacts", "meeting-headings", "dataview-inline", "zettel-meetings", "periodic-daily", "people-folder"].map(async (name) => [name, await loadVault(vaultDir(name))] as const)));
function loadedVault(name: string): LoadedVault {
	const vault = loaded.get(name);
	if (!vault) throw new Error(`fixture vault ${name} not loaded`);
	return vault;
}

describe("people synced from Apple Contacts, with capitalised keys", () => {
	const vault = loadedVault("apple-contacts");

	it("reads Type, Name, Organization, Emails, PhoneNumbers, BirthDate, Tags and Aliases like their lowercase forms", () => {
		expect(people(vault)).toEqual(["Address Book/Anna Bianchi.md", "Address Book/Giulia Verdi.md", "Address Book/Marco Rossi.md"]);
		expect(vault.index.person("Address Book/Anna Bianchi.md")?.person).toMatchObject({
			name: "Anna Bianchi",
			aliases: ["Annie"],
			org: "Studio Nord",
			role: "Architect",
			email: "anna.bianchi@studionord.example",
			phone: "+39 02 5550 1234",
			birthday: { month: 4, day: 7, year: 1988 },
			circle: "friend",
		});
		expect(vault.index.person("Address Book/Marco Rossi.md")?.person).toMatchObject({ aliases: ["Marchino", "Il Rosso"], circle: "work", email: "marco@rossi.example" });
	});

	it("takes the meeting's Type, Date and Attendees, an alias included", () => {
		expect(meetings(vault)).toEqual([{ path: "Notes/2026-11-20 Studio visit.md", date: "2026-11-20", time: null, attendees: ["Address Book/Anna Bianchi.md", "Address Book/Marco Rossi.md"] }]);
		expect(lastContacts(vault)).toEqual({ "Address Book/Anna Bianchi.md": "2026-11-20", "Address Book/Giulia Verdi.md": null, "Address Book/Marco Rossi.md": "2026-11-20" });
	});

	it("reads the lowercase key when two differ only in case, and says so", () => {
		expect(vault.index.person("Address Book/Giulia Verdi.md")?.person?.org).toBe("Vecchia Spa");
		expect(vault.index.problems()).toEqual([{ path: "Address Book/Giulia Verdi.md", line: 3, code: "key-case-conflict", params: { kept: "company", ignored: "Company" } }]);
	});

	it("gives the same people and last contacts through the CLI, and doctor says only the key clash and the missing follow-up", async () => {
		const rows = await cliPeople("apple-contacts");
		expect(lastContactByPath(rows)).toEqual(lastContacts(vault));
		expect(rows.find((r) => r.name === "Anna Bianchi")).toMatchObject({ circle: "friend", org: "Studio Nord", birthday: "1988-04-07" });
		expect((await cliDoctor("apple-contacts")).problems.map((p) => [p.path, p.code, p.message])).toEqual([
			["Address Book/Giulia Verdi.md", "key-case-conflict", '"Company" and "company" are one property written in two cases with different values: Rapport reads "company"'],
			["Notes/2026-11-20 Studio visit.md", "meeting-without-follow-up", "Meeting of 2026-11-20 has no follow-up for Anna Bianchi, Marco Rossi"],
		]);
	});
});

describe("meeting notes with the attendees under a heading", () => {
	const vault = loadedVault("meeting-headings");

	it("finds meetings by the #type/meeting tag, the Meeting Notes and 1-1s folders, with their dates", () => {
		expect(meetings(vault)).toEqual([
			{ path: "1-1s/2026-11-26 Luca.md", date: "2026-11-26", time: null, attendees: ["People/Luca Ferri.md"] },
			{ path: "Meeting Notes/Design review.md", date: "2026-11-18", time: "09:30", attendees: ["People/Luca Ferri.md", "People/Sara Conti.md"] },
			{ path: "Meeting Notes/Weekly sync.md", date: "2026-11-24", time: null, attendees: ["People/Luca Ferri.md"] },
		]);
	});

	it("reads the links under Participants, With and an Attendees label, and nothing under other headings", () => {
		expect(vault.index.note("Meeting Notes/Design review.md")?.attendees.map((r) => r.target)).toEqual(["Sara Conti", "Luca Ferri", "Alex Moretti"]);
		expect(vault.index.note("1-1s/2026-11-26 Luca.md")?.attendees.map((r) => r.target)).toEqual(["Luca Ferri"]);
		expect(lastContacts(vault)).toEqual({ "People/Luca Ferri.md": "2026-11-26", "People/Sara Conti.md": "2026-11-18" });
	});

	it("never reports the owner as an unknown attendee; doctor groups the others by name", async () => {
		const doctor = await cliDoctor("meeting-headings");
		expect(doctor.problems.map((p) => [p.path, p.code, p.params])).toEqual([
			["Meeting Notes/Weekly sync.md", "unknown-attendee", { name: "Nadia Russo", n: 1 }],
		]);
		expect(doctor.problems[0]?.message).toBe("Nadia Russo: in 1 meeting, no person note. Create one, or if it is you, put your name in Settings → Rapport → Your own person note");
		expect(lastContactByPath(await cliPeople("meeting-headings"))).toEqual(lastContacts(vault));
	});
});

describe("Dataview inline fields in notes without frontmatter", () => {
	const vault = loadedVault("dataview-inline");

	it("knows people and meetings by type:: and category::, with their fields", () => {
		expect(people(vault)).toEqual(["CRM/John Doe.md", "CRM/Priya Shah.md"]);
		expect(vault.index.person("CRM/John Doe.md")?.person).toMatchObject({ org: "Acme", email: "john.doe@acme.example", birthday: { month: 2, day: 14, year: 1979 } });
		expect(vault.index.person("CRM/Priya Shah.md")?.person).toMatchObject({ org: "Acme", tags: ["client"] });
	});

	it("reads participants::, with:: and date:: (a link to a daily note too) as the meeting's attendees and day", () => {
		expect(meetings(vault)).toEqual([
			{ path: "CRM/Acme follow-up call.md", date: "2022-10-17", time: null, attendees: ["CRM/Priya Shah.md"] },
			{ path: "CRM/Acme kickoff.md", date: "2022-10-10", time: null, attendees: ["CRM/John Doe.md", "CRM/Priya Shah.md"] },
		]);
		expect(lastContacts(vault)).toEqual({ "CRM/John Doe.md": "2022-10-10", "CRM/Priya Shah.md": "2022-10-17" });
	});

	it("agrees with the CLI, and doctor finds nothing wrong", async () => {
		expect(lastContactByPath(await cliPeople("dataview-inline"))).toEqual({ "CRM/John Doe.md": "2022-10-10", "CRM/Priya Shah.md": "2022-10-17" });
		expect((await cliDoctor("dataview-inline")).problems).toEqual([]);
	});
});

describe("meetings dated by zettel ids, file-name times and dated folders", () => {
	const vault = loadedVault("zettel-meetings");

	it("dates each meeting from its name or folders", () => {
		expect(meetings(vault)).toEqual([
			{ path: "Calls/2022-10-10_0937 Standup.md", date: "2022-10-10", time: "09:37", attendees: ["People/Lin Wei.md", "People/Sam Okafor.md"] },
			{ path: "Meetings/2026/11/27/Retro.md", date: "2026-11-27", time: null, attendees: ["People/Lin Wei.md"] },
			{ path: "Zettelkasten/202206071051 Call with Sam.md", date: "2022-06-07", time: "10:51", attendees: ["People/Sam Okafor.md"] },
		]);
		expect(lastContacts(vault)).toEqual({ "People/Lin Wei.md": "2026-11-27", "People/Sam Okafor.md": "2022-10-10" });
	});

	it("agrees with the CLI, and doctor reports no meeting without a date", async () => {
		expect(lastContactByPath(await cliPeople("zettel-meetings"))).toEqual(lastContacts(vault));
		expect((await cliDoctor("zettel-meetings")).problems.map((p) => p.code)).toEqual(["meeting-without-follow-up"]);
	});
});

describe("daily notes in the folder and format of the Periodic Notes plugin", () => {
	const vault = loadedVault("periodic-daily");

	it("reads the enabled Periodic Notes daily settings before the core Daily notes ones", () => {
		expect(vault.config.dailyNotes).toEqual({ folder: "Journal/Daily", format: "YYYY-MM-DD ddd", template: "Templates/Daily" });
		expect(vault.index.note("Journal/Daily/2026-11-23 Mon.md")).toMatchObject({ kind: "daily", date: "2026-11-23" });
	});

	it("counts a mention in a daily note as contact, but not one inside a comment", async () => {
		expect(people(vault)).toEqual(["People/Elena Galli.md", "People/Tomás Ruiz.md"]);
		expect(lastContacts(vault)).toEqual({ "People/Elena Galli.md": "2026-11-23", "People/Tomás Ruiz.md": "2026-11-25" });
		expect(lastContactByPath(await cliPeople("periodic-daily"))).toEqual(lastContacts(vault));
		expect((await cliDoctor("periodic-daily")).problems).toEqual([]);
	});

	it("writes the day's agenda into the Periodic Notes daily note", async () => {
		const r = await rapportInProcess("daily", "--vault", vaultDir("periodic-daily"), "--date", "2026-11-25");
		expect(r.stdout.split("\n")[0]).toBe("Journal/Daily/2026-11-25 Wed.md:");
	});
});

describe("a people folder with README, index, MOC and other notes that only sit among people", () => {
	const vault = loadedVault("people-folder");

	it("counts only the notes about one person as people", () => {
		expect(people(vault)).toEqual(["People/Chiara Lodi.md", "People/Davide Sala.md"]);
		expect(vault.index.note("Notes/Someone maybe.md")?.kind).toBe("other");
	});

	it("puts people in circles by their tags, a circle the user added included", () => {
		expect(vault.index.person("People/Chiara Lodi.md")?.person).toMatchObject({ circle: "friend", tags: ["amici"] });
		expect(vault.index.person("People/Davide Sala.md")?.person).toMatchObject({ circle: "climbing", cadence: { days: 21 } });
	});

	it("reads the attendees under Presenti, skips a commented-out one, and hidden tasks are no follow-ups", () => {
		expect(meetings(vault)).toEqual([{ path: "Riunioni/2026-11-10 Pranzo.md", date: "2026-11-10", time: null, attendees: ["People/Chiara Lodi.md", "People/Davide Sala.md"] }]);
		expect(lastContacts(vault)).toEqual({ "People/Chiara Lodi.md": "2026-11-10", "People/Davide Sala.md": "2026-11-10" });
		expect(vault.index.followUpsOf("People/Davide Sala.md").map((f) => f.text)).toEqual(["Book the hut for [[Chiara Lodi]] and [[Davide Sala]]"]);
	});

	it("agrees with the CLI, and doctor says nothing: no README as a person, no owner as an unknown attendee", async () => {
		expect(lastContactByPath(await cliPeople("people-folder"))).toEqual({ "People/Chiara Lodi.md": "2026-11-10", "People/Davide Sala.md": "2026-11-10" });
		expect((await cliDoctor("people-folder")).problems).toEqual([]);
	});
});
