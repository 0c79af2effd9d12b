import { describe, expect, it } from "vitest";
import { planImport, plannedNoteText } from "../../../src/core/contacts/plan";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/*
 * Zoho CRM's export of its Contacts module (Setup → Data administration → Export, or the list's
 * Export): the fields' labels as column names, the record's id first, the account the person works
 * for in "Account Name", their department in "Department", dates of birth as `yyyy-MM-dd`.
 */
const HEADER =
	'"Record Id","Contact Owner","Lead Source","First Name","Last Name","Account Name","Vendor Name","Email","Title","Department","Phone","Home Phone","Other Phone","Fax","Mobile","Date of Birth","Assistant","Asst Phone","Email Opt Out","Skype ID","Salutation","Secondary Email","Twitter","Reporting To","Mailing Street","Mailing City","Mailing State","Mailing Zip","Mailing Country","Description","Tag"';
const bytes = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join("\r\n") + "\r\n");
const zoho = (rows: string[]): Uint8Array => bytes([HEADER, ...rows]);

describe("a Zoho CRM contacts export", () => {
	const file = readContactBytes(
		zoho([
			'"zcrm_5123000000201011","Marta Bellini","Trade Show","Giorgio","Fabbri","Fabbri Logistica S.r.l.","","giorgio@fabbri.example","Operations manager","Logistics","+39 051 555 0301","","","+39 051 555 0302","+39 340 555 0303","1979-05-14","","","false","","Mr.","g.fabbri@mail.example","","","Via Emilia 12","Bologna","BO","40100","Italy","Met at the Verona fair.","Supplier,Priority"',
			'"zcrm_5123000000201012","Marta Bellini","","","Okoye","","","","","","","","","","+234 803 555 0304","","","","false","","","","","","","","","","","",""',
		]),
	);

	it("is read as Zoho CRM's, not refused as no contacts file", () => {
		expect(file?.source).toBe("zoho");
	});

	it("reads names, the account as the organisation, title, department, both emails, mobile first, fax, birthday, description and tags", () => {
		expect(file?.contacts[0]).toMatchObject({
			name: "Giorgio Fabbri",
			firstName: "Giorgio",
			lastName: "Fabbri",
			org: "Fabbri Logistica S.r.l.",
			role: "Operations manager",
			department: "Logistics",
			emails: ["giorgio@fabbri.example", "g.fabbri@mail.example"],
			phones: ["+39 340 555 0303", "+39 051 555 0301"],
			faxes: ["+39 051 555 0302"],
			birthday: "1979-05-14",
			note: "Met at the Verona fair.",
			groups: ["Supplier", "Priority"],
		});
	});

	it("reads a row with a last name and a mobile only, with no problem", () => {
		expect(file?.contacts.map((c) => [c.name, c.phones])).toEqual([
			["Giorgio Fabbri", ["+39 340 555 0303", "+39 051 555 0301"]],
			["Okoye", ["+234 803 555 0304"]],
		]);
		expect(file?.problems).toEqual([]);
	});

	it("writes the department in the new note, after the role", () => {
		const plan = file ? planImport({ ...file, contacts: file.contacts.slice(0, 1) }, [], { folder: "People", takenPaths: new Set() }) : null;
		expect(plannedNoteText(plan?.creates[0] ?? { path: "", line: 0, fields: [] })).toContain('role: Operations manager\ndepartment: Logistics\n');
	});
});

describe("a department in the other exporters", () => {
	it("is kept from a vCard's ORG (its second part) and from Outlook's Department", () => {
		const card = readContactBytes(bytes(["BEGIN:VCARD", "VERSION:3.0", "FN:Irene Sala", "ORG:Sala Costruzioni;Ufficio tecnico", "END:VCARD"]));
		expect(card?.contacts.map((c) => [c.org, c.department])).toEqual([["Sala Costruzioni", "Ufficio tecnico"]]);
		const outlook = readContactBytes(bytes(['"First Name","Last Name","Company","Department","Job Title","E-mail Address"', '"Noah","Berg","Berg AB","Sales","Account manager","noah@berg.example"']));
		expect(outlook?.contacts.map((c) => [c.org, c.department])).toEqual([["Berg AB", "Sales"]]);
	});

	it("is kept from Google's Organization Department", () => {
		const google = readContactBytes(bytes(["First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Organization Name,Organization Title,Organization Department", "Lena,Vogt,* Work,lena@vogt.example,Vogt GmbH,Buyer,Purchasing"]));
		expect(google?.contacts.map((c) => [c.org, c.department])).toEqual([["Vogt GmbH", "Purchasing"]]);
	});
});
