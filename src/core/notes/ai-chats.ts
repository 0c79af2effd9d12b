import type { NoteRecord } from "./note-record";

/*
 * Conversations with an AI assistant, as chat importers save them: Nexus AI Chat Importer writes
 * `Nexus/Conversations/chatgpt/2024/01/2024-01-15 - title.md` with `nexus: nexus-ai-chat-importer` and
 * `provider: chatgpt`; other exporters and users keep `ChatGPT Conversations/`, `AI Conversations/`,
 * `Claude/`. A folder of conversations holds them as a CRM vault holds its talks with people: such a
 * note is a talk with a program, no interaction with the people it links.
 */

/** Words naming only an assistant, as a folder's words (lower case). Claude or Gemini could be a person's name: `Conversations/Claude/` holds talks with him. */
const ASSISTANT_WORDS: ReadonlySet<string> = new Set(["ai", "llm", "gpt", "chatgpt", "openai", "anthropic", "perplexity", "copilot", "deepseek", "ollama", "lechat"]);
/** Assistants as a chat importer's `provider` names them (lower case). */
const PROVIDERS: ReadonlySet<string> = new Set([...ASSISTANT_WORDS, "claude", "gemini", "bard", "mistral", "vibe", "grok"]);

/** Words a folder of saved chats has beside the assistant's name: `AI Conversations`, `ChatGPT chats`, `Nexus AI Chat Imports`. */
const CHAT_WORDS: ReadonlySet<string> = new Set(["conversation", "conversations", "chat", "chats", "history", "export", "exports", "import", "imports", "nexus", "conversazioni"]);

/**
 * Whether a folder is named after an assistant, and nothing else but chats: `ChatGPT`, `AI Conversations`,
 * `chatgpt` (Nexus's provider folder); not `AI team`, a team of people (`Conversations/AI team/`).
 */
function isAssistantFolder(folder: string): boolean {
	if (folder.length > 200) return false;
	const words = folder.toLowerCase().split(/[\s_.-]+/).filter((word) => word !== "");
	return words.some((word) => ASSISTANT_WORDS.has(word)) && words.every((word) => ASSISTANT_WORDS.has(word) || CHAT_WORDS.has(word));
}

/** Whether a note is a saved conversation with an AI assistant: marked so by its importer, or in a folder named after one (and chats). */
export function isAiChat(path: string, record: NoteRecord): boolean {
	if (record.field(["nexus"]) !== null) return true;
	const provider = record.text(["provider"]);
	if (provider !== null && PROVIDERS.has(provider.trim().toLowerCase())) return true;
	const folders = path.split("/").slice(0, -1);
	return folders.some(isAssistantFolder);
}
