import { type Contact, fullName, withSuffix } from "./contact";
import { generationsOf } from "./names";

/*
 * A vCard's `N` gives the name's suffix apart, as its fifth part (`N:Bianchi;Marco;;;Jr.`), and some exporters leave it
 * out of `FN` (`FN:Marco Bianchi`) or write no `FN` at all (vCard 2.1). A generation so given (`Jr.`, `Sr.`, `III`)
 * still tells the son from his father `Marco Bianchi`: the card's name is written with it.
 */

/**
 * Writes the generation that the suffix of the card's `N` (`suffix`, its fifth part as written) gives into the card's
 * name when the name gives none of it: `Marco Bianchi` with `Jr.` is `Marco Bianchi Jr.`. A degree (`PhD`) is left out.
 */
export function withGenerationOfN(c: Contact, suffix: string): void {
	const generation = suffix.split(",").map((w) => w.trim()).find((w) => generationsOf(`x ${w}`).length > 0);
	if (generation === undefined) return;
	const name = c.name.trim() || fullName(c.firstName, "", c.lastName);
	const given = generationsOf(`x ${generation}`);
	if (name === "" || generationsOf(name).some((g) => given.includes(g))) return;
	c.name = withSuffix(name, generation);
}
