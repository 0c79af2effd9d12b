import { DEFAULT_SETTINGS, isRecord, type RapportSettings } from "./settings";

/**
 * Settings keys this version does not know (a newer Rapport's, on another device, or the user's own):
 * set apart when the settings are read and put back when they are saved, so nothing is erased.
 */

/** The keys of every version's settings: migrateSettings reads them (or reads them once, for older versions). */
const READ_KEYS: ReadonlySet<string> = new Set([...Object.keys(DEFAULT_SETTINGS), "peopleFolder", "cadences", "halfLifeDays", "graphLayout"]);

/**
 * What stored settings hold that this version does not know (written by a newer Rapport on another
 * device, or by the user): kept as it is and saved again with the settings, so a downgrade or a
 * second device never erases them.
 */
export function unknownSettings(raw: unknown): Record<string, unknown> {
	if (!isRecord(raw)) return {};
	const out: Record<string, unknown> = Object.fromEntries(Object.entries(raw).filter(([key]) => !READ_KEYS.has(key)));
	// Inside the groups this version reads key by key (`people`, `health`, `health.weights`), a newer version's keys too.
	for (const [key, known] of NESTED_KEYS) {
		const extra = unknownIn(raw[key], known);
		if (extra) out[key] = extra;
	}
	const health = raw.health;
	const weights = isRecord(health) ? unknownIn(health.weights, HEALTH_WEIGHT_KEYS) : null;
	if (weights) out.health = { ...(isRecord(out.health) ? out.health : {}), weights };
	return out;
}

const RULE_KEYS: ReadonlySet<string> = new Set(["types", "tags", "folders"]);
const HEALTH_KEYS: ReadonlySet<string> = new Set([...Object.keys(DEFAULT_SETTINGS.health), "halfLifeDays"]);
const HEALTH_WEIGHT_KEYS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_SETTINGS.health.weights));
const NESTED_KEYS: readonly [string, ReadonlySet<string>][] = [["people", RULE_KEYS], ["meetings", RULE_KEYS], ["interactions", RULE_KEYS], ["health", HEALTH_KEYS]];

/** The keys of `value` (an object) that are not among `known`; null when there are none. */
function unknownIn(value: unknown, known: ReadonlySet<string>): Record<string, unknown> | null {
	if (!isRecord(value)) return null;
	const extra = Object.entries(value).filter(([key]) => !known.has(key));
	return extra.length > 0 ? Object.fromEntries(extra) : null;
}

/**
 * The settings as saved: `settings` with the `unknown` keys that `unknownSettings` set apart put
 * back, inside the groups too (a newer version's `health.newOption` stays beside this version's keys).
 */
export function withUnknownSettings(settings: RapportSettings, unknown: Record<string, unknown>): Record<string, unknown> {
	return mergeKept(unknown, settings as unknown as Record<string, unknown>);
}

/** `ours` over `kept`, object by object: our values win, kept keys we do not have stay. */
function mergeKept(kept: Record<string, unknown>, ours: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = { ...kept, ...ours };
	for (const [key, value] of Object.entries(kept)) {
		const mine = ours[key];
		if (isRecord(value) && isRecord(mine)) out[key] = mergeKept(value, mine);
	}
	return out;
}
