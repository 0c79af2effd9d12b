import { NoteCodec, StringTable } from "../core/notes/stored-note";
import { problem as makeProblem } from "../core/shared/problems";
import { decodeLine } from "./cache-codec";
import type { NoteRead } from "./note-reading";
import type { Batch, UnreadInBatch } from "./read-worker";

/** One worker's table of strings, as its batches extend it, and the codec that reads its lines. */
export class WorkerTable {
	private readonly strings = new StringTable();
	private readonly codec = new NoteCodec(this.strings);

	/** A batch back into reads (`paths`: the chunk's): notes decoded from their lines, which the cache may store as they are. */
	readBatch(batch: Batch, paths: readonly string[]): NoteRead[] {
		this.strings.extend(JSON.parse(batch.newStrings) as string[]);
		const reads = new Array<NoteRead>(paths.length);
		const garbled = (i: number): NoteRead => ({ path: paths[i] ?? "", problem: makeProblem(paths[i] ?? "", 0, "unreadable-note", { reason: "EPROTO" }) });
		for (const [i, problem] of JSON.parse(batch.unread) as UnreadInBatch[]) reads[i] = { path: paths[i] ?? "", problem };
		batch.lines.forEach((text, i) => {
			if (text === "") return;
			const { path, stamp, note } = decodeLine(text, this.codec);
			reads[i] = path === paths[i] ? { path, stamp, note, line: { table: this.strings, text } } : garbled(i);
		});
		for (let i = 0; i < reads.length; i++) reads[i] ??= garbled(i);
		return reads;
	}
}
