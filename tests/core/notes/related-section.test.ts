import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

const PATH = "People/Lucia.md";
const ties = (body: string) => {
	const info = buildVault({ [PATH]: md({ type: "person" }, body) }).index.person(PATH)?.person;
	return { knows: info?.knows.map((r) => r.target), partner: info?.partner.map((r) => r.target), family: info?.family.map((r) => r.target) };
};

describe("a person's `## Related` list", () => {
	it("reads each kind in English and Italian: partner, family, and everyone else as known", () => {
		expect(ties("## Related\n- moglie [[Anna]]\n- fratello: [[Piero]]\n- colleague [[Sam]]\n- [[Lia]]\n")).toEqual({ knows: ["Sam", "Lia"], partner: ["Anna"], family: ["Piero"] });
		expect(ties("### 🔗 Relazioni\n* madre [[Rita]]\n")).toEqual({ knows: [], partner: [], family: ["Rita"] });
	});

	it.each([
		["## Related notes\n- friend [[Sam]]\n", "a heading with more words"],
		["## Notes\n- friend [[Sam]]\n", "another heading"],
		["## Related\nWe met through [[Sam]].\n", "a sentence, not a list item"],
		["## Related\n- friend ![[Sam]]\n", "an embed"],
	])("reads no tie from %j (%s)", (body) => {
		expect(ties(body)).toEqual({ knows: [], partner: [], family: [] });
	});

	it("reads an ex-wife or a former partner as someone known, not a partner", () => {
		expect(ties("## Related\n- ex-wife [[Anna]]\n- former partner: [[Bea]]\n- ex moglie [[Carla]]\n- wife [[Dora]]\n")).toEqual({ knows: ["Anna", "Bea", "Carla"], partner: ["Dora"], family: [] });
	});
});
