import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { meetingBrief } from "../../../src/core/relationships/brief";
import { expectLinear } from "../../growth";

/*
 * The brief of a meeting of thousands of attendees (a company all-hands): each attendee's interests were compared
 * with every other attendee's, shared or not, so `rapport brief` of 150,000 attendees never ended. The others who share
 * an interest are found through who has each interest.
 */
const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
const MEETING = "Meetings/2026-11-20 All hands.md";

/** `n` people, the i-th with the interest `topic i` (Anna and Bruno chess too), at one meeting. */
function vaultOf(n: number): VaultIndex {
	const personRead = parseNote("People/p.md", "---\n---\n", { type: "person" }, ctx);
	const info = personRead.person as NonNullable<typeof personRead.person>;
	const interests = (i: number): string[] => (i < 2 ? [`Topic ${i}`, i === 0 ? "Chess" : "chess"] : [`topic ${i}`]);
	const people = Array.from({ length: n }, (_, i) => ({ ...personRead, path: `People/P${i}.md`, title: `P${i}`, person: { ...info, name: `P${i}`, interests: interests(i) } }));
	const index = new VaultIndex(() => "");
	index.addAll([...people, parseNote(MEETING, "---\n---\n", { type: "meeting", date: "2026-11-20", attendees: people.map((p) => `[[${p.title}]]`) }, ctx)]);
	return index;
}

const briefOf = (index: VaultIndex) => meetingBrief(index, MEETING, "2026-11-21", { me: null, health: defaultSettings().health, ledger: new Map() });

describe("the brief of a meeting of thousands of attendees", () => {
	it("tells the two who share an interest, each of the other, and no one else", () => {
		const brief = briefOf(vaultOf(1_000));
		expect(brief?.attendees.filter((a) => a.sharedWithOthers.length > 0).map((a) => [a.person, a.sharedWithOthers])).toEqual([
			["People/P0.md", [{ person: "People/P1.md", interests: ["Chess"] }]],
			["People/P1.md", [{ person: "People/P0.md", interests: ["chess"] }]],
		]);
	});

	it("takes time that grows with the meeting, not with its square", () => {
		const vaults = new Map<number, VaultIndex>();
		// Each vault built once, before what is timed.
		for (const n of [1_000, 4_000]) vaults.set(n, vaultOf(n));
		const vault = (n: number): VaultIndex => vaults.get(n) ?? vaultOf(n);
		expectLinear((n) => briefOf(vault(n)), { small: 1_000, slackMs: 40 });
	});
});
