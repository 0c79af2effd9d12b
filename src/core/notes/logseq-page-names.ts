import { basename, folderOf, withoutMd } from "../shared/text";

/**
 * Logseq keeps each page in a file of its `pages` folder named after the page, and writes a
 * namespaced page's `/` in the file name as it can: `pages/people___Anna Rossi.md` (its `:triple-lowbar`
 * file name format, the default since Logseq 0.8.9) or `pages/people%2FAnna Rossi.md` (its `:legacy`
 * one, percent-encoded), other characters a file name cannot hold percent-encoded in both
 * (`%3A` for `:`). That page is `people/Anna Rossi`, which its links name (`[[people/Anna Rossi]]`),
 * and its person is Anna Rossi, as in a `people` folder. Logseq's first format (before May 2022) wrote a `/` as a dot
 * (`people.Anna Rossi.md`), and Logseq reads every dot of a file name so in a graph whose `logseq/config.edn` says no
 * `:file/name-format :triple-lowbar` (its `:legacy` graphs: `legacy-title-parsing` in its graph parser). A dot is as
 * often part of a name (`J. R. R. Tolkien`, `Dr.Rossi`): dots are read so only in such a graph (`dottedPageName`).
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
 * The page name of a file of a `:legacy` Logseq graph's `pages` folder written with dots for its namespaces
 * (`pages/people.Anna Rossi.md` → `people/Anna Rossi`) when the graph is at one of `legacyGraphs` (folders, "" for the
 * vault's root); else null. A dot beside a space (`J. R. R. Tolkien`) or at an end (`Anna R.`) is no namespace's: a name
 * Logseq would split there is one it wrote with a `title::` of its own.
 */
export function dottedPageName(path: string, legacyGraphs: readonly string[]): string | null {
	if (legacyGraphs.length === 0 || !path.toLowerCase().endsWith(".md")) return null;
	const folder = folderOf(path);
	if (!legacyGraphs.some((g) => folder === (g === "" ? "pages" : `${g}/pages`))) return null;
	const name = basename(path);
	if (!name.includes(".")) return null;
	const parts = name.split(".");
	if (parts.some((part) => part === "" || part.trim() !== part)) return null;
	return percentDecoded(parts.join("/"));
}

/**
 * The path a note is linked by: its path without `.md`, but for a namespaced Logseq page its folder and
 * its page's name (`pages/people___Anna Rossi.md` → `pages/people/Anna Rossi`), empty namespaces
 * dropped as Logseq drops them. `title`, the note's title: a page named with dots (see `dottedPageName`)
 * whose title is its last name is `pages/people/Anna Rossi` too.
 */
export function linkPathOf(path: string, title?: string): string {
	const plain = withoutMd(path);
	if (title !== undefined && IN_PAGES.test(plain)) {
		const name = plain.slice(plain.lastIndexOf("/") + 1);
		if (name.includes(".") && name !== title) {
			const dotted = percentDecoded(name.split(".").join("/"));
			if (dotted.endsWith("/" + title)) return `${plain.slice(0, plain.lastIndexOf("/") + 1)}${dotted}`;
		}
	}
	if (!IN_PAGES.test(plain) || !(plain.includes("___") || plain.includes("%"))) return plain;
	const slash = plain.lastIndexOf("/");
	const name = percentDecoded(plain.slice(slash + 1).split("___").join("/"))
		.split("/")
		.filter((part) => part !== "")
		.join("/");
	return name === "" ? plain : `${plain.slice(0, slash + 1)}${name}`;
}
