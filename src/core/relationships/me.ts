import type { VaultIndex } from "../index/vault-index";

/** The user's own person note from the `me` setting (a path or a note name), or null. */
export function resolveMe(index: VaultIndex, me: string): string | null {
	const value = me.trim();
	if (value === "") return null;
	if (index.person(value)) return value;
	if (index.person(`${value}.md`)) return `${value}.md`;
	const found = index.resolve({ target: value.replace(/^\[\[|\]\]$/g, ""), link: true, line: 0 }, "");
	return found && index.person(found) ? found : null;
}
