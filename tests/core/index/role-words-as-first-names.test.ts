import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A first name alone under Attendees (`- Marco`) is the one person of that first name. A word for a role, a group or
 * oneself written there (`- Host`, `- Client`, `- Self`, Italian `- Noi`, `- Vari`, `- Cliente`, and `- Me`, `- Io`,
 * `- Tutti`, `- Team`, `- TBD`) is no first name: it credited Host Brown, `Client Services` or Noi Tanaka, whom the
 * meeting never named. Such a word is a person only when her note is named so or lists it as an alias.
 */
const WORDS = ["Noi", "Host", "Client", "Cliente", "Self", "Vari", "Me", "Io", "Tutti", "Everyone", "Team", "TBD", "Organizer", "Ospite"];
const people = Object.fromEntries(WORDS.map((w) => [`People/${w} Tanaka.md`, person()]));
const meeting = (body: string, fields: Record<string, unknown> = {}): string => md({ type: "meeting", date: "2026-11-20", ...fields }, body);

/** The ways a meeting writes one attendee without a link, each in a note of its own. */
function meetingsNaming(word: string): Record<string, string> {
	return {
		"Meetings/Heading.md": meeting(`## Attendees\n- ${word}\n- Dana Evans\n\n## Notes\n- went well\n`),
		"Meetings/Property.md": meeting("", { attendees: [word, "Dana Evans"] }),
		"Meetings/Outline.md": `- type:: meeting\n- date:: 2026-11-20\n- Attendees\n\t- ${word}\n\t- Dana Evans\n- Notes\n\t- went well\n`,
		"Meetings/Lines.md": meeting(`## Attendees\n${word}\nDana Evans\n\n## Notes\nwent well\n`),
		"Meetings/Labels.md": meeting(`**Host:** ${word}\n**Attendees:** ${word}, Dana Evans\n`),
		"Meetings/Host property.md": meeting("", { host: word, attendees: ["Dana Evans"] }),
		"Meetings/Remote.md": meeting(`## Partecipanti\n- ${word} (remoto)\n- Dana Evans\n`),
		"Meetings/Handle.md": meeting(`## Attendees\n- @${word.toLowerCase()}\n- Dana Evans\n`),
	};
}

describe("a word for a role, a group or oneself written as an attendee", () => {
	it.each(WORDS)("%s credits nobody of that first name, on every attendee path, and asks for no note when written alone", (word) => {
		const meetings = meetingsNaming(word);
		const v = buildVault({ ...people, "People/Dana Evans.md": person(), ...meetings });
		for (const path of Object.keys(meetings)) expect([path, v.index.attendeesOf(path)]).toEqual([path, ["People/Dana Evans.md"]]);
		expect(v.index.lastInteraction(`People/${word} Tanaka.md`)).toBeNull();
		// With a remark after it (`- Noi (remoto)`) it may tell of someone the note could not name: doctor may ask for her note.
		expect(v.index.problems().filter((p) => p.path !== "Meetings/Remote.md")).toEqual([]);
	});

	it("is not a person whose name of two words starts with it (`- Client` is not Client Services)", () => {
		const v = buildVault({ "People/Client Services.md": person(), "Meetings/Kickoff.md": meeting("## Attendees\n- Client\n- Host\n"), "People/Host Brown.md": person() });
		expect(v.index.attendeesOf("Meetings/Kickoff.md")).toEqual([]);
	});

	it("is the person whose note is named so, or who lists it as an alias; read again as she comes and goes, as a fresh build", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": meeting("## Partecipanti\n- Noi\n- Host\n") });
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual([]);
		v.write("People/Noi.md", person());
		v.write("People/Harriet Cole.md", person({ aliases: ["Host"] }));
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Harriet Cole.md", "People/Noi.md"]);
		expect(v.index.lastInteraction("People/Noi.md")?.day).toBe("2026-11-20");
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("People/Noi.md");
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Harriet Cole.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("still reads a real first name beside it: `- Marco` is the one Marco, `- Noi` nobody", () => {
		const v = buildVault({ ...people, "People/Marco Bianchi.md": person(), "Meetings/Sync.md": meeting("## Attendees\n- Marco\n- Noi\n") });
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Marco Bianchi.md"]);
	});
});
