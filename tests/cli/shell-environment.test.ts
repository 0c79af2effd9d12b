import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault, writeOld } from "./run-cli";

/** The command as a shell starts it: `env` is the whole environment (nothing of the test's own leaks in), `cwd` the folder it runs in. */
function runIn(cwd: string, args: string[], env: Record<string, string>): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 30_000, env: { PATH: process.env.PATH ?? "", ...env } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function vault(): string {
	const root = makeVault({});
	writeOld(root, "People/Anna Rossi.md", "---\ntype: person\ncadence: 2w\n---\n");
	return root;
}

describe("XDG_CACHE_HOME that is not an absolute path", () => {
	it("is ignored, as the XDG spec asks: no cache folder is made where the command runs (here the vault itself)", () => {
		const root = vault();
		const home = mkdtempSync(join(tmpdir(), "rapport-home-"));
		const r = runIn(root, ["people", "--vault", "."], { HOME: home, LANG: "en_US.UTF-8", XDG_CACHE_HOME: "cache" });
		expect([r.status, r.stderr]).toEqual([0, ""]);
		expect(readdirSync(root).sort()).toEqual(["People"]);
		expect(existsSync(join(home, ".cache", "rapport", "code"))).toBe(true);
	});
});

describe("the language of messages, as GNU gettext reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG", () => {
	const root = vault();
	const cache = mkdtempSync(join(tmpdir(), "rapport-xdg-"));
	const header = (env: Record<string, string>): string => {
		const r = runIn(root, ["people", "--vault", "."], { HOME: cache, XDG_CACHE_HOME: cache, ...env });
		expect([r.status, r.stderr]).toEqual([0, ""]);
		return r.stdout.split("\n")[0]?.split(/\s{2,}/)[0] ?? "";
	};

	it("takes LANGUAGE first, as a desktop session sets it (Italian chosen, English formats), with the first language of its list Rapport speaks", () => {
		expect(header({ LANGUAGE: "it", LANG: "en_US.UTF-8" })).toBe("Nome");
		expect(header({ LANGUAGE: "it:en", LANG: "en_GB.UTF-8", LC_MESSAGES: "en_GB.UTF-8" })).toBe("Nome");
		expect(header({ LANGUAGE: "de:it", LANG: "C.UTF-8" })).toBe("Nome");
		expect(header({ LANGUAGE: "en", LANG: "it_IT.UTF-8" })).toBe("Name");
	});

	it("ignores LANGUAGE under the C locale (C, POSIX or none), as gettext does, and when it names no language Rapport speaks", () => {
		expect(header({ LANGUAGE: "it", LC_ALL: "C", LANG: "it_IT.UTF-8" })).toBe("Name");
		expect(header({ LANGUAGE: "it", LANG: "POSIX" })).toBe("Name");
		expect(header({ LANGUAGE: "it" })).toBe("Name");
		expect(header({ LANGUAGE: "de:fr", LANG: "it_IT@euro" })).toBe("Nome");
		expect(header({ LANGUAGE: "", LANG: "it" })).toBe("Nome");
	});

	it("keeps an answer per language: the same command line under another LANGUAGE is answered anew", () => {
		expect(header({ LANGUAGE: "en", LANG: "it_IT.UTF-8" })).toBe("Name");
		expect(header({ LANGUAGE: "en", LANG: "it_IT.UTF-8" })).toBe("Name");
		expect(header({ LANGUAGE: "it", LANG: "it_IT.UTF-8" })).toBe("Nome");
	});

	it("says a bad command line in that language too", () => {
		const r = runIn(root, ["peopel"], { HOME: cache, XDG_CACHE_HOME: cache, LANGUAGE: "it:en", LANG: "en_US.UTF-8" });
		expect(r.stderr).toMatch(/^rapport: comando sconosciuto "peopel"/);
		expect(r.status).toBe(2);
	});
});

describe("HOME unset (cron, env -i, some service managers)", () => {
	it("still reads ~ as the user's home, from the system's user database, as a shell expands it", () => {
		const missing = `rapport-no-such-vault-${process.pid}`;
		const r = runIn(tmpdir(), ["people", `--vault=~/${missing}`, "--no-cache"], { LANG: "en_US.UTF-8" });
		expect([r.stderr, r.status]).toEqual([`rapport: vault folder not found: ${join(userInfo().homedir, missing)}\n`, 2]);
	});
});

describe.runIf(process.getuid?.() === 0)("HOME empty or not an absolute path (HOME= rapport …)", () => {
	it("puts no cache in the folder the command runs from: the account's home is taken, as with HOME unset", () => {
		// Run as uid 65534, whose home (/nonexistent) cannot be made: the caches are then not kept, and stderr says so.
		chmodSync(tmpdir(), 0o711);
		for (const home of ["", "rel"]) {
			const root = vault();
			for (const dir of [root, join(root, "People")]) {
				chmodSync(dir, 0o755);
				chownSync(dir, 65534, 65534);
			}
			const r = spawnSync(process.execPath, [CLI, "people", "--vault", "."], { cwd: root, encoding: "utf8", timeout: 30_000, uid: 65534, gid: 65534, env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", HOME: home } });
			expect(r.status).toBe(0);
			expect(r.stderr).toMatch(/^rapport: the notes read could not be kept in the cache folder \/nonexistent\/\.cache\/rapport\/\w+ \(EACCES\): the next run reads every note again\. [^\n]*\n$/);
			expect(readdirSync(root).sort()).toEqual(["People"]);
		}
	});
});

describe("TZ that names no time zone Node can read", () => {
	const root = vault();
	const cache = mkdtempSync(join(tmpdir(), "rapport-xdg-"));
	const run = (tz: string, lang = "en_US.UTF-8"): { stdout: string; stderr: string; status: number | null } => runIn(root, ["agenda", "--vault", ".", "--date", "2026-11-27"], { HOME: cache, XDG_CACHE_HOME: cache, LANG: lang, TZ: tz });

	it("is said on stderr (a misspelt zone, a missing zoneinfo file, a POSIX rule Node ignores): days are counted in UTC, and the answer still comes", () => {
		for (const tz of ["America/Los_Angles", ":/usr/share/zoneinfo/Nowhere/City", "<-08>8"]) {
			const r = run(tz);
			expect([r.stdout.split("\n")[0], r.stderr, r.status]).toEqual(["# Agenda for November 27, 2026", `rapport: TZ=${tz} is not a time zone Rapport can read (a name such as Europe/Rome, or a zoneinfo file): days are counted in UTC\n`, 0]);
		}
		expect(run("Europe/Roma", "it_IT.UTF-8").stderr).toBe("rapport: TZ=Europe/Roma non è un fuso orario che Rapport sa leggere (un nome come Europe/Rome, o un file zoneinfo): i giorni si contano in UTC\n");
	});

	it("is not said for a zone Node knows, in any of its forms, nor for UTC itself", () => {
		for (const tz of ["Europe/Rome", ":Pacific/Kiritimati", "UTC0", "GMT", ""]) expect(run(tz).stderr).toBe("");
	});
});
