import { parseDay } from "../dates/dates";
import { basename } from "../shared/text";

/*
 * Whether an inline field (`key:: value`) says again what the frontmatter says, as Dataview users write one value
 * twice: in other letter case (`Acme` and `ACME`), as a link (`[[Acme]]`, `[[Companies/Acme|Acme Inc.]]`,
 * `[anna@example.com](mailto:anna@example.com)`, `<mailto:anna@example.com>`), as a tag (`#friend`), in quotes,
 * bold or code, with a full stop or blanks after it, a day with its time (`2026-11-20T10:00` for `2026-11-20`), a
 * phone number spaced otherwise (`+39 333 555 0101` and `+393335550101`), one day written two ways (`2026-11-27T15:00:00.000Z`,
 * `Fri Nov 27 2026`).
 */

/** `[[target#heading|alias]]`, an embed `![[…]]` too. */
const WIKILINK = /^!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]$/;
/** `[text](address)`, the address in `<…>` or not, with a title after it or not. */
const MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)$/;
/** `<https://…>`, `<mailto:…>`: an autolink. */
const AUTOLINK = /^<([^<>\s]+)>$/;
/** Marks a value is wrapped in: quotes, bold, italics, code. */
const WRAPPERS = ["**", "__", '"', "'", "`", "*", "_"];
/** A day alone, `2026-11-20`. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A phone number as people space it: digits, blanks, `+`, `-`, `.`, `/`, parentheses. */
const PHONE = /^\+?[\d\s().\-/]+$/;

/** The value without one pair of the marks around it, as often as they are there (`"**Acme**"`). */
function unwrapped(value: string): string {
	let v = value.trim();
	for (let again = true; again; ) {
		again = false;
		for (const mark of WRAPPERS) {
			if (v.length > 2 * mark.length && v.startsWith(mark) && v.endsWith(mark)) {
				v = v.slice(mark.length, -mark.length).trim();
				again = true;
			}
		}
	}
	return v;
}

/** A link's address as it reads: `mailto:` and `tel:` left off, a note's name for a path to a note. */
function address(target: string): string {
	const plain = target.replace(/^(?:mailto|tel):/i, "");
	return /\.md$/i.test(plain) ? basename(decodeURIComponentSafe(plain)) : plain;
}

function decodeURIComponentSafe(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** One written item's readings (see `readingsOf`), and the address it links to when it is a Markdown link. */
interface Readings {
	readings: string[];
	address: string | null;
}

/**
 * What one written item can be read as: its text; a wikilink's note name (not its alias: `[[Acme Labs|Acme]]` is Acme
 * Labs); a Markdown link's text and address (two links are one value only by their addresses: `[Work](mailto:…)` may
 * name two mailboxes).
 */
function readingsOf(item: string): Readings {
	const v = unwrapped(item).replace(/[\s.]+$/, "");
	const wiki = WIKILINK.exec(v);
	if (wiki) return { readings: [basename((wiki[1] ?? "").trim())], address: null };
	const link = MARKDOWN_LINK.exec(v);
	if (link) return { readings: [link[1] ?? "", address(link[2] ?? "")], address: address(link[2] ?? "") };
	const auto = AUTOLINK.exec(v);
	if (auto) return { readings: [address(auto[1] ?? "")], address: null };
	if (/^(?:mailto|tel):/i.test(v)) return { readings: [address(v)], address: null };
	return { readings: [v.replace(/^#(?=\S)/, "")], address: null };
}

/** A reading folded for comparing: letter case, runs of blanks and a closing full stop do not count; a phone number is its digits. */
function folded(reading: string): string {
	const v = reading.normalize("NFC").trim().replace(/\s+/g, " ").replace(/\.$/, "").toLowerCase();
	const digits = v.replace(/\D/g, "");
	return PHONE.test(v) && digits.length >= 6 && !DAY.test(v) ? `${v.startsWith("+") ? "+" : ""}${digits}` : v;
}

/** An item's folded readings, empty ones left out, and its link's folded address. */
interface Keys {
	keys: string[];
	address: string | null;
}

function keysOf(item: string): Keys {
	const { readings, address: linked } = readingsOf(item);
	return { keys: readings.map(folded).filter((k) => k !== ""), address: linked === null ? null : folded(linked) };
}

/** Whether two folded readings say one thing: alike, or a day and a time on that day (`2026-11-20`, `2026-11-20T10:00`). */
function sameReading(a: string, b: string): boolean {
	if (a === b) return true;
	const [day, other] = a.length < b.length ? [a, b] : [b, a];
	return DAY.test(day) && other.startsWith(day) && /^[t ]\d/.test(other.slice(day.length));
}

/** Whether two items as written are days Rapport reads (a year in each), and the same one. */
function sameDay(a: string, b: string): boolean {
	if (!/\d{4}/.test(a) || !/\d{4}/.test(b)) return false;
	const day = parseDay(unwrapped(a));
	return day !== null && day === parseDay(unwrapped(b));
}

/** Whether two items' folded readings share one (see the top of this file); two links, their addresses. */
function sameKeys(a: Keys, b: Keys): boolean {
	if (a.address !== null && b.address !== null) return sameReading(a.address, b.address);
	return a.keys.some((ka) => b.keys.some((kb) => sameReading(ka, kb)));
}

/** A value's items as text: a list's, each one whole or (`split`) between commas. */
function valuesOf(value: unknown, split: boolean): string[] {
	if (Array.isArray(value)) return value.flatMap((item: unknown) => valuesOf(item, split));
	if (typeof value === "number" || typeof value === "boolean") return [String(value)];
	if (typeof value !== "string") return [JSON.stringify(value)];
	return split ? value.split(",") : [value];
}

/**
 * Whether an inline field's value (`Marco`, `30`, `ANNA@Example.com`), or each of its values between commas
 * (`Marco, Luca`), is one of the frontmatter's (`[Marco, Luca]`, `30`, `anna@example.com`), as one reads
 * them (see the top of this file); `Acme` is not one of `Acme, Inc.`.
 */
export function amongValues(kept: unknown, inline: string): boolean {
	const keptItems = valuesOf(kept, false);
	const keptKeys = keptItems.map(keysOf);
	const isKept = (item: string): boolean => {
		const keys = keysOf(item);
		// One day written two ways, as a sync tool writes the property and a line under the title.
		return keptKeys.some((k) => sameKeys(k, keys)) || keptItems.some((k) => sameDay(k, item));
	};
	return isKept(inline) || valuesOf(inline, true).filter((v) => v.trim() !== "").every(isKept);
}
