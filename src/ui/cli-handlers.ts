import { type Plugin, TFile } from "obsidian";
import { isCalendarDay, today } from "../core/dates/dates";
import { normalizeCircle } from "../core/notes/note";
import { agendaReport, briefReport, doctorProblems, doctorReport, type PeopleFilter, peopleReport, type VaultView } from "../cli/reports";
import type { RapportHost } from "./host";

/** Obsidian 1.12.2's CLI types (not in the type definitions Rapport builds against). */
interface CliFlag {
	description: string;
	required?: boolean;
	value?: string;
}
type CliHandler = (params: Record<string, string>) => string | Promise<string>;
type RegisterCliHandler = (command: string, description: string, flags: Record<string, CliFlag> | null, handler: CliHandler) => void;

/**
 * Answers Obsidian's own command line (Obsidian 1.12.2+, `registerCliHandler`): `obsidian rapport`
 * (today's agenda as Markdown), `rapport:people`, `rapport:doctor` and `rapport:brief file=…`, from
 * the live index, with the very reports the Node `rapport` command prints. Older apps: nothing.
 */
export function registerCliHandlers(plugin: Plugin, host: RapportHost): boolean {
	const register = (plugin as unknown as { registerCliHandler?: RegisterCliHandler }).registerCliHandler?.bind(plugin);
	if (!register) return false;
	const { t } = host;
	const view = (): VaultView => ({ index: host.live.index, settings: host.settings });
	const dateFlag: CliFlag = { value: "<YYYY-MM-DD>", description: t("cli.flagDate") };
	const circleFlag: CliFlag = { value: "<circle>", description: t("cli.flagCircle") };
	const answer = (run: (date: string, params: Record<string, string>) => string): CliHandler => (params) => {
		if (!host.live.getStatus().ready) return t("status.indexing") + "\n";
		const date = params.date ?? today();
		if (!isCalendarDay(date)) return t("block.badDate", { value: date }) + "\n";
		return run(date, params);
	};
	register("rapport", t("cli.agenda"), { date: dateFlag, circle: circleFlag }, answer((date, p) => agendaReport(view(), date, host.t, inCircle(host, p.circle))));
	register("rapport:people", t("cli.people"), { date: dateFlag, circle: circleFlag }, answer((date, p) => peopleReport(view(), date, host.t, inCircle(host, p.circle))));
	register("rapport:doctor", t("cli.doctor"), { date: dateFlag }, answer((date) => doctorReport(doctorProblems(view(), date), host.t)));
	register(
		"rapport:brief",
		t("cli.brief"),
		{ file: { value: "<name>", description: t("cli.flagFile"), required: true }, date: dateFlag },
		answer((date, p) => {
			const file = meetingFile(host, p.file ?? "");
			if (!file) return t("cli.noSuchNote", { file: p.file ?? "" }) + "\n";
			return briefReport(view(), file.path, date, host.t) ?? t("notice.notMeeting") + "\n";
		}),
	);
	return true;
}

/** `file=` as Obsidian's CLI means it: a name resolved like a wikilink, or a path. */
function meetingFile(host: RapportHost, name: string): TFile | null {
	const { vault, metadataCache } = host.app;
	const direct = vault.getAbstractFileByPath(name) ?? vault.getAbstractFileByPath(`${name}.md`);
	if (direct instanceof TFile) return direct;
	return metadataCache.getFirstLinkpathDest(name.replace(/\.md$/, ""), "");
}

function inCircle(host: RapportHost, circle: string | undefined): PeopleFilter {
	if (!circle) return () => true;
	const wanted = normalizeCircle(circle);
	return (people) => people.some((p) => host.live.index.person(p)?.person?.circle === wanted);
}
