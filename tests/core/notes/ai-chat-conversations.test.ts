import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * `Conversations` is an interactions folder; it is also where AI chat importers save chats (Nexus AI
 * Chat Importer: `Nexus/Conversations/chatgpt/2026/11/2026-11-20 - title.md`, with its own frontmatter).
 */
describe("conversations with an AI assistant in a Conversations folder", () => {
	const chats = {
		"People/Anna Rossi.md": person(),
		"Nexus/Conversations/chatgpt/2026/11/2026-11-20 - Email to Anna.md": md(
			{ nexus: "nexus-ai-chat-importer", plugin_version: "1.6.5", provider: "chatgpt", aliases: "Email to Anna", conversation_id: "6f1c", create_time: "2026-11-20T14:30:22.000Z" },
			"Help me write a thank-you email to [[Anna Rossi]] for the dinner.",
		),
		"Nexus/Conversations/vibe/2026/11/2026-11-21 - Menu.md": md({ nexus: "nexus-ai-chat-importer", provider: "vibe" }, "A menu for [[Anna Rossi]]'s birthday."),
		"ChatGPT Conversations/2026-11-22 Gift ideas.md": md({ date: "2026-11-22" }, "Gift ideas for [[Anna Rossi]]."),
		"Archive/AI Conversations/2026-11-23 Travel.md": "Trains to visit [[Anna Rossi]].\n",
	};

	it("are no interactions: the people they link get no contact from them, and no problem is reported", () => {
		const v = buildVault(chats);
		expect([...v.index.allNotes()].filter((n) => n.kind === "meeting").map((n) => n.path)).toEqual([]);
		expect(v.index.lastInteraction("People/Anna Rossi.md", "2026-11-30")).toBeNull();
		expect(v.index.problems()).toEqual([]);
	});

	it("leave a talk with people in Conversations an interaction, and calls with someone named Claude or with the AI team too", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Claude Martin.md": person(),
			"Conversations/2026-11-24 Coffee with Anna.md": "Coffee with [[Anna Rossi]].\n",
			"Conversations/Claude/2026-11-25 Catch-up.md": "Catch-up with [[Claude Martin]].\n",
			"Conversations/AI team/2026-11-26 Sync.md": "Sync with [[Anna Rossi]].\n",
		});
		expect(v.index.lastInteraction("People/Anna Rossi.md", "2026-11-30")?.day).toBe("2026-11-26");
		expect(v.index.lastInteraction("People/Claude Martin.md", "2026-11-30")?.day).toBe("2026-11-25");
	});
});
