import type { MessageKey } from "../../i18n";
import { type UneditableReason, uneditableProperties } from "../contacts/yaml-lite";

/** A message not yet in words: its catalog key and what fills it in; the plugin says it, the CLI throws it. */
export interface Refusal {
	key: MessageKey;
	vars: Readonly<Record<string, string>>;
}

const TEMPLATE_REFUSED: Readonly<Record<UneditableReason, MessageKey>> = { unclosed: "notice.templateUnclosed", text: "notice.templateText", "unread-keys": "notice.templateKeysNotRead", "repeated-key": "notice.templateRepeatedKey" };
const MEETING_LEFT: Readonly<Record<UneditableReason, MessageKey>> = { unclosed: "calendar.frontmatterUnclosed", text: "calendar.frontmatterIsText", "unread-keys": "calendar.keysNotRead", "repeated-key": "calendar.repeatedKey" };
const PERSON_LEFT: Readonly<Record<UneditableReason, MessageKey>> = { unclosed: "contacts.cli.frontmatterUnclosed", text: "contacts.cli.frontmatterIsText", "unread-keys": "contacts.cli.keysNotRead", "repeated-key": "contacts.cli.repeatedKey" };

/** The keys of a plan's entries, as the messages name them: `email, phone`. */
export function fieldNames(entries: readonly (readonly [string, unknown])[]): string {
	return entries.map(([key]) => key).join(", ");
}

/** Why no new note is made from the template at `path` (its properties cannot take the new note's), or undefined. */
export function templateRefusal(template: string, path: string): Refusal | undefined {
	const why = uneditableProperties(template);
	return why === undefined ? undefined : { key: TEMPLATE_REFUSED[why], vars: { path } };
}

/** Why a meeting note's properties are left as they are instead of `set` (see `uneditableProperties`), or undefined. */
export function meetingRefusal(text: string, set: readonly (readonly [string, unknown])[]): Refusal | undefined {
	const why = uneditableProperties(text);
	return why === undefined ? undefined : { key: MEETING_LEFT[why], vars: { fields: fieldNames(set) } };
}

/** The message key for a person note an import left as it was because its properties cannot be edited. */
export function personLeftKey(why: UneditableReason): MessageKey {
	return PERSON_LEFT[why];
}
