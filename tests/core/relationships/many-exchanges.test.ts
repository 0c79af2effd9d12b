import { describe, expect, it } from "vitest";
import { LedgerState } from "../../../src/core/relationships/ledger-state";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { buildVault, person } from "../../builders";
import { tooManyForOneCall } from "../../many-arguments";

/*
 * A note logging more gives to one person than one call takes arguments (a script that logged every message as
 * `#gave`): added to what another note already gave her by spreading them into `push`, they overflowed the stack,
 * and the agenda's insights (and `rapport stats`) stopped with it. Each is counted.
 */
const MANY = tooManyForOneCall();

function vault() {
	const lines = Array.from({ length: MANY }, (_, i) => `- 2026-11-0${(i % 9) + 1} message ${i} #gave [[Anna]]`);
	return buildVault({
		"People/Anna.md": person(),
		"Notes/First.md": "- 2026-10-01 lent a book #gave [[Anna]]\n",
		"Notes/Big.md": lines.join("\n") + "\n",
	});
}

describe("more gives to one person than one call takes arguments", () => {
	const v = vault();

	it("the ledger read from the index counts every give of both notes", () => {
		expect(buildLedger(v.index).get("People/Anna.md")?.length).toBe(MANY + 1);
	});

	it("the ledger kept current counts every give of both notes", () => {
		expect(new LedgerState(v.index).ledger.get("People/Anna.md")?.length).toBe(MANY + 1);
	});
});
