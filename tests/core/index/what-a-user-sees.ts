import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, type TestVault } from "../../builders";

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };

/** What a user sees of a vault: who each meeting credits, each person's last contact, the agenda and the problems (ambiguities included). */
export function seen(v: TestVault): unknown {
	const paths = [...v.files.keys()].sort();
	return {
		attendees: paths.map((p) => [p, v.index.attendeesOf(p)]),
		last: paths.map((p) => [p, v.index.lastInteraction(p)?.day ?? null]),
		agenda: buildAgenda(v.index, "2026-11-24", AGENDA),
		problems: v.index.problems(),
	};
}

/** The same notes indexed from scratch: what an edited index must equal. */
export const fresh = (v: TestVault): TestVault => buildVault(Object.fromEntries(v.files));
