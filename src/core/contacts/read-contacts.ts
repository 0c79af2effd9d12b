import type { ContactFile } from "./contact";
import { isGoogleCsv, isLinkedInCsv, readGoogle, readLinkedIn } from "./csv-sources";
import { isVCard, readVCards } from "./vcard";

/** Reads an export whatever it is, told apart by its content: vCards, LinkedIn's Connections.csv, or a Google Contacts CSV. */
export function readContacts(text: string): ContactFile | null {
	if (isVCard(text)) return readVCards(text);
	if (isLinkedInCsv(text)) return readLinkedIn(text);
	if (isGoogleCsv(text)) return readGoogle(text);
	return null;
}
