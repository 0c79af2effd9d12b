/** A capitalised word of two letters or more: `Lucia`, `De`, `O'Neil`, `Jean-Luc`. */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
/** Two to four such words joined by underscores or by dots, one or the other: `Lucia_Moreno`, `Dario.Ferri`, `Ana_De_Luca`. */
const JOINED = new RegExp(String.raw`^${WORD}(?:(?:_${WORD}){1,3}|(?:\.${WORD}){1,3})$`, "u");

/**
 * The name a person note's file name writes with underscores or dots for spaces (`crm/contacts/Lucia_Moreno.md`, as a
 * CRM template names contacts `FirstName_LastName`; `People/Dario.Ferri.md`, as a work handle): Lucia Moreno, Dario Ferri.
 * Null for any other name: only capitalised words, so a handle or a slug of another kind (`lucia_m`, `team_leads`,
 * `J.R.R. Tolkien`) stays as it is.
 */
export function nameFromJoinedWords(title: string): string | null {
	return JOINED.test(title) ? title.replace(/[_.]/g, " ") : null;
}
