import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { type ExistingPerson, type ImportPlan, planImport, plannedNoteText } from "../../../src/core/contacts/plan";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";

/** An in-memory vault folder for imports: note texts by path, person notes read back as the CLI reads them. */
export class ImportVault {
	readonly notes = new Map<string, string>();

	constructor(initial: Record<string, string> = {}) {
		for (const [path, text] of Object.entries(initial)) this.notes.set(path, text);
	}

	people(): ExistingPerson[] {
		return [...this.notes].map(([path, text]) => ({ path, frontmatter: readFrontmatter(path, text).data ?? {} }));
	}

	plan(file: ContactFile): ImportPlan {
		return planImport(file, this.people(), { folder: "People", takenPaths: new Set(this.notes.keys()) });
	}

	/** Writes a plan as `import --write` does: new notes never overwrite, updates add fields. */
	apply(plan: ImportPlan): void {
		for (const note of plan.creates) if (!this.notes.has(note.path)) this.notes.set(note.path, plannedNoteText(note));
		for (const update of plan.updates) this.notes.set(update.path, addFrontmatterEntries(this.notes.get(update.path) ?? "", update.add));
	}
}
