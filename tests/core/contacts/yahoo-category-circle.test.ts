import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";
import { planImport, plannedNoteText } from "../../../src/core/contacts/plan";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/*
 * Yahoo Mail's export files a contact under a Category and its Distribution Lists; older exports
 * name the phone column "Yahoo! Phone". What the import writes under `groups` is what the
 * contact's circle and tags are read from.
 */
const HEADER =
	'"First","Middle","Last","Nickname","Email","Category","Distribution Lists","Yahoo! ID","Home","Work","Pager","Fax","Mobile","Other","Yahoo! Phone","Primary","Alternate Email 1","Alternate Email 2","Personal Website","Business Website","Title","Company","Birthday","Comments"';
const yahoo = (rows: string[]): Uint8Array => new TextEncoder().encode([HEADER, ...rows].join("\r\n") + "\r\n");

const file = readContactBytes(
	yahoo([
		'"Walt","","Mercer","","walt@mercer.example","Family","","","","","","","","","+1 503 555 0401","","","","","","","","",""',
		'"June","","Park","","june@park.example","Friends","Running club,Neighbours","","","","","","+1 503 555 0402","","","","","","","","","","",""',
	]),
);

describe("a Yahoo contact's Category and Distribution Lists", () => {
	it("are its groups, several lists each a group, and an older export's Yahoo! Phone is a phone", () => {
		expect(file?.source).toBe("yahoo");
		expect(file?.contacts.map((c) => [c.name, c.groups, c.phones])).toEqual([
			["Walt Mercer", ["Family"], ["+1 503 555 0401"]],
			["June Park", ["Friends", "Running club", "Neighbours"], ["+1 503 555 0402"]],
		]);
	});

	it("give the imported person note its circle: Family is family, Friends is friend", () => {
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		const notes = Object.fromEntries((plan?.creates ?? []).map((n) => [n.path, plannedNoteText(n)]));
		const v = buildVault(notes);
		expect(Object.keys(notes).map((path) => [path, v.index.person(path)?.person?.circle ?? null])).toEqual([
			["People/Walt Mercer.md", "family"],
			["People/June Park.md", "friend"],
		]);
	});

	// A builder's contacts filed under "Constructor" (Spanish for a builder), a list named "__proto__": words, not circles.
	it("give no circle when a group is only a word every object has (Constructor, __proto__)", () => {
		const words = readContactBytes(yahoo(['"Pablo","","Ruiz","","pablo@ruiz.example","Constructor","__proto__","","","","","","","","","","","","","","","","",""']));
		const plan = words ? planImport(words, [], { folder: "People", takenPaths: new Set() }) : null;
		const v = buildVault(Object.fromEntries((plan?.creates ?? []).map((n) => [n.path, plannedNoteText(n)])));
		expect(v.index.person("People/Pablo Ruiz.md")?.person?.circle).toBeNull();
		expect(buildVault({ "People/Eva.md": "---\ntype: person\ncircle: constructor\n---\n" }).index.person("People/Eva.md")?.person?.circle).toBe("constructor");
	});
});
