import type { Translate } from "../../i18n";
import { type CappedSeries, MAX_MEETINGS_PER_SERIES } from "../calendar/series-limits";

/** One line per recurring event an import cut short: its title, how many meetings it gave and how many it left out. */
export function cappedSeriesLines(capped: readonly CappedSeries[], t: Translate): string[] {
	return capped.map((c) => t(c.atLeast ? "calendar.cappedLineAtLeast" : "calendar.cappedLine", { title: c.title || "—", n: c.kept, leftOut: c.leftOut, max: MAX_MEETINGS_PER_SERIES }));
}
