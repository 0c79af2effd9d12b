import { type Contact, fullName, withSuffix } from "./contact";
import { generationsOf } from "./names";

/*
 * Exports give a name's suffix apart: a vCard's `N` as its fifth part (`N:Bianchi;Marco;;;Jr.`), Google's CSV in
 * `Name Suffix`. Some leave it out of the name they show (`FN:Marco Bianchi`, Google's `Name` column) or show none (a
 * vCard 2.1 card with no `FN`). A generation so given (`Jr.`, `Sr.`, `III`) still tells the son from his father
 * `Marco Bianchi`: the card's name is written with it.
 */

/**
 * Writes the generation that a card's suffix (`suffix`, as written; several are separated by commas) gives into the
 * card's name when the name gives none of it: `Marco Bianchi` with `Jr.` is `Marco Bianchi Jr.`. A degree (`PhD`) is
 * left out.
 */
export function withGenerationOfSuffix(c: Contact, suffix: string): void {
	const generation = suffix.split(",").map((w) => w.trim()).find((w) => generationsOf(`x ${w}`).length > 0);
	if (generation === undefined) return;
	const name = c.name.trim() || fullName(c.firstName, "", c.lastName);
	const given = generationsOf(`x ${generation}`);
	if (name === "" || generationsOf(name).some((g) => given.includes(g))) return;
	c.name = withSuffix(name, generation);
}
