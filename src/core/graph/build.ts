import { pairKey } from "../shared/pair-key";
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { buildAgenda } from "../agenda/agenda";
import { type CalendarDay, addDuration, daysBetween } from "../dates/dates";
import type { ParsedNote, Ref } from "../notes/note";
import { hasDied, personOrgs } from "../notes/parsed-note";
import { tieStrength } from "../relationships/health";
import { buildLedger } from "../relationships/reciprocity";
import { DEFAULT_SETTINGS, type HealthSettings, type RapportSettings } from "../config/settings";
import { seededRandom } from "../shared/random";
import { foldName, orgName } from "../shared/text";
import type { VaultIndex } from "../index/vault-index";
import { decay, type GraphEdge, type GraphNode, INTEREST_WEIGHT, MOST_TIED_ATTENDEES, RELATION_WEIGHT, type RelationKind } from "./model";

export type RelationshipGraph = Graph<GraphNode, GraphEdge>;

export interface GraphOptions {
	/** The day the graph is drawn for: decay counts from it, later meetings are plans, not ties. */
	asOf: CalendarDay;
	halfLifeDays: number;
	/** The user's own person note, "" when none. */
	me: string;
	/** Hubs: organisations, interests and events as nodes that people connect to. */
	orgHubs?: boolean;
	interestHubs?: boolean;
	eventHubs?: boolean;
	/** Edges for shared interests between people. */
	sharedInterests?: boolean;
	/** Only meetings in the last N months. */
	windowMonths?: number;
	/** Drop edges lighter than this. */
	minWeight?: number;
	circles?: string[];
	orgs?: string[];
	interests?: string[];
	/** People with one of these tags (nested tags count: `person/work` matches `person`). */
	tags?: string[];
	/** Only these person notes (a base's results, for instance). */
	only?: ReadonlySet<string>;
	/** Leave out people who attended no meeting in the window. */
	hideWithoutMeetings?: boolean;
	settings?: Pick<RapportSettings, "upcomingDays" | "birthdayDays">;
	/** How tie strength is weighed (the settings' relationship health); the defaults when omitted. */
	health?: HealthSettings;
}

const RELATIONS: [RelationKind, (p: NonNullable<ParsedNote["person"]>) => readonly Ref[]][] = [
	["knows", (p) => p.knows],
	["met_via", (p) => p.metVia],
	["partner", (p) => p.partner],
	["family", (p) => p.family],
];

function emptyEdge(kind: GraphEdge["kind"]): GraphEdge {
	return { kind, weight: 0, meetingWeight: 0, meetings: [], relations: [], sharedInterests: [] };
}

function keep(note: ParsedNote, options: GraphOptions): boolean {
	const info = note.person;
	if (!info) return false;
	if (options.only && !options.only.has(note.path)) return false;
	if (options.circles?.length && !options.circles.includes(info.circle ?? "")) return false;
	if (options.orgs?.length && !options.orgs.some((o) => personOrgs(info).some((org) => foldName(orgName(o)) === foldName(orgName(org))))) return false;
	if (options.interests?.length && !info.interests.some((i) => options.interests?.some((w) => foldName(w) === foldName(i)))) return false;
	if (options.tags?.length && !info.tags.some((tag) => options.tags?.some((w) => hasTag(tag, w)))) return false;
	return true;
}

function hasTag(tag: string, wanted: string): boolean {
	const t = foldName(tag);
	const w = foldName(wanted.replace(/^#/, ""));
	return t === w || t.startsWith(`${w}/`);
}

/**
 * The relationship graph: people as nodes, and between two people the evidence that ties them,
 * weighted. Built in core from the index; the view and the CLI only draw it.
 */
export function buildRelationshipGraph(index: VaultIndex, options: GraphOptions): RelationshipGraph {
	const graph: RelationshipGraph = new Graph<GraphNode, GraphEdge>({ type: "undirected", multi: false, allowSelfLoops: false });
	const since = options.windowMonths ? addDuration(options.asOf, { months: -options.windowMonths }) : null;
	// In path order, as the meetings below: nodes, edges and communities do not depend on the order the index took the notes in.
	const people = index.personNotes().filter((n) => keep(n, options) || n.path === options.me).sort(byPath);
	const present = new Set(people.map((n) => n.path));
	const overdue = overduePeople(index, options);
	for (const note of people) {
		const info = note.person;
		if (!info) continue;
		// Someone who has died by the graph's day stays, marked with a cross.
		const died = hasDied(info, options.asOf);
		graph.addNode(note.path, {
			kind: "person", label: died ? `${info.name} \u2020` : info.name, circle: info.circle, org: info.org === null ? null : orgName(info.org), interests: info.interests,
			meetings: 0, strength: 0, overdue: overdue.has(note.path), community: 0, me: note.path === options.me, ...(died ? { died: true as const } : {}),
		});
	}
	const edge = (a: string, b: string, kind: GraphEdge["kind"] = "people"): GraphEdge => {
		const key = pairKey(a, b);
		if (!graph.hasEdge(key)) graph.addUndirectedEdgeWithKey(key, a, b, emptyEdge(kind));
		return graph.getEdgeAttributes(key);
	};
	addMeetings(index, graph, present, options, since, edge);
	addRelations(index, people, present, edge);
	if (options.sharedInterests) addSharedInterests(people, edge);
	addHubs(graph, people, options, edge);
	for (const e of graph.edges()) {
		const attrs = graph.getEdgeAttributes(e);
		attrs.weight = attrs.meetingWeight + attrs.relations.reduce((sum, r) => sum + RELATION_WEIGHT[r.kind], 0) + attrs.sharedInterests.length * INTEREST_WEIGHT + (attrs.kind === "hub" ? 1 : 0);
		if (options.minWeight && attrs.weight < options.minWeight) graph.dropEdge(e);
	}
	if (options.hideWithoutMeetings) {
		for (const n of graph.nodes()) {
			const attrs = graph.getNodeAttributes(n);
			if (attrs.kind === "person" && attrs.meetings === 0 && !attrs.me) graph.dropNode(n);
		}
	}
	setStrength(index, graph, options);
	if (graph.size > 0) louvain.assign(graph, { nodeCommunityAttribute: "community", getEdgeWeight: "weight", rng: seededRandom(42) });
	return graph;
}

function byPath(a: ParsedNote, b: ParsedNote): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function addMeetings(
	index: VaultIndex,
	graph: RelationshipGraph,
	present: Set<string>,
	options: GraphOptions,
	since: CalendarDay | null,
	edge: (a: string, b: string, kind?: GraphEdge["kind"]) => GraphEdge,
): void {
	const meetings = [...index.allNotes()].filter((note) => note.kind === "meeting" && note.date && note.date <= options.asOf && !(since && note.date < since)).sort(byPath);
	for (const note of meetings) {
		if (!note.date) continue;
		const attendees = index.attendeesOf(note.path).filter((p) => present.has(p));
		for (const p of attendees) graph.updateNodeAttribute(p, "meetings", (n) => (n ?? 0) + 1);
		if (options.eventHubs && note.isEvent && attendees.length > 0) {
			graph.mergeNode(note.path, { kind: "event", label: note.title, circle: null, org: null, interests: [], meetings: attendees.length, strength: 0, overdue: false, community: 0, me: false });
			for (const p of attendees) edge(note.path, p, "hub");
		}
		if (attendees.length < 2 || attendees.length > MOST_TIED_ATTENDEES) continue;
		const share = decay(daysBetween(note.date, options.asOf), options.halfLifeDays) / (attendees.length - 1);
		for (let i = 0; i < attendees.length; i++) {
			for (let j = i + 1; j < attendees.length; j++) {
				const e = edge(attendees[i] ?? "", attendees[j] ?? "");
				e.meetingWeight += share;
				e.meetings.push({ path: note.path, day: note.date });
			}
		}
	}
	for (const e of graph.edges()) graph.getEdgeAttributes(e).meetings.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

function addRelations(index: VaultIndex, people: ParsedNote[], present: Set<string>, edge: (a: string, b: string) => GraphEdge): void {
	for (const note of people) {
		const info = note.person;
		if (!info) continue;
		for (const [kind, refs] of RELATIONS) {
			for (const ref of refs(info)) {
				const other = index.resolve(ref, note.path);
				if (!other || other === note.path || !present.has(other)) continue;
				const e = edge(note.path, other);
				if (!e.relations.some((r) => r.kind === kind && r.from === note.path && r.to === other)) e.relations.push({ kind, from: note.path, to: other });
			}
		}
	}
}

function addSharedInterests(people: ParsedNote[], edge: (a: string, b: string) => GraphEdge): void {
	const byInterest = new Map<string, string[]>();
	for (const note of people) {
		for (const interest of note.person?.interests ?? []) {
			const key = foldName(interest);
			const paths = byInterest.get(key) ?? [];
			// One person may write an interest twice (`Jazz`, `jazz`): she shares it with others, not with herself.
			if (paths[paths.length - 1] !== note.path) paths.push(note.path);
			byInterest.set(key, paths);
		}
	}
	for (const [interest, paths] of byInterest) {
		for (let i = 0; i < paths.length; i++) {
			for (let j = i + 1; j < paths.length; j++) {
				const e = edge(paths[i] ?? "", paths[j] ?? "");
				if (!e.sharedInterests.includes(interest)) e.sharedInterests.push(interest);
			}
		}
	}
}

function addHubs(graph: RelationshipGraph, people: ParsedNote[], options: GraphOptions, edge: (a: string, b: string, kind?: GraphEdge["kind"]) => GraphEdge): void {
	const hub = (id: string, kind: "org" | "interest", label: string): void => {
		graph.mergeNode(id, { kind, label, circle: null, org: null, interests: [], meetings: 0, strength: 0, overdue: false, community: 0, me: false });
	};
	for (const note of people) {
		const info = note.person;
		if (!info) continue;
		if (options.orgHubs) {
			for (const written of personOrgs(info)) {
				const org = orgName(written);
				const id = `org:${foldName(org)}`;
				hub(id, "org", org);
				edge(id, note.path, "hub");
			}
		}
		if (options.interestHubs) {
			for (const interest of info.interests) {
				const id = `interest:${foldName(interest)}`;
				hub(id, "interest", interest);
				edge(id, note.path, "hub");
			}
		}
	}
}

/**
 * Tie strength to the user: the relationship-health score (0–100: recency, frequency, reciprocity,
 * length, or `closeness`), the same number the panel, the brief and `rapport people` show.
 */
function setStrength(index: VaultIndex, graph: RelationshipGraph, options: GraphOptions): void {
	const ledger = buildLedger(index);
	const health = options.health ?? DEFAULT_SETTINGS.health;
	for (const n of graph.nodes()) {
		const attrs = graph.getNodeAttributes(n);
		if (attrs.kind !== "person" || attrs.me) continue;
		attrs.strength = tieStrength(index, n, options.asOf, health, ledger).score;
	}
}

function overduePeople(index: VaultIndex, options: GraphOptions): Set<string> {
	const settings = options.settings ?? { upcomingDays: 7, birthdayDays: 14 };
	const out = new Set<string>();
	for (const item of buildAgenda(index, options.asOf, settings).items) {
		if (item.status === "overdue") for (const p of item.people) out.add(p);
	}
	return out;
}
