import type { CalendarDay } from "../dates/dates";

/** What a node of the relationship graph is: a person, or (as toggles) a hub that people share. */
export type NodeKind = "person" | "org" | "interest" | "event";

export interface GraphNode {
	kind: NodeKind;
	label: string;
	/** Person notes: circle and organisation, for colour and filters. */
	circle: string | null;
	org: string | null;
	interests: string[];
	/** Meetings the person attended (or the event's attendee count for an event hub). */
	meetings: number;
	/** Tie strength to the user, 0–100 (relationship health, see README). */
	strength: number;
	/** Overdue follow-up or keep-in-touch on the graph's day: drawn with a red ring. */
	overdue: boolean;
	/** Louvain community, for colouring. */
	community: number;
	/** Whether this node is the user ("me" in the settings). */
	me: boolean;
	/** A person who has died by the graph's day (see `hasDied`): her label ends with `†`; absent for the living. */
	died?: true;
}

export type RelationKind = "knows" | "met_via" | "partner" | "family";

export interface Relation {
	kind: RelationKind;
	/** The person note that states the relation (its direction). */
	from: string;
	to: string;
}

export interface GraphEdge {
	kind: "people" | "hub";
	/** Total weight: decayed shared meetings + relations + shared interests. */
	weight: number;
	/** Decayed meetings attended together, each counted 1 / (attendees − 1). */
	meetingWeight: number;
	/** The meetings attended together, newest first (path and day). */
	meetings: { path: string; day: CalendarDay }[];
	relations: Relation[];
	sharedInterests: string[];
}

/** The weights behind the graph; documented in the README. */
export const RELATION_WEIGHT: Record<RelationKind, number> = { knows: 1, met_via: 1, family: 2, partner: 3 };
export const INTEREST_WEIGHT = 0.25;

/**
 * The most attendees a meeting ties to each other: each pair of a larger one (an all-hands, a
 * conference) would get under 1% of a 1:1, and its pairs grow with the square of its size (1,000
 * people are 499,500 ties, which froze the graph). It still counts as a meeting for each of them.
 */
export const MOST_TIED_ATTENDEES = 100;

/** A meeting's weight after `ageDays`: halves every `halfLifeDays`. */
export function decay(ageDays: number, halfLifeDays: number): number {
	return ageDays < 0 ? 0 : Math.pow(0.5, ageDays / Math.max(1, halfLifeDays));
}
