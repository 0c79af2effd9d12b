import { describe, it } from "vitest";
import { makeRef } from "../../../src/core/notes/frontmatter-values";
import { withoutEmailsNamedBeside } from "../../../src/core/notes/named-emails";
import { expectLinear } from "../../growth";

/** A sync tool's meeting of many people, or one hostile attendee line: the addresses named beside a name are dropped in linear time. */
describe("dropping the addresses a meeting names beside a name", () => {
	it("takes time that grows with the number of attendees, not its square", () => {
		expectLinear((n) => {
			const refs = [];
			for (let i = 0; i < n / 40; i++) refs.push(makeRef(`p${i}@acme.example`, false, 1), makeRef(`Person ${i} (p${i}@acme.example)`, false, 2));
			return withoutEmailsNamedBeside(refs).length;
		});
	});

	it("takes time that grows with the length of one attendee written without a closing parenthesis, not its square", () => {
		expectLinear((n) => withoutEmailsNamedBeside([makeRef(`${"Anna ".repeat(n / 5)}(anna@acme.example`, false, 1), makeRef("anna@acme.example", false, 2)]).length);
	});
});
