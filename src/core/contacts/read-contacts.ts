import type { ContactFile } from "./contact";
import { isGoogleCsv, readGoogle } from "./csv-google";
import { isOutlookCsv, readOutlook } from "./csv-outlook";
import { isSalesforceCsv, readSalesforce } from "./csv-salesforce";
import { isLinkedInCsv, readLinkedIn } from "./csv-sources";
import { isSpreadsheetCsv, readSpreadsheet } from "./csv-spreadsheet";
import { isThunderbirdCsv, readThunderbird } from "./csv-thunderbird";
import { isYahooCsv, readYahoo } from "./csv-yahoo";
import { isZohoCsv, readZoho } from "./csv-zoho";
import { bytesAsBinaryText, decodeWholeFile, inUnknownCodePage, isUtf8, unicodeEncodingOf } from "./decode";
import { isVCard, readVCards } from "./vcard";

/** Reads an export whatever it is, told apart by its content: vCards, LinkedIn's Connections.csv, a Thunderbird, a Yahoo, an Outlook, a Salesforce, a Zoho CRM or a Google Contacts CSV;
 * last, any table of people (HubSpot's export, a spreadsheet made by hand, a Notion database). */
export function readContacts(text: string): ContactFile | null {
	if (isVCard(text)) return readVCards(text);
	if (isLinkedInCsv(text)) return readLinkedIn(text);
	if (isThunderbirdCsv(text)) return readThunderbird(text);
	if (isYahooCsv(text)) return readYahoo(text);
	if (isOutlookCsv(text)) return readOutlook(text);
	if (isSalesforceCsv(text)) return readSalesforce(text);
	if (isZohoCsv(text)) return readZoho(text);
	if (isGoogleCsv(text)) return readGoogle(text);
	if (isSpreadsheetCsv(text)) return readSpreadsheet(text);
	return null;
}

/**
 * Reads an export from its bytes, as exporters write them: UTF-8 (with or without BOM), UTF-16 with
 * a byte-order mark (Outlook), or a legacy code page. A vCard file that is not UTF-8 is read byte by
 * byte and each value decoded in its own `CHARSET` (Latin-1, Windows-1252, Shift_JIS, …); a CSV
 * that is not UTF-8 is read in the Windows code page it is written in, Windows-1252 or Shift_JIS.
 * Null when the file is no contacts export, or is in a code page that cannot be told
 * (`inUnknownCodePage`): nothing is read rather than garbled names.
 */
export function readContactBytes(bytes: Uint8Array): ContactFile | null {
	if (unicodeEncodingOf(bytes) === null && !isUtf8(bytes)) {
		const binary = bytesAsBinaryText(bytes);
		if (isVCard(binary)) return readVCards(binary, true);
		if (inUnknownCodePage(bytes)) return null;
	}
	return readContacts(decodeWholeFile(bytes));
}
