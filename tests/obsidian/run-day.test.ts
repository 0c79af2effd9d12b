// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { today } from "../../src/core/dates/dates";
import { runClockAt } from "../run-day";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian } from "./harness";

/*
 * The plugin's tests take their day when their file loads; a run that crossed local midnight had the plugin
 * mark and log on the next day. The tests' clock (tests/run-day.ts) keeps the day the run started on.
 */

const SECOND_MS = 1000;
const HOUR_MS = 3_600_000;
/** A run that started one second before midnight of 27 November 2026, local time. */
const STARTED_AT = new Date(2026, 10, 27, 23, 59, 59).getTime();

/** Sets Date to what the tests' clock reads when the machine's has run `elapsedMs` since the run started. */
function machineClockRunFor(elapsedMs: number): void {
	vi.useFakeTimers({ now: runClockAt(STARTED_AT + elapsedMs, STARTED_AT), shouldAdvanceTime: true, toFake: ["Date"] });
}

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.replaceChildren();
});

describe("The tests' clock in a run that starts a second before midnight", () => {
	it("reads the run's first day once the machine's clock has passed midnight, and ten hours later", () => {
		machineClockRunFor(2 * SECOND_MS);
		expect(today()).toBe("2026-11-27");
		machineClockRunFor(10 * HOUR_MS);
		expect(today()).toBe("2026-11-27");
	});

	it("runs on: a second on the machine's clock is a second on the tests'", () => {
		expect(runClockAt(STARTED_AT + 5 * SECOND_MS, STARTED_AT) - runClockAt(STARTED_AT + 4 * SECOND_MS, STARTED_AT)).toBe(SECOND_MS);
	});

	it("has the plugin log a follow-up marked done after the machine's midnight on the run's first day", async () => {
		machineClockRunFor(2 * SECOND_MS);
		const { app } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n- [ ] Call Anna 📅 2026-11-26\n" });
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		click(buttonsOf(agendaItem(view, "Call Anna"))["Mark done"]);
		await settle(app);
		expect(app.vault.text("People/Anna.md")).toBe("---\ntype: person\n---\n- [x] Call Anna 📅 2026-11-26 ✅ 2026-11-27\n");
	});
});
