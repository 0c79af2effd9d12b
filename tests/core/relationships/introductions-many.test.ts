import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { suggestIntroductions } from "../../../src/core/relationships/introductions";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { buildVault, meeting, person } from "../../builders";
import { expectLinear } from "../../growth";

const health = defaultSettings().health;
/**
 * `n` people (500 or more) who all share a few interests, each offering design and asking for a designer
 * (as a CRM import fills every card with the team's words), and two who match on something of their own.
 */
function crowd(n: number) {
	const files: Record<string, string> = {
		"People/Anna.md": person({ offers: ["Lisbon flats"] }),
		"People/Bruno.md": person({ asks: ["a flat in Lisbon flats"] }),
	};
	for (let i = 0; i < n; i++) files[`People/P${i}.md`] = person({ interests: ["jazz", "chess", "running"], offers: ["design", `skill ${i}`], asks: ["a designer"] });
	const v = buildVault(files);
	return { index: v.index, ledger: buildLedger(v.index) };
}

type Vault = ReturnType<typeof crowd>;

const introductionsIn = (vault: Vault) => suggestIntroductions(vault.index, "2026-11-27", { me: null, health, ledger: vault.ledger });

/** Introductions in the vault `build` makes of each size, each vault built once: what is timed the second time is the introductions alone. */
function introductionsBySize(build: (size: number) => Vault): (size: number) => unknown {
	const vaults = new Map<number, Vault>();
	return (size) => {
		const vault = vaults.get(size) ?? build(size);
		vaults.set(size, vault);
		return introductionsIn(vault);
	};
}

describe("introductions in a vault of thousands of people who share a few interests", () => {
	it("suggests the pair whose offer and ask are their own, not the thousands who all offer what all ask", () => {
		const intros = introductionsIn(crowd(1_000));
		expect(intros.map((i) => [i.a, i.b, i.reason.matches.map((m) => m.what)])).toEqual([["People/Anna.md", "People/Bruno.md", ["Lisbon flats"]]]);
	});

	it("are found in time that grows with the number of people", () => {
		expectLinear(introductionsBySize(crowd), { small: 1_000 });
	});
});

describe("introductions after an all-hands of thousands", () => {
	/** Anna, Bruno and Carla share jazz; Anna, Bruno and `n` others were at the all-hands, Carla was not. */
	function allHands(n: number): Vault {
		const files: Record<string, string> = {
			"People/Anna.md": person({ interests: ["jazz"] }),
			"People/Bruno.md": person({ interests: ["jazz"] }),
			"People/Carla.md": person({ interests: ["jazz"] }),
		};
		const attendees = ["[[Anna]]", "[[Bruno]]"];
		for (let i = 0; i < n; i++) {
			files[`People/P${i}.md`] = person({});
			attendees.push(`[[P${i}]]`);
		}
		files["Meetings/2026-11-02 All hands.md"] = meeting("2026-11-02", attendees);
		const v = buildVault(files);
		return { index: v.index, ledger: buildLedger(v.index) };
	}

	it("never suggests two people who were there together, and still one who was not", () => {
		const intros = introductionsIn(allHands(300));
		expect(intros.map((i) => [i.a, i.b])).toEqual([
			["People/Anna.md", "People/Carla.md"],
			["People/Bruno.md", "People/Carla.md"],
		]);
	});

	it("are found in time that grows with the number of attendees", () => {
		expectLinear(introductionsBySize(allHands), { small: 1_000 });
	});
});
