import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { createParseContext, parseNote } from "../../../src/core/notes/note";

/*
 * A meeting of as many attendees as a vault has people (a company all-hands imported from a calendar, a script that
 * listed everyone): each attendee was looked for among those before it with `includes` (in the meeting's attendees, in
 * the people it touched, among the attendees of its name), so indexing it took the square of its size: minutes for
 * 150,000, `rapport` and the plugin's first index seemingly stuck. Counted, not timed: the entries `includes` walks.
 */
const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
const personRead = parseNote("People/p.md", "---\n---\n", { type: "person" }, ctx);

/** `n` people, the i-th named `name(i)` (one note read, copied under other names: reading each took longer), and one meeting with each of them, indexed. */
function indexed(n: number, name: (i: number) => string): VaultIndex {
	const info = personRead.person as NonNullable<typeof personRead.person>;
	const people = Array.from({ length: n }, (_, i) => ({ ...personRead, path: `People/Anna ${i}.md`, title: `Anna ${i}`, person: { ...info, name: name(i) } }));
	const attendees = Array.from({ length: n }, (_, i) => `[[Anna ${i}]]`);
	const index = new VaultIndex(() => "");
	index.addAll([...people, parseNote("Meetings/2026-11-20 All hands.md", "---\n---\n- [ ] send the slides\n- [x] @Anna booked the room ✅ 2026-11-20\n", { type: "meeting", date: "2026-11-20", attendees }, ctx)]);
	return index;
}

/** How many list entries `Array.prototype.includes` walks while `run` runs. */
function walkedByIncludes(run: () => unknown): number {
	const original = Array.prototype.includes;
	let walked = 0;
	const counting = function (this: unknown[], search: unknown, from?: number): boolean {
		walked += this.length;
		return original.call(this, search, from);
	};
	Array.prototype.includes = counting as typeof original;
	try {
		run();
	} finally {
		Array.prototype.includes = original;
	}
	return walked;
}

describe("a meeting of thousands of attendees", () => {
	it("credits each of them with the meeting and the follow-up without an owner", () => {
		const index = indexed(3_000, (i) => `Anna ${i}`);
		expect(index.attendeesOf("Meetings/2026-11-20 All hands.md")).toHaveLength(3_000);
		expect([index.lastInteraction("People/Anna 0.md", "2026-11-30")?.day, index.lastInteraction("People/Anna 2999.md", "2026-11-30")?.day]).toEqual(["2026-11-20", "2026-11-20"]);
		expect(index.hasFollowUps("People/Anna 2999.md")).toBe(true);
	});

	it.each([
		["each with a name of her own", (i: number) => `Anna ${i}`],
		["whose notes' name property all say Anna", () => "Anna"],
	])("is indexed walking lists that grow with the meeting, not with its square, its attendees %s", (_name, name) => {
		const small = walkedByIncludes(() => indexed(1_000, name));
		const large = walkedByIncludes(() => indexed(4_000, name));
		// The square: sixteen times as much for four times the attendees.
		expect(large).toBeLessThanOrEqual(8 * small);
	});
});
