import type { CalendarDay } from "../dates/dates";

/** Lines that record giving or receiving (`#gave`, `#received`, `gave::`, `received::`, Italian `#dato`, `#ricevuto`). */
export type ExchangeDirection = "gave" | "received";

export interface BodyExchange {
	line: number;
	direction: ExchangeDirection;
	/** The day written on the line (a done date or a log date); null to use the note's day. */
	day: CalendarDay | null;
	links: string[];
}

const EXCHANGE_TAG = /(?:^|[\s,(])#(gave|received|dato|ricevuto)\b/iu;
const EXCHANGE_FIELD = /\b(gave|received|dato|ricevuto)::/iu;

/** Whether a line records something given or received, and which. */
export function exchangeOf(line: string): ExchangeDirection | null {
	if (!line.includes("#") && !line.includes("::")) return null;
	const m = EXCHANGE_TAG.exec(line) ?? EXCHANGE_FIELD.exec(line);
	if (!m?.[1]) return null;
	const word = m[1].toLowerCase();
	return word === "gave" || word === "dato" ? "gave" : "received";
}
