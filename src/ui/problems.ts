import { today } from "../core/dates/dates";
import { resolveMe } from "../core/relationships/me";
import type { Problem } from "../core/shared/problems";
import { interactionsNamingNobody } from "../core/relationships/interactions-naming-nobody";
import { meetingsWithoutFollowUp, unfollowedProblems } from "../core/relationships/unfollowed";
import type { RapportHost } from "./host";
import { DoctorModal } from "./modals";

/** Problems in notes, dated interaction notes that name nobody, and recent meetings whose attendees got no follow-up: what "List problems" shows. */
export function doctorProblems(host: RapportHost): Problem[] {
	const { index } = host.live;
	const unfollowed = meetingsWithoutFollowUp(index, today(), host.settings.unfollowedWindowDays, resolveMe(index, host.settings.me));
	return [...index.problems(), ...interactionsNamingNobody(index, host.settings.interactions.folders), ...unfollowedProblems(unfollowed, (p) => host.nameOf(p))];
}

export function openProblemList(host: RapportHost): void {
	new DoctorModal(host, doctorProblems(host)).open();
}
