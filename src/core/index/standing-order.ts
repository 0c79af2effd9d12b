/** What a `StandingOrder` needs to know of the rows it orders. */
export interface StandingRows {
	readonly size: number;
	/** Whether row `r` takes a place in the order (a person with a keep-in-touch cadence). */
	stands(r: number): boolean;
	/** Works out row `r`'s place as of the epoch day `day` again; true when it moved (or may have). */
	rebase(r: number, day: number): boolean;
	/** False when row `r`'s place as of the epoch day `to` is surely its place as of `from` (no contact between the two days). */
	mayMove(r: number, from: number, to: number): boolean;
	/** Whether row `r`'s item as of the order's day has a due day (those without come first). */
	dated(r: number): boolean;
	/** The order as of the order's day: rows without a due day first, then by due day; ties by row at last. */
	compare(a: number, b: number): number;
}

/** Above this share of moved rows (one in this many), the order is sorted anew instead of patched. */
const PATCH_SHARE = 4;

/**
 * The rows of people with a cadence in the order their keep-in-touch items take on one day (the
 * last day asked), kept by the index beside the rows. Asked for another day, only the rows whose
 * latest contact as of the day differs move; rows an edit touched (`touch`) move when next asked.
 * A day's agenda walks it instead of sorting every person's item.
 */
export class StandingOrder {
	private order: number[] | null = null;
	private day = Number.NaN;
	/** How many rows at the start of `order` have no due day. */
	private undated = 0;
	private readonly touched = new Set<number>();

	/** Row `r` changed (or went): it is put in its place again when the order is next asked. */
	touch(r: number): void {
		if (this.order !== null) this.touched.add(r);
	}

	/** The rows in order as of the epoch day `day`, and how many at its start have no due day. */
	of(rows: StandingRows, day: number): { order: readonly number[]; undated: number } {
		if (this.order === null) this.sortAnew(rows, day);
		else {
			const moved = this.touched;
			// Rows an edit touched (new rows among them) are worked out again whatever the day.
			for (const r of moved) if (r < rows.size && rows.stands(r)) rows.rebase(r, day);
			if (day !== this.day) {
				for (const r of this.order) if (rows.mayMove(r, this.day, day) && !moved.has(r) && rows.rebase(r, day)) moved.add(r);
				this.day = day;
			}
			if (moved.size * PATCH_SHARE > this.order.length) this.sortAnew(rows, day);
			else if (moved.size > 0) this.patch(rows);
		}
		return { order: this.order as number[], undated: this.undated };
	}

	private sortAnew(rows: StandingRows, day: number): void {
		const order: number[] = [];
		for (let r = 0; r < rows.size; r++) {
			if (!rows.stands(r)) continue;
			rows.rebase(r, day);
			order.push(r);
		}
		this.order = order.sort((a, b) => rows.compare(a, b));
		this.undated = countUndated(order, rows);
		this.day = day;
		this.touched.clear();
	}

	/** Takes the moved rows out, sorts those that still stand, and puts each back where a binary search finds its place. */
	private patch(rows: StandingRows): void {
		const moved = this.touched;
		const kept = (this.order as number[]).filter((r) => !moved.has(r));
		const back = [...moved].filter((r) => r < rows.size && rows.stands(r)).sort((a, b) => rows.compare(a, b));
		const order = new Array<number>(kept.length + back.length);
		let k = 0;
		let from = 0;
		for (const r of back) {
			const to = placeOf(kept, from, r, rows);
			while (from < to) order[k++] = kept[from++] as number;
			order[k++] = r;
		}
		while (from < kept.length) order[k++] = kept[from++] as number;
		this.order = order;
		this.undated = countUndated(order, rows);
		moved.clear();
	}
}

/** How many rows at the start of `order` have no due day. */
function countUndated(order: readonly number[], rows: StandingRows): number {
	let n = 0;
	while (n < order.length && !rows.dated(order[n] as number)) n++;
	return n;
}

/** The first place in `order` from `from` on whose row does not come before `r`. */
function placeOf(order: readonly number[], from: number, r: number, rows: StandingRows): number {
	let lo = from;
	let hi = order.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (rows.compare(order[mid] as number, r) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
