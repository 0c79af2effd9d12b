import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * A contact kept as a card in a table of a label and its value, as CRM contact templates write one
 * (winzenburg/MissionControl's `crm/contacts/FirstName_LastName.md`): no properties at all. Made-up people.
 */
const card = (...rows: string[]): string => ["# Contact Profile", "", "## Basic Information", "", "| Field | Value |", "|-------|-------|", ...rows, "", "## Notes", "- Met in Porto", ""].join("\n");

describe("a contact whose details are a table of labels and values", () => {
	it("reads her company, role, email, phone and place from the card", () => {
		const v = buildVault({
			"crm/contacts/Lucia Moreno.md": card("| **Full Name** | Lucia Moreno |", "| **Company** | Saltmarsh Foods |", "| **Role** | Head of growth |", "| **Email** | lucia@example.org |", "| **Phone** | +34 600 111 222 |", "| **Location** | Bilbao |"),
		});
		expect(v.index.person("crm/contacts/Lucia Moreno.md")?.person).toMatchObject({ org: "Saltmarsh Foods", role: "Head of growth", email: "lucia@example.org", phone: "+34 600 111 222", location: "Bilbao" });
	});

	it("leaves out a template's blanks, rows without a bold label, code blocks, and lets the properties win", () => {
		const v = buildVault({
			"crm/contacts/Ivo Marin.md": card("| **Company** | [Company Name] |", "| Role | Producer |", "| **Email** | email@ |", "| **Phone** | +1 (XXX) XXX-XXXX |"),
			"crm/contacts/Sara Holm.md": ["---", "company: Fernhill", "---", card("| **Company** | Saltmarsh Foods |"), "```", "| **Role** | Printer |", "```", ""].join("\n"),
		});
		expect(v.index.person("crm/contacts/Ivo Marin.md")?.person).toMatchObject({ org: null, role: null, email: null, phone: null });
		expect(v.index.person("crm/contacts/Sara Holm.md")?.person).toMatchObject({ org: "Fernhill", role: null });
	});
});
