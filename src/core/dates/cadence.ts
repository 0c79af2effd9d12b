import type { CalendarDuration } from "./dates";

/** A keep-in-touch cadence: how long after the last interaction the next one is due. */
export interface Cadence {
	duration: CalendarDuration;
	/** Approximate length in days, for sorting and display. */
	days: number;
}

const UNIT_DAYS = { days: 1, weeks: 7, months: 30, years: 365 } as const;
type Unit = keyof typeof UNIT_DAYS;

const WORDS: Record<string, [number, Unit]> = {
	daily: [1, "days"],
	weekly: [1, "weeks"],
	biweekly: [2, "weeks"],
	fortnightly: [2, "weeks"],
	monthly: [1, "months"],
	bimonthly: [2, "months"],
	quarterly: [3, "months"],
	"half-yearly": [6, "months"],
	yearly: [1, "years"],
	annually: [1, "years"],
	annual: [1, "years"],
	giornaliero: [1, "days"],
	quotidiano: [1, "days"],
	settimanale: [1, "weeks"],
	quindicinale: [2, "weeks"],
	bisettimanale: [2, "weeks"],
	mensile: [1, "months"],
	bimestrale: [2, "months"],
	trimestrale: [3, "months"],
	semestrale: [6, "months"],
	annuale: [1, "years"],
	"bi-weekly": [2, "weeks"],
	fortnight: [2, "weeks"],
	"bi-monthly": [2, "months"],
	"semi-annually": [6, "months"],
	semiannually: [6, "months"],
	"semi-annual": [6, "months"],
	semiannual: [6, "months"],
	"a settimane alterne": [2, "weeks"],
	"a mesi alterni": [2, "months"],
	biannual: [6, "months"],
	biannually: [6, "months"],
	biennial: [2, "years"],
	biennially: [2, "years"],
	"twice a year": [6, "months"],
	"twice yearly": [6, "months"],
	"twice a month": [2, "weeks"],
	"due volte l'anno": [6, "months"],
	"due volte all'anno": [6, "months"],
	"due volte al mese": [2, "weeks"],
};

/** Numbers people spell out in a cadence (`every two weeks`, `ogni tre mesi`); `other` is every second one. */
const NUMBER_WORDS: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, other: 2,
	second: 2, third: 3, fourth: 4, sixth: 6,
	un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30,
};

/** `two weeks` → `2 weeks`: a spelled-out number, only when a unit follows (`two` alone is no cadence). */
function withDigits(text: string): string {
	const m = /^([a-z]+)\s+([a-z]+)$/.exec(text);
	const n = m ? own(NUMBER_WORDS, m[1] ?? "") : undefined;
	return n === undefined ? text : `${n} ${m?.[2] ?? ""}`;
}

/**
 * `once a month`, `once every 3 weeks`, Italian `una volta al mese`, `una volta all'anno`, `una volta
 * ogni due settimane`: the period alone (`month`, `every 3 weeks`), read as any other cadence.
 */
function withoutOnce(text: string): string {
	const m = /^(?:once|una volta)\s+(?:(?:a|an|per|al|alla|allo|in)\s+|all'\s*|(?=every\s|each\s|ogni\s))(.+)$/.exec(text);
	return m?.[1] ?? text;
}

const UNIT_WORDS: Record<string, Unit> = {
	d: "days", day: "days", days: "days", giorno: "days", giorni: "days", g: "days",
	w: "weeks", wk: "weeks", week: "weeks", weeks: "weeks", settimana: "weeks", settimane: "weeks", sett: "weeks",
	m: "months", mo: "months", month: "months", months: "months", mese: "months", mesi: "months",
	wks: "weeks", mos: "months", mth: "months", mths: "months", yrs: "years",
	y: "years", yr: "years", year: "years", years: "years", anno: "years", anni: "years", a: "years",
	q: "months", quarter: "months", quarters: "months", trimestre: "months", trimestri: "months",
};

/** A word's entry in one of these tables, its own only: `3 constructor` names no unit. */
function own<T>(table: Record<string, T>, word: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

function make(count: number, unit: Unit, quarter = false): Cadence | null {
	if (!Number.isFinite(count) || count <= 0 || count > 10000) return null;
	const n = quarter ? count * 3 : count;
	return { duration: { [unit]: n }, days: Math.round(n * UNIT_DAYS[unit]) };
}

function parseIso(text: string): Cadence | null {
	const m = /^p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?$/.exec(text);
	if (!m || text === "p") return null;
	const [years, months, weeks, days] = [m[1], m[2], m[3], m[4]].map((v) => (v ? Number(v) : 0)) as [number, number, number, number];
	const total = years * 365 + months * 30 + weeks * 7 + days;
	if (total <= 0) return null;
	const duration: CalendarDuration = {};
	if (years) duration.years = years;
	if (months) duration.months = months;
	if (weeks) duration.weeks = weeks;
	if (days) duration.days = days;
	return { duration, days: total };
}

/**
 * Reads `14d`, `2w`, `3 months`, `weekly`, `quarterly`, ISO `P1M`, Italian `mensile`,
 * `ogni 2 settimane`, `every 3 weeks`, `every two weeks`, `ogni tre mesi`, `every other week`,
 * `every 2nd week`, `bi-weekly`, `once a month`, `una volta al mese`, `twice a year`, or a bare
 * number of days. Null when it is none of them.
 */
export function parseCadence(value: unknown): Cadence | null {
	if (typeof value === "number") return make(value, "days");
	if (typeof value !== "string") return null;
	const text = withDigits(withoutOnce(value.trim().toLowerCase().replace(/\s+/g, " ").replace(/[’‘]/g, "'")).replace(/^(?:every|each|ogni)\s+/, "").replace(/^(\d+)(?:st|nd|rd|th)\s/, "$1 "));
	if (text === "") return null;
	const word = own(WORDS, text);
	if (word) return make(word[0], word[1]);
	if (text.startsWith("p")) return parseIso(text);
	const unitAlone = own(UNIT_WORDS, text);
	if (unitAlone) return make(1, unitAlone, text.startsWith("q") || text.startsWith("trim"));
	const m = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)?$/.exec(text);
	if (!m?.[1]) return null;
	const count = Number(m[1].replace(",", "."));
	const unitWord = m[2] ?? "d";
	const unit = own(UNIT_WORDS, unitWord);
	if (!unit) return null;
	if (!Number.isInteger(count)) return unit === "days" ? null : make(Math.round(count * UNIT_DAYS[unit]), "days");
	return make(count, unit, unitWord.startsWith("q") || unitWord.startsWith("trim"));
}
