import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";

/** A vCard 3.0 card as phones and Google Contacts export it: FN, N, then the fields given. */
export const card = (fn: string, n: string, ...lines: string[]): string => ["BEGIN:VCARD", "VERSION:3.0", `FN:${fn}`, `N:${n}`, ...lines, "END:VCARD", ""].join("\r\n");

/** A person note already in the vault, with its properties. */
export const note = (path: string, frontmatter: Record<string, unknown>): ExistingPerson => ({ path, frontmatter: { type: "person", ...frontmatter } });

/** What importing the contacts file `vcf` into a vault of `existing` people would do (into `People/`). */
export function plan(vcf: string, existing: ExistingPerson[]) {
	const file = readContacts(vcf);
	if (!file) throw new Error("not read as contacts");
	return planImport(file, existing, { folder: "People", takenPaths: new Set(existing.map((e) => e.path)) });
}
