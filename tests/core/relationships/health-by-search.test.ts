import { describe, expect, it } from "vitest";
import { balanceOf } from "../../../src/core/relationships/balance";
import { fadingOf, healthOf, interactionEpochs, tieStrength, usualGapDays } from "../../../src/core/relationships/health";
import { buildLedger, reciprocityOf, type ReciprocityLedger } from "../../../src/core/relationships/reciprocity";
import { defaultSettings, type HealthSettings } from "../../../src/core/config/settings";
import { addDays, dayFromEpoch, toEpoch, type CalendarDay } from "../../../src/core/dates/dates";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { buildVault, meeting, person, seededRandom as random } from "../../builders";

/**
 * Tie strength, fading and balance find a day's interactions by searching the ascending list of a
 * person's days instead of filtering it. These are the definitions as the README states them, written
 * plainly (filter, set, sort), to compare with on random vaults.
 */
function plainEpochs(index: VaultIndex, person: string): number[] {
	const days = new Set(index.contactEpochs(person));
	for (const o of index.person(person)?.ownContacts ?? []) days.add(toEpoch(o.day));
	return [...days].sort((a, b) => a - b);
}

function plainScore(index: VaultIndex, person: string, asOf: CalendarDay, settings: HealthSettings, ledger: ReciprocityLedger): { score: number; last: number | null; lastYear: number; since: number | null; manual: boolean } {
	const info = index.person(person)?.person ?? null;
	const now = toEpoch(asOf);
	const epochs = plainEpochs(index, person).filter((e) => e <= now);
	const last = epochs.length > 0 ? (epochs[epochs.length - 1] ?? null) : null;
	const lastYear = epochs.filter((e) => e > now - 365).length;
	const since = info?.since ? Math.min(toEpoch(info.since), epochs[0] ?? Infinity) : (epochs[0] ?? null);
	const b = reciprocityOf(ledger, person, asOf);
	const recency = last === null ? 0 : Math.pow(0.5, (now - last) / settings.recencyHalfLifeDays);
	const frequency = Math.min(1, Math.log1p(lastYear) / Math.log1p(settings.yearlyTarget));
	const reciprocity = b.gave + b.received === 0 ? 0.5 : 1 - Math.abs(b.gave - b.received) / (b.gave + b.received);
	const length = since === null || since > now ? 0 : Math.min(1, (now - since) / 365.25 / settings.fullYears);
	const w = settings.weights;
	const computed = Math.round((100 * (w.recency * recency + w.frequency * frequency + w.reciprocity * reciprocity + w.length * length)) / (w.recency + w.frequency + w.reciprocity + w.length));
	const manual = info?.closeness ?? null;
	return { score: manual ?? computed, last, lastYear, since, manual: manual !== null };
}

function plainFading(index: VaultIndex, person: string, asOf: CalendarDay, settings: HealthSettings, ledger: ReciprocityLedger): { drop: number; silence: number; gap: number | null } | null {
	const now = toEpoch(asOf);
	const epochs = plainEpochs(index, person).filter((e) => e <= now);
	if (epochs.length === 0) return null;
	const current = plainScore(index, person, asOf, settings, ledger);
	const past = plainScore(index, person, addDays(asOf, -90), settings, ledger);
	const drop = current.manual ? 0 : past.score - current.score;
	const silence = now - (epochs[epochs.length - 1] ?? now);
	const gap = usualGapDays(epochs);
	const fell = drop >= 15;
	const quiet = gap !== null && silence >= 14 && silence >= 2 * Math.max(1, gap);
	return fell || quiet ? { drop, silence, gap } : null;
}

function plainBalance(index: VaultIndex, person: string, asOf: CalendarDay): "new" | "nurtured" | null {
	const now = toEpoch(asOf);
	const start = now - 89;
	const epochs = plainEpochs(index, person).filter((e) => e <= now);
	const sinceDay = index.person(person)?.person?.since;
	const since = sinceDay ? toEpoch(sinceDay) : null;
	const first = Math.min(epochs[0] ?? Infinity, since !== null && since <= now ? since : Infinity);
	if (!Number.isFinite(first)) return null;
	if (first >= start) return "new";
	return epochs.some((e) => e >= start) ? "nurtured" : null;
}

const BASE = toEpoch("2026-01-01");

function randomVault(seed: number): { index: VaultIndex; people: string[]; days: CalendarDay[] } {
	const next = random(seed);
	const pick = (n: number): number => Math.floor(next() * n);
	const day = (): CalendarDay => dayFromEpoch(BASE - 500 + pick(1000));
	const files: Record<string, string> = {};
	const names = ["Anna", "Bruno", "Carla", "Dario", "Elena", "Franco"];
	for (const name of names) {
		const fm: Record<string, unknown> = {};
		if (next() < 0.4) fm.since = day();
		if (next() < 0.15) fm.closeness = pick(101);
		if (next() < 0.4) fm.last_contact = day();
		const body = next() < 0.3 ? [`- ${day()} coffee #gave`, `- ${day()} advice #received`] : [];
		files[`People/${name}.md`] = person(fm, ...body);
	}
	const meetings = 5 + pick(40);
	for (let i = 0; i < meetings; i++) {
		const who = names.filter(() => next() < 0.3).map((n) => `[[${n}]]`);
		const body = next() < 0.2 ? [`- ${day()} lent a book #gave`] : [];
		files[`Meetings/m${i}.md`] = meeting(day(), who, ...body);
	}
	const { index } = buildVault(files);
	return { index, people: names.map((n) => `People/${n}.md`), days: Array.from({ length: 6 }, day) };
}

describe("tie strength, fading and balance on random vaults", () => {
	const health = defaultSettings().health;

	it("give what their plain definitions give, on every day asked, before, between and after the interactions", () => {
		// What the vaults held, so that the comparison is known to reach every branch.
		const seen = { ownDates: 0, gives: 0, fading: 0, new: 0, nurtured: 0, manual: 0, future: 0 };
		for (let seed = 1; seed <= 60; seed++) {
			const { index, people, days } = randomVault(seed);
			const ledger = buildLedger(index);
			seen.gives += [...ledger.values()].length;
			for (const p of people) {
				if ((index.person(p)?.ownContacts.length ?? 0) > 0) seen.ownDates++;
				expect(interactionEpochs(index, p), `seed ${seed} ${p}`).toEqual(plainEpochs(index, p));
				for (const asOf of days) {
					const where = `seed ${seed} ${p} ${asOf}`;
					const s = tieStrength(index, p, asOf, health, ledger);
					const plain = plainScore(index, p, asOf, health, ledger);
					expect({ score: s.score, manual: s.manual, last: s.lastContact, lastYear: s.interactionsLastYear, since: s.since }, where).toEqual({
						score: plain.score,
						manual: plain.manual,
						last: plain.last === null ? null : dayFromEpoch(plain.last),
						lastYear: plain.lastYear,
						since: plain.since === null || !Number.isFinite(plain.since) ? null : dayFromEpoch(plain.since),
					});
					const f = fadingOf(index, p, asOf, health, ledger);
					const plainF = plainFading(index, p, asOf, health, ledger);
					expect(f === null ? null : { drop: f.drop, silence: f.silenceDays, gap: f.usualGapDays }, where).toEqual(plainF);
					expect(healthOf(index, p, asOf, health, ledger).fading, where).toEqual(f);
					const balance = balanceOf(index, p, asOf);
					expect(balance, where).toBe(plainBalance(index, p, asOf));
					if (f) seen.fading++;
					if (balance) seen[balance]++;
					if (s.manual) seen.manual++;
					if (interactionEpochs(index, p).some((e) => e > toEpoch(asOf))) seen.future++;
				}
			}
		}
		for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(20);
	});
});
