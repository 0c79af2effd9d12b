import { describe, expect, it } from "vitest";
import { json, makeVault, rapportInProcess } from "./run-cli";

// `2062` typed for `2026`: a death day in the future, which silences nobody until then.
const PIERO = "---\ntype: person\ncadence: monthly\nlast_contact: 2026-11-01\nbirthday: 1950-12-05\ndied: 2062-03-01\n---\n";
const LINA = "---\ntype: person\nborn: 1950-12-05\ndied: 1905-12-04\n---\n";
const ANNA = "---\ntype: person\ncadence: monthly\nlast_contact: 2026-11-01\ndied: 2026-03-01\n---\n";

describe("rapport doctor on a vault with a death day in the future", () => {
	const vault = makeVault({ "People/Nonno Piero.md": PIERO, "People/Zia Lina.md": LINA, "People/Anna.md": ANNA });

	it("says the death day is in the future, in English and Italian, and that a death before the birth is mistyped, each at the line of its `died:` key", async () => {
		const en = (await rapportInProcess("doctor", "--vault", vault, "--date", "2026-12-02", "--no-cache")).stdout;
		expect(en).toContain("People/Nonno Piero.md:6: The death day 2062-03-01 is in the future");
		expect(en).toContain("People/Zia Lina.md:4: The death day 1905-12-04 is before the birthday 1950-12-05");
		expect(en).not.toContain("People/Anna.md");
		const it = (await rapportInProcess("doctor", "--vault", vault, "--date", "2026-12-02", "--no-cache", "--lang", "it")).stdout;
		expect(it).toContain("People/Nonno Piero.md:6: La data di morte 2062-03-01 è nel futuro");
	});

	it("lists the problem in JSON with its day, and none once the day has come", async () => {
		const codes = async (date: string) => json<{ problems: { path: string; code: string; params: Record<string, string> }[] }>(await rapportInProcess("doctor", "--vault", vault, "--date", date, "--no-cache", "--json")).problems.filter((p) => p.code === "death-day-to-come");
		expect((await codes("2026-12-02")).map((p) => [p.path, p.params.date])).toEqual([["People/Nonno Piero.md", "2062-03-01"]]);
		expect(await codes("2062-03-01")).toEqual([]);
	});

	it("keeps the person in the agenda until that day", async () => {
		expect((await rapportInProcess("agenda", "--vault", vault, "--date", "2026-12-02", "--no-cache")).stdout).toContain("Get in touch with Nonno Piero");
	});
});
