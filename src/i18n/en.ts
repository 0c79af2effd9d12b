import { agenda } from "./en/agenda";
import { insights } from "./en/insights";
import { graph } from "./en/graph";
import { settings } from "./en/settings";
import { contacts } from "./en/contacts";
import { calendar } from "./en/calendar";
import { problems } from "./en/problems";
import { notices } from "./en/notices";
import { cli } from "./en/cli";

/**
 * English: the reference catalog, one file per concept under en/. Every key here must exist in every other
 * language (each of it/'s files is typed by its English one).
 */
export const en = {
	...agenda,
	...insights,
	...graph,
	...settings,
	...contacts,
	...calendar,
	...problems,
	...notices,
	...cli,
} as const;

export type MessageKey = keyof typeof en;
