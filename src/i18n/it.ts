import { agenda } from "./it/agenda";
import { insights } from "./it/insights";
import { graph } from "./it/graph";
import { settings } from "./it/settings";
import { contacts } from "./it/contacts";
import { calendar } from "./it/calendar";
import { problems } from "./it/problems";
import { notices } from "./it/notices";
import { cli } from "./it/cli";
import type { MessageKey } from "./en";

/** Italian, one file per concept under it/ (each typed by its English one). */
export const it: Record<MessageKey, string> = {
	...agenda,
	...insights,
	...graph,
	...settings,
	...contacts,
	...calendar,
	...problems,
	...notices,
	...cli,
};
