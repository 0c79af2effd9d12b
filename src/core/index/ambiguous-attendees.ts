import { type Problem, problem } from "../shared/problems";
import { fewWords } from "../shared/few-of";

/** An attendee written so that it could be several people: where, as written, and who it could be. */
export interface AmbiguousMention {
	line: number;
	name: string;
	candidates: readonly string[];
	/** An `@` name in a task (`@Max` with two Maxes among the attendees), not an attendee. */
	task?: true;
	/** A link that opens a note that is no person, while the people in `candidates` have its file name. */
	opensOther?: true;
}

/**
 * Attendees that could be several people (two notes share the name or alias written), per meeting.
 * Rapport credits none of them and says so: an `ambiguous-attendee` problem at the meeting's line,
 * naming the written name and the notes it could be, until the meeting or the people change.
 */
export class AmbiguousAttendees {
	private readonly byMeeting = new Map<string, readonly AmbiguousMention[]>();
	private total = 0;

	/** Records the ambiguous attendees of one meeting (replacing what it had). */
	set(path: string, mentions: readonly AmbiguousMention[]): void {
		this.remove(path);
		if (mentions.length === 0) return;
		this.byMeeting.set(path, mentions);
		this.total += mentions.length;
	}

	/** Adds ambiguous mentions to what a meeting has (its tasks' `@` names after its attendees). */
	add(path: string, mentions: readonly AmbiguousMention[]): void {
		if (mentions.length === 0) return;
		this.byMeeting.set(path, [...(this.byMeeting.get(path) ?? []), ...mentions]);
		this.total += mentions.length;
	}

	remove(path: string): void {
		this.total -= this.byMeeting.get(path)?.length ?? 0;
		this.byMeeting.delete(path);
	}

	/** How many problems `problems` gives, without making them. */
	count(): number {
		return this.total;
	}

	/** One problem per ambiguous attendee of each meeting. */
	problems(): Problem[] {
		const out: Problem[] = [];
		for (const [path, mentions] of this.byMeeting) {
			for (const m of mentions) out.push(problem(path, m.line, codeOf(m), { name: m.name, candidates: fewWords(m.candidates) }));
		}
		return out;
	}
}

function codeOf(m: AmbiguousMention): "ambiguous-task-owner" | "ambiguous-attendee" | "attendee-opens-other-note" {
	if (m.task) return "ambiguous-task-owner";
	return m.opensOther ? "attendee-opens-other-note" : "ambiguous-attendee";
}
