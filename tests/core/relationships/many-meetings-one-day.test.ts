import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { meetingsWithoutFollowUp } from "../../../src/core/relationships/unfollowed";
import { tooManyForOneCall } from "../../many-arguments";

/*
 * More meetings on one day than one call takes arguments (a calendar import gone wrong, or a script that wrote a
 * note per message): the meetings of the last days were gathered by spreading each day's into `push`, which
 * overflowed the stack, and the agenda, `rapport agenda` and `rapport doctor` stopped. Each meeting is looked at.
 */
const MANY = tooManyForOneCall();

describe("more meetings on one day than one call takes arguments", () => {
	it("lists the one with Anna, whom nobody followed up, as a meeting without follow-up", () => {
		const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
		const index = new VaultIndex(() => "");
		// One meeting without attendees read, copied under other names: reading each anew took seconds.
		const empty = parseNote("Meetings/m.md", "---\n---\n", { type: "meeting", date: "2026-11-20" }, ctx);
		const meetings = Array.from({ length: MANY }, (_, i) => ({ ...empty, path: `Meetings/m${i}.md`, title: `m${i}` }));
		const lunch = parseNote("Meetings/Lunch.md", "---\n---\n", { type: "meeting", date: "2026-11-20", attendees: ["[[Anna]]"] }, ctx);
		index.addAll([parseNote("People/Anna.md", "---\n---\n", { type: "person" }, ctx), ...meetings, lunch]);
		expect(meetingsWithoutFollowUp(index, "2026-11-21", 14)).toEqual([{ path: "Meetings/Lunch.md", title: "Lunch", date: "2026-11-20", people: ["People/Anna.md"] }]);
	});
});
