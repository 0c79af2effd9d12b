import { describe, expect, it } from "vitest";
import { settingsAfterRename } from "../../../src/core/config/renamed-settings";

const settings = (over: Partial<Parameters<typeof settingsAfterRename>[0]> = {}): Parameters<typeof settingsAfterRename>[0] => ({ me: "", personTemplate: "", meetingTemplate: "", calendarFiles: [], ...over });

describe("the settings that name a note, after that note is renamed", () => {
	it("rewrite your own note in the form it was written: path, path without .md, [[link]], name, name.md", () => {
		const rename = (me: string) => settingsAfterRename(settings({ me }), "People/Me.md", "Persone/Marco.md")?.me;
		expect([rename("People/Me.md"), rename("People/Me"), rename("[[People/Me]]"), rename("Me"), rename("Me.md"), rename("[[Me]]")]).toEqual(["Persone/Marco.md", "Persone/Marco", "[[Persone/Marco]]", "Marco", "Marco.md", "[[Marco]]"]);
	});

	it("leave a name alone when only the folder changed, and every setting that names another note", () => {
		expect(settingsAfterRename(settings({ me: "Me" }), "People/Me.md", "Persone/Me.md")).toBeNull();
		expect(settingsAfterRename(settings({ me: "Other/Me.md", personTemplate: "Templates/Person", calendarFiles: ["cal.ics"] }), "People/Me.md", "People/Marco.md")).toBeNull();
		expect(settingsAfterRename(settings({ me: "People/Mee.md" }), "People/Me.md", "People/Marco.md")).toBeNull();
	});

	it("rewrite a template by its path only, with or without .md, and a live calendar file by its path", () => {
		expect(settingsAfterRename(settings({ personTemplate: "Templates/Person", meetingTemplate: "Templates/Meeting.md" }), "Templates/Person.md", "T/P.md")).toEqual({ personTemplate: "T/P" });
		expect(settingsAfterRename(settings({ meetingTemplate: "Templates/Meeting.md" }), "Templates/Meeting.md", "T/M.md")).toEqual({ meetingTemplate: "T/M.md" });
		expect(settingsAfterRename(settings({ personTemplate: "Person" }), "Templates/Person.md", "Templates/Card.md")).toBeNull();
		expect(settingsAfterRename(settings({ calendarFiles: ["Calendars/work.ics", "home.ics"] }), "Calendars/work.ics", "Calendars/job.ics")).toEqual({ calendarFiles: ["Calendars/job.ics", "home.ics"] });
	});

	it("follow a folder renamed with the notes in it: your own note, a template and a calendar file by their paths", () => {
		const before = settings({ me: "People/Me.md", personTemplate: "People/Templates/Person", calendarFiles: ["People/cal.ics", "Peoples/other.ics"] });
		expect(settingsAfterRename(before, "People", "Persone")).toEqual({ me: "Persone/Me.md", personTemplate: "Persone/Templates/Person", calendarFiles: ["Persone/cal.ics", "Peoples/other.ics"] });
		expect(settingsAfterRename(settings({ me: "People" }), "People", "Persone")).toBeNull();
	});

	it("leave your own note written as a bare name when the note renamed is no person note: another note of that name", () => {
		expect(settingsAfterRename(settings({ me: "Anna" }), "Projects/Anna.md", "Projects/Anna old.md", false)).toBeNull();
		expect(settingsAfterRename(settings({ me: "[[Anna]]" }), "Projects/Anna.md", "Projects/Anna old.md", false)).toBeNull();
		expect(settingsAfterRename(settings({ me: "Anna" }), "People/Anna.md", "People/Anna Rossi.md", true)).toEqual({ me: "Anna Rossi" });
	});

	it("rewrite your own note and a template whose file ends in .MD (any case), in the form they were written", () => {
		const rename = (me: string) => settingsAfterRename(settings({ me }), "People/Me.MD", "Persone/Marco.MD")?.me;
		expect([rename("People/Me.MD"), rename("People/Me"), rename("[[People/Me]]"), rename("Me"), rename("Me.MD"), rename("[[Me]]")]).toEqual(["Persone/Marco.MD", "Persone/Marco", "[[Persone/Marco]]", "Marco", "Marco.MD", "[[Marco]]"]);
		expect(settingsAfterRename(settings({ personTemplate: "Templates/Person" }), "Templates/Person.Md", "T/P.Md")).toEqual({ personTemplate: "T/P" });
	});
});
