import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

const kindOf = (path: string, text: string, config = {}) => buildVault({ [path]: text }, { config }).index.note(path)?.kind;

describe("which notes are people, meetings and daily notes", () => {
	it.each([
		["type: person", md({ type: "person" })],
		["type: Contact", md({ type: "Contact" })],
		["category link", md({ category: "[[People]]" })],
		["categories list of links", md({ categories: ["[[Notes]]", "[[People]]"] })],
		["tag person", md({ tags: ["person"] })],
		["nested tag", md(null, "Met at the gym #person/friends")],
		["frontmatter tag with #", md({ tags: "#contact" })],
	])("knows a person by %s", (_label, text) => {
		expect(kindOf("Notes/Anna.md", text)).toBe("person");
	});

	it.each(["People", "Persone", "Contacts", "Contatti", "work/people"])("knows a person by the folder %s", (folder) => {
		expect(kindOf(`${folder}/Anna.md`, "Just text\n")).toBe("person");
	});

	it.each([
		["type: meeting", md({ type: "meeting", date: "2026-11-01" })],
		["type: riunione", md({ type: "riunione", date: "2026-11-01" })],
		["type: 1:1", md({ type: "1:1", date: "2026-11-01" })],
		["type: call", md({ type: "call", date: "2026-11-01" })],
		["tag incontro", md({ tags: ["incontro"], date: "2026-11-01" })],
	])("knows a meeting by %s", (_label, text) => {
		expect(kindOf("Notes/Sync.md", text)).toBe("meeting");
	});

	it("knows a meeting by the Riunioni folder and an event by its type", () => {
		expect(kindOf("Riunioni/2026-11-01 Sync.md", "text\n")).toBe("meeting");
		const v = buildVault({ "Notes/Summit.md": md({ type: "conference", date: "2026-10-15" }) });
		expect(v.index.note("Notes/Summit.md")).toMatchObject({ kind: "meeting", isEvent: true });
	});

	it("lets an explicit type win over the folder", () => {
		expect(kindOf("People/2026-11-01 Call with Anna.md", md({ type: "meeting" }))).toBe("meeting");
	});

	it("never counts templates as people or meetings", () => {
		expect(kindOf("Templates/Person.md", md({ type: "person" }), { templateFolders: ["Templates"] })).toBe("other");
		expect(kindOf("People/Person template.md", md({ type: "person" }))).toBe("other");
		expect(kindOf("Meetings/Template - Meeting.md", md({ type: "meeting" }))).toBe("other");
		expect(kindOf("Meetings/Modello riunione.md", md({ type: "meeting" }))).toBe("other");
	});

	it("knows daily notes from the Daily notes folder and format", () => {
		const config = { dailyNotes: { folder: "Journal", format: "YYYY/MM/DD-ddd", template: "" } };
		const v = buildVault({ "Journal/2026/11/27-Fri.md": "met [[Anna]]\n", "Other/2026/11/27-Fri.md": "x\n" }, { config });
		expect(v.index.note("Journal/2026/11/27-Fri.md")).toMatchObject({ kind: "daily", date: "2026-11-27" });
		expect(v.index.note("Other/2026/11/27-Fri.md")?.kind).toBe("other");
	});

	it("follows the settings: a custom folder and type", () => {
		const v = buildVault({ "Network/Anna.md": "x\n", "Notes/Bo.md": md({ type: "cliente" }) }, {
			settings: { people: { types: ["cliente"], tags: [], folders: ["Network"] } },
		});
		expect(v.index.note("Network/Anna.md")?.kind).toBe("person");
		expect(v.index.note("Notes/Bo.md")?.kind).toBe("person");
	});
});
