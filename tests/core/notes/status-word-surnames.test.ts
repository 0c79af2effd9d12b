import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person } from "../../builders";

/*
 * Some surnames are also words of a meeting's or a task's status: Pat Pending, Tom Todo, Wes Waiting, Dana Done, Olga Open,
 * Italian Gino Fatto, Aldo Aperto. Written after a first name they are a name, not the status (`Call with Pat Pending`), while
 * a status set apart or in lower case still says the meeting was not held (`Call with Dana Evans - pending`, `(maybe)`).
 */

const PEOPLE = ["People/Pat Pending.md", "People/Tom Todo.md", "People/Wes Waiting.md", "People/Dana Done.md", "People/Olga Open.md", "People/Gino Fatto.md", "People/Aldo Aperto.md"];
const everyone = Object.fromEntries(PEOPLE.map((p) => [p, person()]));

describe("a person whose surname is a status word", () => {
	it("is credited for a daily note's meeting heading and Meetings list line naming her", () => {
		const v = buildVault({
			...everyone,
			"Daily/2026-12-03.md": md(null, "### Call with Pat Pending", "### Coffee with Tom Todo", "### 10:00 Lunch with Wes Waiting", "### Pranzo con Gino Fatto", "## Meetings", "- 11:00 Sync with Dana Done", "- Chiamata con Aldo Aperto", "- Call with Olga Open"),
		});
		expect(lastDaysByName(v, PEOPLE)).toEqual(Object.fromEntries(PEOPLE.map((p) => [p.slice(7, -3), "2026-12-03"])));
	});

	it("is an attendee of a meeting's Attendees line, and the owner of the task that opens with her name", () => {
		const v = buildVault({
			...everyone,
			"Meetings/2026-12-01 Weekly.md": md({ type: "meeting", date: "2026-12-01" }, "Attendees: Pat Pending, Tom Todo, Olga Open", "## Action items", "- [ ] Pat Pending: send the deck", "- [ ] Tom Todo to confirm the room"),
		});
		expect(v.index.note("Meetings/2026-12-01 Weekly.md")?.attendees.map((a) => a.target)).toEqual(["Pat Pending", "Tom Todo", "Olga Open"]);
		expect(v.index.followUpsIn("Meetings/2026-12-01 Weekly.md").map((f) => [f.text, [...f.people]])).toEqual([
			["Pat Pending: send the deck", ["People/Pat Pending.md"]],
			["Tom Todo to confirm the room", ["People/Tom Todo.md"]],
		]);
	});

	it("does not hide a status set apart or in lower case: such meetings are still credited on no day", () => {
		const v = buildVault({
			...everyone,
			"People/Dana Evans.md": person(),
			"People/Kofi Mensah.md": person(),
			"People/Marco Bianchi.md": person(),
			"Daily/2026-12-03.md": md(null, "### Call with Dana Evans - Pending", "### Call with Kofi Mensah (maybe)", "### Lunch with Marco Bianchi todo", "### Coffee with Pat Pending [pending]"),
		});
		expect(lastDaysByName(v, ["People/Dana Evans.md", "People/Kofi Mensah.md", "People/Marco Bianchi.md", "People/Pat Pending.md"])).toEqual({ "Dana Evans": null, "Kofi Mensah": null, "Marco Bianchi": null, "Pat Pending": null });
	});
});
