import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, rapportInProcess } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");

describe("the demo vault", () => {
	it("shows the approved agenda for the demo day", async () => {
		const r = await rapportInProcess("agenda", "--vault", DEMO, "--date", "2026-11-27");
		expect(r.status).toBe(0);
		await expect(r.stdout).toMatchFileSnapshot("__snapshots__/demo-agenda.txt");
	});

	it("has people, meetings, an event, every follow-up syntax and the deliberate problems", async () => {
		const people = json<{ path: string }[]>(await rapportInProcess("people", "--vault", DEMO, "--json"));
		expect(people.length).toBeGreaterThanOrEqual(25);
		const agenda = json<{ items: { kind: string; status: string }[] }>(await rapportInProcess("agenda", "--vault", DEMO, "--date", "2026-11-27", "--json"));
		expect(new Set(agenda.items.map((i) => i.kind))).toEqual(new Set(["followup", "keep-in-touch", "birthday", "meeting"]));
		expect(new Set(agenda.items.map((i) => i.status))).toEqual(new Set(["overdue", "today", "upcoming", "undated"]));
		const doctor = json<{ problems: { code: string }[] }>(await rapportInProcess("doctor", "--vault", DEMO, "--date", "2026-11-27", "--json"));
		expect(new Set(doctor.problems.map((p) => p.code))).toEqual(new Set(["duplicate-person", "unknown-attendee", "meeting-without-date", "bad-yaml", "bad-cadence", "bad-birthday", "meeting-without-follow-up"]));
	});
});
