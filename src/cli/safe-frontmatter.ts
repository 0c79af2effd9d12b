import matter from "gray-matter";
import yaml from "js-yaml";
import { type Problem, problem } from "../core/shared/problems";

/** What the CLI reads from a note's frontmatter: data, or a problem, never an exception. */
export interface FrontmatterRead {
	data: Record<string, unknown> | null;
	problems: Problem[];
}

class RefusedEngineError extends Error {}

function refuse(): never {
	throw new RefusedEngineError("JavaScript front matter is never run");
}

/**
 * gray-matter, configured safely: YAML through js-yaml's core schema (dates stay plain strings, no
 * custom types), and the `js`/`javascript`/`coffee` engines replaced so `---js` front matter is never run.
 */
const OPTIONS = {
	language: "yaml",
	engines: {
		yaml: { parse: (text: string): object => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) },
		js: { parse: refuse },
		javascript: { parse: refuse },
		coffee: { parse: refuse },
		coffeescript: { parse: refuse },
		cson: { parse: refuse },
	},
};

const parseMatter = matter as unknown as (text: string, options: typeof OPTIONS) => { data: unknown };

export function readFrontmatter(path: string, text: string): FrontmatterRead {
	const content = text.replace(/^\uFEFF/, "");
	if (!content.startsWith("---")) return { data: null, problems: [] };
	try {
		const data: unknown = parseMatter(content, OPTIONS).data;
		if (typeof data !== "object" || data === null || Array.isArray(data)) {
			return { data: null, problems: [problem(path, 0, "frontmatter-not-a-map")] };
		}
		return { data: data as Record<string, unknown>, problems: [] };
	} catch (error) {
		if (error instanceof RefusedEngineError) {
			return { data: null, problems: [problem(path, 0, "js-frontmatter")] };
		}
		const mark = (error as { mark?: { line?: number } }).mark;
		// gray-matter hands js-yaml the text right after the opening `---`, newline included, so the
		// parser's 0-based line is already the note's line.
		const line = typeof mark?.line === "number" ? mark.line : 0;
		const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message.split("\n")[0] : "unreadable");
		return { data: null, problems: [problem(path, line, "bad-yaml", { reason: reason ?? "" })] };
	}
}
