import { MASK } from "./links";

/*
 * Dataview inline fields that say who does a task: `- [ ] Send the deck [owner:: @Max]`,
 * `[assignee:: Max Bianchi]`, `(who:: @Anna, @Zoe)`, Italian `[responsabile:: @Max]`. A link in one
 * (`[owner:: [[Max]]]`) is the task's link, read as any other.
 */

/** The keys of owner fields, lower case. */
const OWNER_KEYS: ReadonlySet<string> = new Set(["owner", "owners", "assignee", "assignees", "who", "responsabile"]);

export function isOwnerKey(key: string): boolean {
	return OWNER_KEYS.has(key.toLowerCase());
}

/**
 * The people owner fields' values name, as `@` names a task's text would (`Max Bianchi, @Anna` →
 * `@Max Bianchi, @Anna`); null when they name nobody. `values` come from the task's text with links and
 * inline code masked: such a part names nobody here. A part with an `@` already is kept as written, so an
 * address (`max@example.com`) stays an address.
 */
export function ownerFieldNames(values: readonly string[]): string | null {
	const names: string[] = [];
	for (const value of values) {
		for (const part of value.split(/[,;]/)) {
			const name = part.trim();
			if (name === "" || name.includes(MASK)) continue;
			names.push(name.includes("@") ? name : `@${name}`);
		}
	}
	return names.length === 0 ? null : names.join(", ");
}
