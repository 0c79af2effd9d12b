import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/** A person note's two-line `note:` (a block scalar) and a contact with another two-line note: before, the conflict spanned three lines of the preview. */
const ANNA = "---\ntype: person\nemail: anna@lumen.example\nnote: |\n  Met at the Lumen meetup\n  Likes climbing\n---\n";
const CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEMAIL:anna@lumen.example\r\nNOTE:Works at Lumen\\nMoved to Turin\r\nEND:VCARD\r\n";

describe("import preview of a conflict between two multi-line values", () => {
	it("shows the conflict on one line, each line break as ↵", async () => {
		const root = makeVault({ "People/Anna Rossi.md": ANNA });
		const vcf = join(mkdtempSync(join(tmpdir(), "rapport-vcf-")), "anna.vcf");
		writeFileSync(vcf, CARD);
		const r = await rapportInProcess("import", vcf, "--vault", root);
		expect(r.stdout).toContain('Conflicts (existing values kept) (1):\n  People/Anna Rossi.md: note is "Met at the Lumen meetup ↵ Likes climbing", the file says "Works at Lumen ↵ Moved to Turin" (line 1)\n');
	});
});
