import { today } from "../core/dates/dates";
import type { Problem } from "../core/shared/problems";
import { doctorProblemsOf } from "../core/relationships/vault-checks";
import type { RapportHost } from "./host";
import type { Translate } from "../i18n";
import type { RefusedNote } from "../obsidian/live-index";
import { DoctorModal } from "./modals";

/** Problems in notes, dated interaction notes that name nobody, and recent meetings whose attendees got no follow-up: what "List problems" shows. */
export function doctorProblems(host: RapportHost): Problem[] {
	return doctorProblemsOf(host.live.index, today(), host.settings, (p) => host.nameOf(p));
}

/** How many problems "List problems" shows: the count on the status line and the panel's footer. */
export function problemCount(host: RapportHost): number {
	return host.live.problemCounter.count(host.live.index, today(), host.settings);
}

export function openProblemList(host: RapportHost): void {
	new DoctorModal(host, () => doctorProblems(host)).open();
}

/** What the Notice says of the notes the disk refused when the vault was read: how many, the first, and where they are listed. */
export function refusedNotesNotice(t: Translate, notes: readonly RefusedNote[]): string {
	const first = notes[0];
	return t("notice.notesRefusedAtStart", { n: notes.length, path: first?.path ?? "", reason: first?.reason ?? "", command: t("command.doctor") });
}
