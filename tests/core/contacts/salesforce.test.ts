import { describe, expect, it } from "vitest";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";
import { sourceName } from "../../../src/core/render/import-plan";
import { translator } from "../../../src/i18n";

/*
 * Salesforce's contacts come out two ways: a report exported as CSV ("Details only"), its columns the
 * fields' labels, dates in the exporting user's locale; and Data Loader's or the weekly Data Export's
 * Contact.csv, its columns the fields' API names (Data Loader writes them in capitals), dates ISO.
 * Both share labels with Zoho CRM (First Name, Account Name, Email) and used to be read as Zoho's.
 */
const bytes = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join("\r\n") + "\r\n");

const REPORT_HEADER =
	'"Contact Owner","Salutation","First Name","Last Name","Title","Account Name","Mailing Street","Mailing City","Mailing State/Province","Mailing Zip/Postal Code","Mailing Country","Phone","Fax","Mobile","Email","Fax Opt Out","Birthdate","Description","Contact ID"';
const report = readContactBytes(
	bytes([
		REPORT_HEADER,
		'"Dana Whitfield","Ms.","Corinne","Abara","VP Procurement","Halvard Freight Inc.","410 Dock Rd","Tacoma","WA","98421","United States","(253) 555-0140","(253) 555-0141","(253) 555-0142","corinne@halvard.example","0","5/14/1979","Prefers calls after 3pm.","0035g00000AbCdE"',
		'"Dana Whitfield","Mr.","Tomasz","Wrona","Buyer","Halvard Freight Inc.","","","","","","(253) 555-0143","","","tomasz@halvard.example","1","4/7/1985","","0035g00000AbCdF"',
	]),
);

describe("a Salesforce report of contacts", () => {
	it("is read as Salesforce's, not Zoho CRM's", () => {
		expect(report?.source).toBe("salesforce");
	});

	it("reads the names, the account as the organisation, title, email, mobile first, fax, birthday and description", () => {
		expect(report?.contacts[0]).toMatchObject({
			name: "Corinne Abara",
			org: "Halvard Freight Inc.",
			role: "VP Procurement",
			emails: ["corinne@halvard.example"],
			phones: ["(253) 555-0142", "(253) 555-0140"],
			faxes: ["(253) 555-0141"],
			birthday: "1979-05-14",
			note: "Prefers calls after 3pm.",
		});
	});

	it("reads a birthday whose day could be the month as the column's other dates write it (month first here)", () => {
		expect(report?.contacts[1]?.birthday).toBe("1985-04-07");
		expect(report?.problems).toEqual([]);
	});

	it("reports a birthday that could be two days when nothing in the file tells which, and keeps the contact", () => {
		const file = readContactBytes(bytes([REPORT_HEADER, '"Dana Whitfield","Mr.","Tomasz","Wrona","Buyer","Halvard Freight Inc.","","","","","","","","","tomasz@halvard.example","0","4/7/1985","",""']));
		expect(file?.contacts.map((c) => [c.name, c.birthday])).toEqual([["Tomasz Wrona", null]]);
		expect(file?.problems).toEqual([{ line: 2, code: "badDate", params: { field: "Birthdate", value: "4/7/1985" } }]);
	});

	it("reads a report saved with semicolons day first, as Europe writes dates", () => {
		const file = readContactBytes(bytes(["Contact Owner;First Name;Last Name;Account Name;Email;Birthdate;Fax Opt Out", "Luca Berti;Sara;Monti;Monti Srl;sara@monti.example;04/07/1985;0"]));
		expect(file?.source).toBe("salesforce");
		expect(file?.contacts.map((c) => c.birthday)).toEqual(["1985-07-04"]);
	});

	it("is named Salesforce in the preview, in English and in Italian", () => {
		expect(report ? [sourceName(translator("en"), report.source), sourceName(translator("it"), report.source)] : []).toEqual(["Salesforce contacts CSV", "CSV dei contatti di Salesforce"]);
	});
});

describe("a Salesforce Contact.csv with the fields' API names", () => {
	it("is read as Salesforce's: names, email, mobile first, title, department, ISO birthday, description", () => {
		const file = readContactBytes(
			bytes([
				'"ID","ACCOUNTID","LASTNAME","FIRSTNAME","SALUTATION","NAME","PHONE","MOBILEPHONE","EMAIL","TITLE","DEPARTMENT","BIRTHDATE","DESCRIPTION","OWNERID","CREATEDDATE"',
				'"0035g00000XyZaA","0015g00000QrStU","Ikeda","Ren","Mr.","Ren Ikeda","+81 3-5555-0170","+81 90-5555-0171","ren@ikeda.example","Engineer","R&D","1990-02-11","Met at the Osaka expo.","0055g00000LmNoP","2026-03-01T09:00:00.000Z"',
			]),
		);
		expect(file?.source).toBe("salesforce");
		expect(file?.contacts).toMatchObject([{ name: "Ren Ikeda", emails: ["ren@ikeda.example"], phones: ["+81 90-5555-0171", "+81 3-5555-0170"], role: "Engineer", department: "R&D", birthday: "1990-02-11", note: "Met at the Osaka expo.", org: null }]);
		expect(file?.problems).toEqual([]);
	});

	it("is told from a Zoho CRM export, which stays Zoho's", () => {
		const zoho = readContactBytes(bytes(['"Record Id","Contact Owner","First Name","Last Name","Account Name","Email","Title","Mobile","Date of Birth","Tag"', '"zcrm_1","Marta Bellini","Giorgio","Fabbri","Fabbri Srl","giorgio@fabbri.example","CEO","+39 340 555 0303","1979-05-14","Supplier"']));
		expect(zoho?.source).toBe("zoho");
	});
});
