import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * Meeting templates name who does a task with `@`: `- [ ] @Max: send the deck`, `- [ ] Send the deck
 * @MaxBianchi`. Such a task is that person's follow-up, not every attendee's.
 */

const MEETING = "Meetings/2026-11-23 Weekly.md";
const ATTENDEES = ["[[Max Bianchi]]", "[[Anna Rossi]]", "[[Zoe Verdi]]"];

function weekly(tasks: string[], people: Record<string, string> = {}): TestVault {
	return buildVault({
		"People/Max Bianchi.md": person({ aliases: ["Maxi"] }),
		"People/Anna Rossi.md": person(),
		"People/Zoe Verdi.md": person(),
		...people,
		[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: ATTENDEES }, "## Action items", ...tasks),
	});
}

/** Each follow-up's text → the people it goes to. */
function owners(v: TestVault): Record<string, string[]> {
	return Object.fromEntries(v.index.followUpsIn(MEETING).map((f) => [f.text, [...f.people].sort()]));
}

const MAX = ["People/Max Bianchi.md"];
const EVERYONE = ["People/Anna Rossi.md", "People/Max Bianchi.md", "People/Zoe Verdi.md"];

describe("a meeting's task that names its person with @", () => {
	it.each([
		["- [ ] @Max: send the deck", "the given name and a colon"],
		["- [ ] @Max Bianchi send the deck", "the full name"],
		["- [ ] Send the deck @MaxBianchi", "a handle at the end"],
		["- [ ] @max.bianchi send the deck 📅 2026-11-30", "a handle with a dot, and a due date"],
		["- [ ] @Maxi, send the deck", "an alias"],
		["- [ ] (@Max) send the deck", "in parentheses"],
	])("goes to that attendee only: %s (%s)", (task) => {
		const v = weekly([task]);
		expect(Object.values(owners(v))).toEqual([MAX]);
		expect(v.index.followUpsOf("People/Anna Rossi.md")).toEqual([]);
	});

	it("goes to each person it names: @Anna and @Zoe", () => {
		expect(owners(weekly(["- [ ] @Anna and @Zoe: plan the offsite"]))["@Anna and @Zoe: plan the offsite"]).toEqual(["People/Anna Rossi.md", "People/Zoe Verdi.md"]);
	});

	it("goes to the Max it names in full when two attendees are called Max", () => {
		const v = buildVault({
			"People/Max Bianchi.md": person(),
			"People/Max Rossi.md": person(),
			"People/Anna Rossi.md": person(),
			[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: ["[[Max Bianchi]]", "[[Max Rossi]]", "[[Anna Rossi]]"] }, "- [ ] @Max Rossi: book the room", "- [ ] @Max: bring the badge"),
		});
		expect(owners(v)).toEqual({ "@Max Rossi: book the room": ["People/Max Rossi.md"], "@Max: bring the badge": ["People/Max Bianchi.md", "People/Max Rossi.md"] });
	});

	it("keeps the other rules: an address, a context tag or a name no attendee has goes to every attendee, a linked person to that person", () => {
		const v = weekly(["- [ ] Mail max@lumen.example the numbers", "- [ ] Call the venue @phone", "- [ ] @Carla: confirm the catering", "- [ ] @Max: send [[Anna Rossi]] the deck"]);
		expect(owners(v)).toEqual({
			"Mail max@lumen.example the numbers": EVERYONE,
			"Call the venue @phone": EVERYONE,
			"@Carla: confirm the catering": EVERYONE,
			"@Max: send [[Anna Rossi]] the deck": ["People/Anna Rossi.md"],
		});
	});

	it("reads the task again when the attendee's note gains the alias it uses, as a fresh build", () => {
		const v = weekly(["- [ ] @Bia: send the deck"]);
		expect(owners(v)["@Bia: send the deck"]).toEqual(EVERYONE);
		v.write("People/Max Bianchi.md", person({ aliases: ["Bia"] }));
		expect(owners(v)["@Bia: send the deck"]).toEqual(MAX);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Max Bianchi.md", person());
		expect(owners(v)["@Bia: send the deck"]).toEqual(EVERYONE);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
