import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

const kindOf = (path: string, text = "Some text.\n") => buildVault({ [path]: text }).index.note(path)?.kind;

describe("notes that only sit among people are not people", () => {
	it.each(["People/README.md", "People/index.md", "People/Index.md", "People/MOC.md", "People/People MOC.md", "People/Home.md", "People/Dashboard.md", "People/_Inbox.md", "People/_template-notes.md"])(
		"%s is not a person",
		(path) => {
			expect(kindOf(path)).toBe("other");
		},
	);

	it("a folder note (named like its folder) is not a person; a person in a subfolder still is", () => {
		expect(kindOf("People/People.md")).toBe("other");
		expect(kindOf("Contacts/Friends/Friends.md")).toBe("other");
		expect(kindOf("Contacts/Friends/Anna Rossi.md")).toBe("person");
	});

	it.each(["moc", "index", "dashboard", "MOC"])("a note with type %s in a people folder is not a person", (type) => {
		expect(kindOf("People/Overview of friends.md", md({ type }))).toBe("other");
	});

	it("a database-folder plugin's table note is not a person", () => {
		expect(kindOf("People/Contacts DB.md", "---\n\ndatabase-plugin: basic\n\n---\n\n<%%\nname: Contacts\n%%>\n")).toBe("other");
	});

	it("an explicit person type still wins, even for a note named index", () => {
		expect(kindOf("People/_Anna.md", md({ type: "person" }))).toBe("person");
	});

	it("a README among meetings is not a meeting without a date", () => {
		const v = buildVault({ "Meetings/README.md": "How we take meeting notes.\n" });
		expect(v.index.note("Meetings/README.md")?.kind).toBe("other");
		expect(v.index.problems()).toEqual([]);
	});
});

describe("circles from tags as well as fields", () => {
	const circleOf = (tags: unknown, settings = {}) => buildVault({ "People/Anna.md": person({ tags }) }, { settings }).index.person("People/Anna.md")?.person?.circle;

	it.each([
		["family", "family"],
		["friend", "friend"],
		["friends", "friend"],
		["work", "work"],
		["colleague", "work"],
		["partner", "partner"],
		["famiglia", "family"],
		["amici", "friend"],
		["amica", "friend"],
		["lavoro", "work"],
		["colleghi", "work"],
		["compagna", "partner"],
		["circle/friends", "friend"],
		["circle/famiglia", "family"],
		["person/colleague", "work"],
	])("#%s puts a person in the %s circle", (tag, circle) => {
		expect(circleOf([tag])).toBe(circle);
	});

	it("a user-defined circle comes from its tag or #circle/ tag, and gets its cadence", () => {
		const settings = { circleCadences: { work: "quarterly", friend: "monthly", family: "2w", partner: "", climbing: "3w" } };
		expect(circleOf(["climbing"], settings)).toBe("climbing");
		const v = buildVault({ "People/Anna.md": person({ tags: ["circle/climbing"] }) }, { settings });
		expect(v.index.person("People/Anna.md")?.person).toMatchObject({ circle: "climbing", cadenceFromCircle: true, cadence: { days: 21 } });
	});

	it("a circle field wins over tags, and a body tag counts too", () => {
		expect(buildVault({ "People/Anna.md": person({ circle: "work", tags: ["family"] }) }).index.person("People/Anna.md")?.person?.circle).toBe("work");
		expect(buildVault({ "People/Anna.md": person({}, "Cousin, see #famiglia") }).index.person("People/Anna.md")?.person?.circle).toBe("family");
	});

	it("a tag in a comment is hidden: %% #person %% does not make a person", () => {
		expect(kindOf("Notes/Maybe.md", "Not sure yet %% #person %%\n")).toBe("other");
		expect(kindOf("Notes/Maybe.md", "<!-- #person -->\n")).toBe("other");
	});
});

describe("what is hidden from Obsidian is hidden from Rapport", () => {
	it("a task in a comment is not a follow-up and a link in a comment is not contact", () => {
		const v = buildVault({
			"People/Anna.md": person(),
			"2026-11-20.md": ["Met [[Anna]] %% and [[Marco]] %%", "%%", "- [ ] Call [[Anna]] back", "%%", "<!-- - [ ] write to [[Anna]] -->"].join("\n"),
			"People/Marco.md": person(),
		});
		expect(v.index.lastInteraction("People/Anna.md")?.day).toBe("2026-11-20");
		expect(v.index.lastInteraction("People/Marco.md")).toBeNull();
		expect(v.index.followUpsOf("People/Anna.md")).toEqual([]);
	});

	it("a dated log line in a comment is no interaction", () => {
		const v = buildVault({ "People/Anna.md": person({}, "- 2026-11-01 lunch", "%% - 2026-11-15 planned dinner %%", "<!--", "- 2026-11-16 drafted", "-->") });
		expect(v.index.interactions("People/Anna.md").map((i) => i.day)).toEqual(["2026-11-01"]);
	});
});
