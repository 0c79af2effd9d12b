import { describe, expect, it } from "vitest";
import { tagsIn } from "../../../src/core/notes/hashtags";
import { expectLinear } from "../../growth";

describe("a line of many Bear tags", () => {
	// Each tag rebuilt the whole line to blank itself out: 28,000 `#gave#` on one line took 2 s (found by the adversarial test).
	it("is read in time that grows with its length", () => {
		expectLinear((size) => tagsIn("#gave# ".repeat(Math.ceil(size / 7))), { small: 50_000 });
	});

	it("reads each tag once, a Bear tag whole and the plain tags beside it", () => {
		expect(tagsIn("#meeting notes# and #people/Anna Rossi# then #todo, #2 #gave#")).toEqual(["meeting notes", "people/Anna Rossi", "gave", "todo"]);
	});
});
