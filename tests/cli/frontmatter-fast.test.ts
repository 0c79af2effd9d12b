import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSimpleFrontmatter } from "../../src/cli/frontmatter-fast";
import { readFrontmatter, readFrontmatterFull } from "../../src/cli/safe-frontmatter";

const word = fc.constantFrom("Anna", "Rossi", "data science", "jazz", "work", "Müller", "Zoë 🎷", "a#b", "R&D", "x: y", "a,b", "[[Anna Rossi]]", "it's", 'say "hi"', "C:\\path", "#tag", "- dash", "*star", "&amp", "!tag", "%p", "@me", "`tick`", "?q", "|", ">", "{a}", "");
const special = fc.constantFrom("null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "FALSE", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", ".nan", "0", "-0", "+5", "012", "0x1F", "0o17", "0b101", "1_000", "1e3", "1.5", ".5", "-7", "123456789012345678", "2026-11-02", "2026-11-02T10:00", "2026-11-02T10:00:30", "2026-11-02T10:0", "2026-11-02T10:00Z", "2026-11-02t10:00", "10:30", "1:2:3", "2026-1-2", "=", "<<", "2w", "6W", "14d", "3mo", "1y", "12weeks", "2e", "2E", "3e5", "2x", "0x", "2b", "0b1", "2o", "0o7", "2w3", "2w-", "2_w", "1d.5");
const scalarText = fc.oneof(word, special, fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 }));
const quoted = scalarText.chain((s) => fc.constantFrom(`"${s}"`, `'${s}'`, s));
const flow = fc.array(quoted, { maxLength: 4 }).chain((items) => fc.constantFrom(`[${items.join(", ")}]`, `[${items.join(",")}]`, `[ ${items.join(" , ")} ]`, `[${items.join(", ")},]`));
const blockList = fc.tuple(fc.array(quoted, { minLength: 1, maxLength: 3 }), fc.constantFrom("", "  ", "    ")).map(([items, indent]) => items.map((i) => `\n${indent}- ${i}`).join(""));
const key = fc.oneof(fc.constantFrom("type", "date", "attendees", "aliases", "birthday", "cadence", "circle", "org", "tags", "__proto__", "constructor", "true", "null", "a-b", "my_key", "2x", "ключ"), fc.string({ maxLength: 6 }));
const entry = fc.oneof(
	fc.tuple(key, quoted).map(([k, v]) => `${k}: ${v}`),
	fc.tuple(key, flow).map(([k, v]) => `${k}: ${v}`),
	fc.tuple(key, blockList).map(([k, v]) => `${k}:${v}`),
	fc.tuple(key, fc.constantFrom("", " ", "  ")).map(([k, v]) => `${k}:${v}`),
	fc.constantFrom("", "# a comment", "  indented: x", "\t- tab", "key:value", "  continued line", "- stray"),
);
const eol = fc.constantFrom("\n", "\r\n");
const frontmatterText = fc.tuple(fc.array(entry, { maxLength: 8 }), eol, fc.constantFrom("---", "--- ", "---\n", "----", "---x"), fc.constantFrom("", "\uFEFF")).map(
	([entries, nl, close, bom]) => `${bom}---${nl}${entries.join(nl)}${nl}${close}${nl}# Body${nl}`,
);

function blockOf(text: string): string {
	const content = text.replace(/^\uFEFF/, "");
	const rest = content.slice(3);
	const close = rest.indexOf("\n---");
	return close < 0 ? rest : rest.slice(0, close);
}

describe("the frontmatter fast path", () => {
	it("gives exactly what gray-matter and js-yaml give, on every frontmatter it accepts", () => {
		let accepted = 0;
		fc.assert(
			fc.property(frontmatterText, (text) => {
				if (readSimpleFrontmatter(blockOf(text)) !== null) accepted++;
				expect(readFrontmatter("N.md", text)).toEqual(readFrontmatterFull("N.md", text));
			}),
			{ numRuns: 4000 },
		);
		// The generator must exercise the fast path, not only the fallback.
		expect(accepted).toBeGreaterThan(400);
	});

	it("gives what the full parser gives on arbitrary text too", () => {
		const any = fc.array(fc.oneof(fc.string(), fc.constantFrom("---\n", "---\r\n", "\n---", "a: [b, c]\n", "- x\n", "k:\n", "  - y\n", '"q"', "\uFEFF")), { maxLength: 12 }).map((p) => p.join(""));
		fc.assert(
			fc.property(any, (text) => {
				expect(readFrontmatter("N.md", text)).toEqual(readFrontmatterFull("N.md", text));
			}),
			{ numRuns: 3000 },
		);
	});

	it("reads the frontmatter the bench vault and templates write", () => {
		const text = '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"]\ntags:\n  - work\n  - coffee\nclosed:\n---\n# Coffee\n';
		expect(readSimpleFrontmatter(blockOf(text))).toEqual({ type: "meeting", date: "2026-11-02", attendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"], tags: ["work", "coffee"], closed: null });
		expect(readFrontmatter("M.md", text)).toEqual(readFrontmatterFull("M.md", text));
	});

	it("reads a meeting note the calendar import wrote (a date with its time, a calendar_uid) without the full parser", () => {
		const text = '---\ntype: meeting\ndate: 2026-11-05T14:30\nattendees:\n  - "[[Anna Rossi]]"\ncalendar_uid: kq2m0@google.com#20261105T133000Z\n---\n\n## Notes\n';
		expect(readSimpleFrontmatter(blockOf(text))).toEqual({ type: "meeting", date: "2026-11-05T14:30", attendees: ["[[Anna Rossi]]"], calendar_uid: "kq2m0@google.com#20261105T133000Z" });
		expect(readFrontmatter("M.md", text)).toEqual(readFrontmatterFull("M.md", text));
	});

	it("reads a person's cadence (`2w`, `14d`) without the full parser, as a string", () => {
		const text = "---\ntype: person\ncadence: 2w\nreview: 14d\n---\n# Anna\n";
		expect(readSimpleFrontmatter(blockOf(text))).toEqual({ type: "person", cadence: "2w", review: "14d" });
		expect(readFrontmatter("P.md", text)).toEqual(readFrontmatterFull("P.md", text));
	});

	it("leaves values that YAML may read as numbers (`1e3`, `0x1F`, `0b1`) to the full parser", () => {
		for (const value of ["1e3", "0x1F", "0b1", "0o7", "-.inf"]) expect(readSimpleFrontmatter(`\nk: ${value}`)).toBeNull();
	});

	it("still refuses ---js front matter, which it never takes", () => {
		const text = "---js\n{ type: 'person' }\n---\n";
		expect(readFrontmatter("P.md", text).problems.map((p) => p.code)).toEqual(["js-frontmatter"]);
	});

	it("reads a Windows (CRLF) note whose value holds ' &', which the full parser once refused as bad YAML", () => {
		const text = '---\r\ntype: person\r\norg: "Tom &Jerry"\r\ntags: [" &", work]\r\n---\r\n# Body\r\n';
		for (const read of [readFrontmatter, readFrontmatterFull]) {
			expect(read("P.md", text)).toEqual({ data: { type: "person", org: "Tom &Jerry", tags: [" &", "work"] }, problems: [] });
		}
	});

	it("keeps anchors and aliases working in a CRLF note", () => {
		const text = "---\r\na: &a [x, y]\r\nb: *a\r\n---\r\n";
		expect(readFrontmatter("P.md", text).data).toEqual({ a: ["x", "y"], b: ["x", "y"] });
	});

	it("leaves anchors and aliases to the full parser, which bounds them", () => {
		const text = "---\na: &a [x, y]\nb: *a\n---\n";
		expect(readSimpleFrontmatter(blockOf(text))).toBeNull();
		expect(readFrontmatter("P.md", text).data).toEqual({ a: ["x", "y"], b: ["x", "y"] });
	});
});
