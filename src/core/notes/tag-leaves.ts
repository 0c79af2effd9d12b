import { foldWord } from "./fold-word";

/** Leaves of a person tag under any root (`#crm/person`, `#notes/persons`): `contact` or `people` there could be a web page's or a topic's. */
const PERSON_LEAVES = new Set(["person", "persona"].map(foldWord));
/** Leaves that make a person only of a note that says something of one (`#track/people` with a `birthday`): `#topics/people` stays a topic. */
const VAGUE_PERSON_LEAVES = new Set(["people", "contact", "persone", "contatto", "contatti"].map(foldWord));
/** Leaves of a meeting tag that say too little under another root: `#history/event` is no meeting to date. */
const VAGUE_MEETING_LEAVES = new Set(["event", "conference", "evento", "conferenza"].map(foldWord));

/**
 * Parts of a tag that make its leaf a subject of the note, not its kind: `#history/meeting` on a note
 * about the Yalta conference, `#fiction/person` on a novel's character, `#books/person` on a biography
 * are about a meeting or a person of the past or of a story, not a meeting to date or someone to keep in touch with.
 */
const SUBJECT_PARTS = new Set(
	[
		"history", "historical", "storia", "storico", "geschichte", "tortenelem", "topic", "argomento", "thema", "research", "ricerca", "wiki", "reference",
		"fiction", "novel", "literature", "letteratura", "character", "personaggio", "story", "lore", "worldbuilding", "mythology", "myth",
		"book", "libro", "reading", "lettura", "film", "movie", "series", "tv", "game", "rpg", "dnd", "biography", "biografia",
		// Subjects a student or a language learner files notes under: `#grammar/person` is first or third person. Not
		// `#school/meeting` or `#study/meeting`: a parents' evening and a study group are met.
		"concept", "philosophy", "filosofia", "psychology", "psicologia", "sociology", "grammar", "grammatica", "grammatik", "linguistics",
		"vocabulary", "vocab", "vocabolario", "wortschatz",
	].map(foldWord),
);

/**
 * Parts of a tag under which `persona` is a user persona (`#ux/persona`, `#marketing/personas`, as
 * design and marketing vaults tag an archetype of their users), not an Italian `#crm/persona`.
 */
const PERSONA_PARTS = new Set(["ux", "ui", "design", "marketing", "product", "user", "buyer", "customer", "audience", "brand", "persona", "utente", "cliente"].map(foldWord));
const PERSONA = foldWord("persona");

/**
 * The folded last part of each tag with a root of its own (`#work/meeting` → `meeting`), none of whose
 * parts names a subject (`#history/meeting`); `persona` only where it is no user persona (`#ux/persona`).
 */
export function tagLeaves(tags: readonly string[]): string[] {
	const leaves: string[] = [];
	for (const tag of tags) {
		const at = tag.lastIndexOf("/");
		if (at <= 0 || at === tag.length - 1) continue;
		const parts = tag.slice(0, at).split("/").map(foldWord);
		if (parts.some((part) => SUBJECT_PARTS.has(part))) continue;
		const leaf = foldWord(tag.slice(at + 1));
		if (leaf === PERSONA && parts.some((part) => PERSONA_PARTS.has(part))) continue;
		leaves.push(leaf);
	}
	return leaves;
}

/**
 * A kind named by a tag's last part under the user's own root (`#work/meeting`, `#crm/person`), when
 * no rule matched: a person by `person` there, or by `people` or `contact` on a note that says something of a
 * person (`#track/people` with a `birthday`); a meeting by a meeting tag's word there, only when the
 * note has what a meeting has (a date, attendees, a day starting its name), so `#topics/meetings` on a
 * note about running meetings stays a plain note.
 */
export function kindByTagLeaf(leaves: readonly string[], meetingTags: Set<string>, isMeetingLike: () => boolean, isPersonLike: () => boolean = () => false): "person" | "meeting" | null {
	if (leaves.some((leaf) => PERSON_LEAVES.has(leaf))) return "person";
	if (leaves.some((leaf) => VAGUE_PERSON_LEAVES.has(leaf)) && isPersonLike()) return "person";
	if (leaves.some((leaf) => meetingTags.has(leaf) && !VAGUE_MEETING_LEAVES.has(leaf)) && isMeetingLike()) return "meeting";
	return null;
}
