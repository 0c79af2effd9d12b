import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { buildAgenda } from "../../../src/core/agenda/agenda";

/**
 * Notes written by Obsidian CRM plugins (made-up people in their styles): types with the plugin's
 * prefix (`crm/person`, `crm-contact`), an interaction note per call or meeting in an `Interactions`
 * folder that lists its `people` or `contacts`, and a person's next follow-up in `next_follow_up` or
 * `next_action_date`, last contact in `last_contacted`.
 */

describe("a CRM plugin's people and interactions", () => {
	it("knows a person by a type with the plugin's prefix, outside any people folder", () => {
		const v = buildVault({
			"CRM/Ana Duarte.md": md({ type: "crm/person", crm_id: "per-ana-duarte", name: "Ana Duarte" }),
			"CRM/Ben Okoro.md": md({ type: "crm-contact", name: "Ben Okoro" }),
		});
		expect(v.index.note("CRM/Ana Duarte.md")?.kind).toBe("person");
		expect(v.index.note("CRM/Ben Okoro.md")?.kind).toBe("person");
	});

	it("does not take a type that only contains a person word inside another word for a person", () => {
		const v = buildVault({ "Notes/Persona research.md": md({ type: "ux-personas-board" }), "Notes/Contact form.md": md({ type: "contactform" }) });
		expect(v.index.note("Notes/Persona research.md")?.kind).toBe("other");
		expect(v.index.note("Notes/Contact form.md")?.kind).toBe("other");
	});

	it("counts an interaction note (type crm/interaction, its people) as contact on its date", () => {
		const v = buildVault({
			"People/Ana Duarte.md": md({ type: "crm/person", name: "Ana Duarte", company: "[[Solvia]]" }),
			"Interactions/2026-11-18 - call - Ana Duarte.md": md({ type: "crm/interaction", crm_id: "int-1", date: "2026-11-18", kind: "call", people: ["[[Ana Duarte]]"] }),
		});
		expect(v.index.note("Interactions/2026-11-18 - call - Ana Duarte.md")?.kind).toBe("meeting");
		expect(v.index.lastInteraction("People/Ana Duarte.md", "2026-11-30")?.day).toBe("2026-11-18");
	});

	it("counts an interaction in a CRM/Interactions folder whose type is crm-interaction and whose people are its contacts", () => {
		const v = buildVault({
			"CRM/Contacts/Ben Okoro.md": md({ type: "crm-contact", name: "Ben Okoro" }),
			"CRM/Interactions/2026-11-19 Call with Ben Okoro.md": md({ type: "crm-interaction", kind: "call", date: "2026-11-19", contacts: ["[[Ben Okoro]]"], summary: "pilot scope" }),
		});
		expect(v.index.attendeesOf("CRM/Interactions/2026-11-19 Call with Ben Okoro.md")).toEqual(["CRM/Contacts/Ben Okoro.md"]);
		expect(v.index.lastInteraction("CRM/Contacts/Ben Okoro.md", "2026-11-30")?.day).toBe("2026-11-19");
	});

	it("reads last_contacted as the last contact and next_follow_up or next_action_date as a follow-up due that day", () => {
		const v = buildVault({
			"CRM/Contacts/Ben Okoro.md": md({ type: "crm-contact", name: "Ben Okoro", last_contacted: "2026-11-02", next_follow_up: "2026-11-25" }),
			"People/Ana Duarte.md": md({ type: "crm/person", name: "Ana Duarte", next_action: "Send the proposal", next_action_date: "2026-11-26" }),
		});
		expect(v.index.lastInteraction("CRM/Contacts/Ben Okoro.md", "2026-11-30")?.day).toBe("2026-11-02");
		const agenda = buildAgenda(v.index, "2026-11-30", v.ctx.settings);
		const overdue = agenda.items.filter((i) => i.kind === "followup" && i.status === "overdue").map((i) => [i.people, i.date]);
		expect(overdue).toContainEqual([["CRM/Contacts/Ben Okoro.md"], "2026-11-25"]);
		expect(overdue).toContainEqual([["People/Ana Duarte.md"], "2026-11-26"]);
	});

	it("shows the next action the CRM wrote beside its date as the follow-up's text", () => {
		const v = buildVault({ "People/Ana Duarte.md": md({ type: "crm/person", name: "Ana Duarte", next_action: "Send the proposal", next_action_date: "2026-11-26" }) });
		const item = buildAgenda(v.index, "2026-11-30", v.ctx.settings).items.find((i) => i.kind === "followup");
		expect(item?.text).toBe("Send the proposal");
	});
});
