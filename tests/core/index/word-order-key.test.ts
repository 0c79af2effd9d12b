import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordOrderKey } from "../../../src/core/index/person-keys";
import { expectLinear } from "../../growth";

/** The key as it was first written: the words sorted by the engine's sort. */
const engineSorted = (folded: string): string | null => (folded.includes(" ") ? "\u0001" + folded.split(" ").sort().join(" ") : null);

describe("a name's words in alphabetical order (`Rossi Anna` is `Anna Rossi`)", () => {
	it("is the key the engine's sort gives, for any name", () => {
		const words = fc.array(fc.constantFrom("anna", "rossi", "", "é", "de", "luca", "Z", "a", "b", "zz", "ä", "🙂", "d'amico"), { maxLength: 12 }).map((w) => w.join(" "));
		fc.assert(fc.property(fc.oneof(words, fc.string()), (folded) => {
			expect(wordOrderKey(folded)).toBe(engineSorted(folded));
		}), { numRuns: 5000 });
	});

	it("takes time in step with a hostile name's length, its words in reverse order", () => {
		const name = (size: number): string => Array.from({ length: size }, (_, i) => `w${String(size - i).padStart(6, "0")}`).join(" ");
		expectLinear((size) => wordOrderKey(name(size)), { small: 20_000 });
	});
});
