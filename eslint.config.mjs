import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { builtinModules } from "node:module";
import tseslint from "typescript-eslint";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** DOM and Node globals that the Obsidian-free core must not touch. */
const forbiddenCoreGlobals = [
	...Object.keys(globals.browser).filter((name) => !(name in globals.es2021) && !["structuredClone", "queueMicrotask", "TextDecoder", "TextEncoder"].includes(name)),
	"process",
	"Buffer",
	"require",
	"module",
	"__dirname",
	"__filename",
	"global",
].map((name) => ({ name, message: "src/core/ is pure TypeScript: pass what you need in through a port." }));

/**
 * Core's pipeline: read a note → index the vault → agenda, relationships, events, contacts, graph → render → edit.
 * Each folder lists the folders it may import; anything else in core is a wrong-way import.
 */
const CORE_STEPS = {
	shared: [],
	dates: ["shared"],
	config: ["shared", "dates"],
	notes: ["shared", "dates", "config"],
	index: ["shared", "dates", "config", "notes"],
	agenda: ["shared", "dates", "config", "notes", "index"],
	relationships: ["shared", "dates", "config", "notes", "index"],
	events: ["shared", "dates", "config", "notes", "index", "relationships"],
	contacts: ["shared", "dates", "config", "notes", "index"],
	calendar: ["shared", "dates", "config", "notes", "index", "contacts"],
	graph: ["shared", "dates", "config", "notes", "index", "agenda", "relationships"],
	render: ["shared", "dates", "config", "notes", "index", "agenda", "relationships", "events", "contacts", "calendar", "graph"],
	edits: ["shared", "dates", "config", "notes"],
};

function coreImportRule(step, allowed) {
	const forbidden = Object.keys(CORE_STEPS).filter((other) => other !== step && !allowed.includes(other));
	return {
		paths: [
			{ name: "obsidian", message: "src/core/ must not import obsidian: add an adapter in src/obsidian/." },
			...nodeBuiltins.map((name) => ({ name, message: "src/core/ must not use Node built-ins: the CLI reads files and passes text in." })),
		],
		patterns: [
			{ group: ["**/obsidian/**", "**/ui/**", "**/cli/**", "**/graph-view/**"], message: "src/core/ depends on nothing outside core and i18n." },
			...(step === "render" ? [] : [{ group: ["**/i18n", "**/i18n/**"], message: `core/${step} must not produce words: return values with codes, and let core/render or the edges translate them.` }]),
			...(forbidden.length === 0 ? [] : [{ group: forbidden.flatMap((other) => [`../${other}/**`, `../../core/${other}/**`]), message: `Wrong-way import: core/${step} may import only ${allowed.length ? allowed.map((a) => `core/${a}`).join(", ") : "nothing else in core"} (the pipeline runs one way; see docs/architecture.md).` }]),
		],
	};
}

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "bench/.vault/", "examples/", "coverage/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", "bench/*.mjs", "bench/*.cjs"],
				},
			},
		},
	},
	{
		files: ["src/core/**/*.ts"],
		settings: { "import/parsers": { "@typescript-eslint/parser": [".ts"] }, "import/resolver": { node: { extensions: [".ts", ".js"] } } },
		rules: { "no-restricted-globals": ["error", ...forbiddenCoreGlobals], "import/no-cycle": ["error", { ignoreExternal: true }] },
	},
	// The pipeline, one way: each step of core may import only the steps before it (see docs/architecture.md).
	...Object.entries(CORE_STEPS).map(([step, allowed]) => ({
		files: [`src/core/${step}/**/*.ts`],
		rules: { "no-restricted-imports": ["error", coreImportRule(step, allowed)] },
	})),
	{
		// The CLI, tests, scripts and benchmarks run on Node, never inside Obsidian.
		files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.mjs", "bench/**/*.mjs", "bench/**/*.cjs", "*.mjs", "vitest.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/no-global-this": "off",
			"no-console": "off",
		},
	},
	{
		// The standalone page of `rapport graph --html` runs in a plain browser, outside Obsidian; the DOM
		// helpers it shares with the plugin make elements with the document of the parent they are given.
		files: ["src/graph-view/page.ts", "src/graph-view/dom.ts"],
		rules: { "obsidianmd/prefer-create-el": "off" },
	},
	{
		// getSettingDefinitions() is Obsidian 1.13+; Rapport supports older versions (minAppVersion in manifest.json).
		files: ["src/ui/settings-tab.ts"],
		rules: { "obsidianmd/settings-tab/prefer-setting-definitions": "off" },
	},
	{
		// gray-matter itself depends on js-yaml; the CLI gives it js-yaml's core schema so dates stay strings.
		// moment is a dev dependency only: the in-memory Obsidian of the tests provides it as Obsidian does.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml", "moment"] }] },
	},
	{
		// moment.js is the reference the daily note names are checked against (Obsidian names them with it).
		files: ["tests/core/dates/moment-format.test.ts", "tests/core/dates/week-based-daily-names.test.ts"],
		rules: { "@typescript-eslint/no-restricted-imports": "off" },
	},
	{
		// The in-memory Obsidian *is* Obsidian for the tests: it builds raw DOM, owns moment and timers,
		// and its test helpers are not in Obsidian's type definitions, which the tests are checked against.
		files: ["tests/fakes/**/*.ts", "tests/obsidian/**/*.ts", "tests/browser/**/*.ts", "bench/plugin-bench.ts", "bench/plugin-import-bench.ts", "bench/fake-obsidian.ts", "bench/graph-page-bench.ts"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-tfile-tfolder-cast": "off",
			"@typescript-eslint/no-restricted-imports": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/await-thenable": "off",
		},
	},
	{
		files: ["**/*.mjs"],
		extends: [tseslint.configs.disableTypeChecked],
	},
]);
