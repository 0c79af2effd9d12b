import { withoutMd } from "../shared/text";

/**
 * Logseq keeps each page in a file of its `pages` folder named after the page, and writes a
 * namespaced page's `/` in the file name as it can: `pages/people___Anna Rossi.md` (its `:triple-lowbar`
 * file name format, the default since Logseq 0.8.9) or `pages/people%2FAnna Rossi.md` (its `:legacy`
 * one, percent-encoded), other characters a file name cannot hold percent-encoded in both
 * (`%3A` for `:`). That page is `people/Anna Rossi`, which its links name (`[[people/Anna Rossi]]`),
 * and its person is Anna Rossi, as in a `people` folder. The dots of Logseq's first format
 * (`people.Anna Rossi.md`, before 2022) are not read so: a dot is as often part of a name
 * (`J. R. R. Tolkien`, `Dr.Rossi`), and only the graph's settings could tell them apart.
 */

/** A file in a Logseq graph's `pages` folder (at the vault's root or in a folder inside it). */
const IN_PAGES = /(?:^|\/)pages\/[^/]+$/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** `%3A` → `:`, run by run; a run that is no UTF-8 stays as written, as Logseq leaves it. */
function percentDecoded(text: string): string {
	return text.replace(PERCENT_RUN, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});
}

/**
 * The path a note is linked by: its path without `.md`, but for a namespaced Logseq page its folder and
 * its page's name (`pages/people___Anna Rossi.md` → `pages/people/Anna Rossi`), empty namespaces
 * dropped as Logseq drops them.
 */
export function linkPathOf(path: string): string {
	const plain = withoutMd(path);
	if (!IN_PAGES.test(plain) || !(plain.includes("___") || plain.includes("%"))) return plain;
	const slash = plain.lastIndexOf("/");
	const name = percentDecoded(plain.slice(slash + 1).split("___").join("/"))
		.split("/")
		.filter((part) => part !== "")
		.join("/");
	return name === "" ? plain : `${plain.slice(0, slash + 1)}${name}`;
}
