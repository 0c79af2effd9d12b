import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { json, rapportInProcess } from "./run-cli";

/**
 * tests/fixtures/vaults/interaction-notes: one note per call, coffee or lunch, written as personal-CRM
 * templates write them (an Interactions, Calls, Log or Italian Interazioni folder, `type: interaction`,
 * the person under `person`, `people`, `contact` or `with`, or only linked in the text), beside a
 * project note and a gift idea that name people without meeting them.
 */
const VAULT = join(__dirname, "..", "fixtures", "vaults", "interaction-notes");
const TODAY = "2026-11-29";

interface PersonJson {
	path: string;
	lastContact: string | null;
}

interface DoctorJson {
	problems: { path: string; code: string; params: Record<string, string | number>; message: string }[];
}

describe("rapport people on a vault of interaction notes", () => {
	let last: Record<string, string | null> = {};
	beforeAll(async () => {
		const rows = json<PersonJson[]>(await rapportInProcess("people", "--vault", VAULT, "--date", TODAY, "--json"));
		last = Object.fromEntries(rows.map((r) => [r.path, r.lastContact]));
	});

	it("gives each person the day of the latest interaction note that names them, and no project or gift idea", () => {
		expect(last).toEqual({
			// Log/2026-11-26 lunch (linked in the text); not Projects/Website on 11-27.
			"People/Anna Rossi.md": "2026-11-26",
			// Notes/Catch-up (`with:`), after the coffee note of 11-18 (`people:`).
			"People/Ben Okoro.md": "2026-11-21",
			// Calls/2026-11-25 lease (`contact:`); not the gift idea of 11-28.
			"People/Carla Neri.md": "2026-11-25",
			// Interazioni/Telefonata Dario (`data: 24/11/2026`).
			"People/Dario Conti.md": "2026-11-24",
			// Notes/Coaching with Elena (tagged #conversation).
			"People/Elena Greco.md": "2026-11-22",
		});
	});
});

describe("rapport doctor on a vault of interaction notes", () => {
	let doctor: DoctorJson = { problems: [] };
	beforeAll(async () => {
		doctor = json<DoctorJson>(await rapportInProcess("doctor", "--vault", VAULT, "--date", TODAY, "--json"));
	});

	it("reports the dated interaction note that names nobody, in words, and no other interaction note", () => {
		const nobody = doctor.problems.filter((p) => p.code === "interaction-names-nobody");
		expect(nobody.map((p) => [p.path, p.params.date])).toEqual([["Interactions/2026-11-27 Voicemail.md", "2026-11-27"]]);
		expect(nobody[0]?.message).toContain("names nobody");
	});

	it("says the same in the text report", async () => {
		const text = (await rapportInProcess("doctor", "--vault", VAULT, "--date", TODAY)).stdout;
		expect(text).toContain("Interactions/2026-11-27 Voicemail.md:1: Interaction on 2026-11-27 names nobody");
	});
});

describe("the count of problems on a vault of interaction notes", () => {
	// Failed on the old CLI: `stats` counted only the problems of single notes, and `inspect` of the
	// interaction note naming nobody said it had no problem, while `rapport doctor` listed it.
	it("in `rapport stats --json` is the number `rapport doctor` lists", async () => {
		const doctor = json<DoctorJson>(await rapportInProcess("doctor", "--vault", VAULT, "--date", TODAY, "--json"));
		const stats = json<{ problems: number }>(await rapportInProcess("stats", "--vault", VAULT, "--date", TODAY, "--json"));
		expect(doctor.problems.some((p) => p.code === "interaction-names-nobody")).toBe(true);
		expect(stats.problems).toBe(doctor.problems.length);
	});

	it("of one note, in `rapport inspect`, holds its problem found across notes", async () => {
		const report = json<{ problems: { code: string }[] }>(await rapportInProcess("inspect", "Interactions/2026-11-27 Voicemail.md", "--vault", VAULT, "--json"));
		expect(report.problems.map((p) => p.code)).toEqual(["interaction-names-nobody"]);
		expect((await rapportInProcess("inspect", "Interactions/2026-11-27 Voicemail.md", "--vault", VAULT)).stdout).toContain("Problems: 1\n  1: Interaction on 2026-11-27 names nobody");
	});
});
