import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { meetingBrief } from "../../../src/core/relationships/brief";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { buildVault, meeting, person } from "../../builders";

describe("a meeting's brief of a person whose note names her, or a name, twice", () => {
	const v = buildVault({
		"People/Me.md": person({ interests: ["jazz"] }),
		// A template's met_via filled with her own name, an interest written twice, an introducer named twice.
		"People/Anna Rossi.md": person({ interests: ["Jazz", "jazz", "chess", "Chess"], met_via: ["[[Anna Rossi]]", "[[Bruno]]", "[[Bruno]]"] }),
		"People/Bruno.md": person({ interests: ["chess"] }),
		"Meetings/2026-12-03 Planning.md": meeting("2026-12-03", ["[[Anna Rossi]]", "[[Bruno]]", "[[Me]]"]),
	});
	const brief = meetingBrief(v.index, "Meetings/2026-12-03 Planning.md", "2026-11-27", { me: "People/Me.md", health: defaultSettings().health, ledger: buildLedger(v.index) });
	const anna = brief?.attendees.find((a) => a.person === "People/Anna Rossi.md");

	it("says she was introduced by the others, each once, not by herself", () => {
		expect(anna?.introducedBy).toEqual(["People/Bruno.md"]);
	});

	it("names each interest shared once", () => {
		expect(anna?.sharedWithMe).toEqual(["Jazz"]);
		expect(anna?.sharedWithOthers).toEqual([{ person: "People/Bruno.md", interests: ["chess"] }]);
	});
});
