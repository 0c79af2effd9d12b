import { describe, expect, it } from "vitest";
import { migrateSettings } from "../../../src/core/config/settings";
import { changedSettings, changesTheIndex } from "../../../src/core/config/settings-changes";

describe("changes between two settings", () => {
	it("name no key when the settings are equal", () => {
		expect(changedSettings(migrateSettings({}), migrateSettings({}))).toEqual([]);
	});

	it("need no new reading of the vault for the language and the daily section's heading alone", () => {
		const before = migrateSettings({});
		const after = migrateSettings({ language: "it", sectionHeading: "## Persone" });
		const changed = changedSettings(before, after);
		expect([...changed].sort()).toEqual(["language", "sectionHeading"]);
		expect(changesTheIndex(changed)).toBe(false);
	});

	it("need a new reading of the vault for the people folders or a circle's cadence", () => {
		const before = migrateSettings({});
		expect(changesTheIndex(changedSettings(before, migrateSettings({ people: { types: ["person"], tags: [], folders: ["Network"] } })))).toBe(true);
		expect(changesTheIndex(changedSettings(before, migrateSettings({ circleCadences: { work: "2w" } })))).toBe(true);
	});
});
