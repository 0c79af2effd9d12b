/** A link as written in a note: `[[target|alias]]`, `[text](target.md)` or `![[embed]]`. */
export interface RawLink {
	/** The target without `#heading`, `^block`, or `.md`, as written (path or name). */
	target: string;
	embed: boolean;
	/** Markdown links may be relative to the note's folder. */
	markdown: boolean;
}

const WIKI = /(!?)\[\[([^\]\n]+?)\]\]/g;
const MARKDOWN = /(!?)\[([^\]\n]*)\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function cleanTarget(target: string): string {
	let t = target.trim();
	const hash = t.indexOf("#");
	if (hash >= 0) t = t.slice(0, hash);
	const caret = t.indexOf("^");
	if (caret >= 0) t = t.slice(0, caret);
	t = t.trim();
	if (t.toLowerCase().endsWith(".md")) t = t.slice(0, -3);
	return t;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Every link to a note in `text` (links to images, URLs and same-note headings are left out). */
export function extractLinks(text: string): RawLink[] {
	const wiki = text.includes("[[");
	const markdown = text.includes("](");
	if (!wiki && !markdown) return [];
	const out: RawLink[] = [];
	if (wiki) for (const m of text.matchAll(WIKI)) {
		const inner = m[2] ?? "";
		const pipe = inner.indexOf("|");
		const target = cleanTarget(pipe >= 0 ? inner.slice(0, pipe) : inner);
		if (target !== "" && !hasNonNoteExtension(target)) out.push({ target, embed: m[1] === "!", markdown: false });
	}
	if (markdown) for (const m of text.matchAll(MARKDOWN)) {
		let url = m[3] ?? "";
		if (url.startsWith("<")) url = url.slice(1, -1);
		if (SCHEME.test(url)) continue;
		const target = cleanTarget(decode(url));
		if (target !== "" && !hasNonNoteExtension(target)) out.push({ target, embed: m[1] === "!", markdown: true });
	}
	return out;
}

function hasNonNoteExtension(target: string): boolean {
	const name = target.slice(target.lastIndexOf("/") + 1);
	return /\.(png|jpe?g|gif|svg|webp|pdf|mp3|mp4|webm|wav|m4a|canvas|base|excalidraw|csv|json|txt|docx?|xlsx?|pptx?|zip)$/i.test(name);
}

/** Removes `inline code` so that links and tags inside it are not read. */
export function stripInlineCode(text: string): string {
	return text.includes("`") ? text.replace(/(`+)[^`]*?\1/g, " ") : text;
}
