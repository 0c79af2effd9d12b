// Generates (or reuses) a seeded bench vault and prints its folder: `node bench/make-vault.mjs --people N --meetings N`.
import { benchGenerator, benchSpec, vaultRoot } from "./bench-vault.mjs";

const { spec, stress } = benchSpec();
const { generateVault } = await benchGenerator();
const root = vaultRoot(spec, stress);
generateVault(root, spec);
process.stdout.write(root + "\n");
