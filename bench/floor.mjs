// The floor for the CLI benchmark: a Node process that lists the vault, reads every note and splits
// off its frontmatter, nothing else. `node bench/floor.mjs VAULT`
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
let notes = 0;
let chars = 0;
const walk = (dir) => {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (entry.name.endsWith(".md")) {
			const text = readFileSync(path, "utf8");
			const end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
			chars += end >= 0 ? text.slice(4, end).length : 0;
			notes++;
		}
	}
};
walk(root);
process.stdout.write(JSON.stringify({ notes, chars }) + "\n");
