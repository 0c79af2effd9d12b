// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { type Disk, freshIndexedDb, quit, start } from "./sessions";

/*
 * A one-word note that only points at a namesake no person note has (`Anna.md`: `See [[Anna Bianchi]]`) makes `Sync with Anna`
 * no one's. Read back from the store at a warm start (nothing read again), it must still say so: its `pointsAt` kept.
 */
function disk(): Disk {
	const d: Disk = new Map();
	const old = Date.now() - 3600_000;
	d.set("People/Anna Rossi.md", { text: "---\ntype: person\n---\n", mtime: old });
	d.set("Anna.md", { text: "See [[Anna Bianchi]]\n", mtime: old });
	d.set("Meetings/2026-11-20 Sync with Anna.md", { text: "---\ntype: meeting\ndate: 2026-11-20\n---\n- budget\n", mtime: old });
	return d;
}

describe("a namesake pointer note across a restart", () => {
	it("credits Anna Rossi with Sync with Anna neither at the first start nor at a warm start that reads nothing again", async () => {
		freshIndexedDb();
		const d = disk();
		const first = await start(d);
		expect(first.plugin.live.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual([]);
		await quit(first, d);
		const second = await start(d);
		expect(second.reads).toEqual([]);
		expect(second.plugin.live.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual([]);
		expect(second.plugin.live.index.lastInteraction("People/Anna Rossi.md") ?? null).toBeNull();
		await quit(second, d);
	});
});
