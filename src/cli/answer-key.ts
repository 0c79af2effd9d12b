import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import type { CliArgs } from "./args";
import { languageFromEnv } from "./message-language";
import { nodeFs } from "./fs-port";
import { vaultFile } from "./vault-paths";
import { CONFIG_FILES } from "./vault-files";

/**
 * The key of a stored answer (answer-cache.ts): the digest of every input a printing command's answer
 * depends on. A command is answered from the store only when it is a pure function of them:
 * - Rapport's version, the parser's version, the settings and vault config (as the parse cache's key);
 * - the code that answers: the stamp of the running bundle and Node's version (a build from source, or a
 *   fix released under the same version, answers as it does, not as the build before it did);
 * - the command line as read (command, note, every option) and the vault's real path;
 * - the day today, the time zone (TZ and the zone Intl resolves) and Intl's locale, the language of
 *   messages (`--lang`, LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
 * - the stamps (size, modification and change time) of every file the command reads: the config
 *   files, every live calendar file of the settings, and every note, with the listing itself (a note
 *   added, renamed or deleted changes the list of paths).
 */

/** Commands whose answer is only what they print, and a pure function of the inputs above. */
const PRINTING = new Set<CliArgs["command"]>(["agenda", "people", "doctor", "graph", "brief", "intros", "groups", "stats"]);

/**
 * Whether a run of this command line may be answered from (and stored in) the store. Left out: what
 * writes (`--write`, `--html`, `import`, `export`), `--no-cache`, and commands that read more than the
 * listed notes (`inspect` reads any file it is pointed at, `daily` looks at whether its daily note
 * exists, which may be in a folder no listing sees).
 */
export function answerable(args: CliArgs): boolean {
	return PRINTING.has(args.command) && !args.noCache && !args.write && args.html === undefined && args.out === undefined;
}

/** What of the environment an answer depends on: the zone and locale dates and names are made in, the language of messages. */
export function environmentOf(env: Record<string, string | undefined>): string[] {
	const intl = Intl.DateTimeFormat().resolvedOptions();
	return [env.TZ ?? "", intl.timeZone, intl.locale, env.LANGUAGE ?? "", env.LC_ALL ?? "", env.LC_MESSAGES ?? "", env.LANG ?? "", languageFromEnv(env) ?? ""];
}

/** A file's stamp for the key: size, modification and change time; "none" when there is no file; null when it cannot be looked at (no answer then). */
export function fileStamp(file: string): number[] | "none" | null {
	try {
		const s = statSync(file, { throwIfNoEntry: false });
		if (s === undefined) return "none";
		return [s.isFile() ? 1 : 0, s.size, s.mtimeMs, s.ctimeMs];
	} catch {
		return null;
	}
}

/** The stamps of the vault's config files. */
export function configStamps(root: string): (number[] | "none" | null)[] {
	return CONFIG_FILES.map((file) => fileStamp(join(root, file)));
}

/** The stamps of the live calendar files (a path out of the vault is read as none, and named so). */
export function calendarStamps(root: string, paths: readonly string[]): (number[] | "none" | "outside" | null)[] {
	return paths.map((path) => {
		let file: string;
		try {
			file = vaultFile(nodeFs, root, path);
		} catch {
			return "outside";
		}
		return fileStamp(file);
	});
}

/** The code that answers: Node's version and the running bundle's stamp; null when the bundle cannot be looked at (no answer then). */
export function codeStamp(file: string): unknown[] | null {
	const stamp = fileStamp(file);
	return Array.isArray(stamp) ? [process.version, file, stamp] : null;
}

export interface KeyInputs {
	rapportVersion: string;
	/** The code that answers (codeStamp). */
	code: unknown[];
	/** The parse cache's key: Rapport's and the parser's versions, settings and vault config. */
	parseKey: string;
	args: CliArgs;
	realRoot: string;
	today: string;
	environment: string[];
	config: unknown[];
	calendars: unknown[];
	/** The vault's notes, sorted, and 3 numbers per note (size, mtime, ctime). */
	paths: readonly string[];
	stamps: Float64Array;
}

const FORMAT = "rapport-answer-key-1";

/** The key: the SHA-256 (hex) of every input. */
export function answerKey(inputs: KeyInputs): string {
	const { paths, stamps, ...rest } = inputs;
	const hash = createHash("sha256").update(JSON.stringify([FORMAT, rest]));
	hash.update(`\0${paths.length}\0`);
	hash.update(paths.join("\0"));
	hash.update(new Uint8Array(stamps.buffer, stamps.byteOffset, stamps.byteLength));
	return hash.digest("hex");
}

/** Whether every stamp was taken and none is more recent than `since` (a file changed that close to the run may change again unseen). */
export function stampsSettled(stamps: Float64Array, since: number): boolean {
	for (let i = 0; i < stamps.length; i += 3) {
		const size = stamps[i] ?? Number.NaN;
		const mtime = stamps[i + 1] ?? Number.NaN;
		if (Number.isNaN(size) || !(mtime < since)) return false;
	}
	return true;
}

/** Whether the stamps of other files (config, calendars) were all taken and none is more recent than `since`. */
export function othersSettled(stamps: readonly unknown[], since: number): boolean {
	return stamps.every((s) => s === "none" || s === "outside" || (Array.isArray(s) && (s[2] as number) < since));
}
