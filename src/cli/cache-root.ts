import { homedir, userInfo } from "node:os";
import { isAbsolute, join } from "node:path";
import { trimEndWhile } from "../core/shared/scan";

/**
 * Where Rapport's caches live, outside every vault. Kept apart from the parse cache so that the CLI's
 * small launcher (launch.ts) finds the same folder without loading the rest of the CLI.
 */

/**
 * The platform's cache folder for Rapport: `$XDG_CACHE_HOME/rapport`, `~/Library/Caches/rapport`, `%LOCALAPPDATA%\rapport`.
 * A relative `XDG_CACHE_HOME` is ignored, as the XDG Base Directory spec asks ("must be absolute"): it
 * would put a cache in whatever folder the command is run from, a vault included. So would a HOME that
 * is empty or relative (`HOME= rapport …`): the home is then the account's own (accountHome).
 */
export function defaultCacheRoot(env: Record<string, string | undefined> = process.env, platform: string = process.platform, home: string = accountHome()): string {
	if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "rapport");
	if (platform === "darwin") return join(home, "Library", "Caches", "rapport");
	if (platform === "win32") return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "rapport");
	return join(home, ".cache", "rapport");
}

/**
 * `~/Notes` as the shell would have made it: a path written `--vault=~/Notes` or in quotes reaches
 * Rapport with its tilde, and "vault folder not found: ~/Notes" helps no one. `~user/…` is left as written.
 */
export function withHome(path: string | undefined, home: string | undefined): string | undefined {
	if (path === undefined || home === undefined || home === "") return path;
	if (path === "~") return home;
	// The home's trailing slashes dropped in one pass from its end: a pattern `/[\\/]+$/` scans each run of slashes in it to its end.
	return path.startsWith("~/") || path.startsWith("~\\") ? trimEndWhile(home, (ch) => ch === "/" || ch === "\\") + path.slice(1) : path;
}

/**
 * The home folder a `~` stands for: HOME (USERPROFILE on Windows), else the user's own from the system's
 * user database, as a shell expands `~` when HOME is unset (cron, `env -i`, some service managers).
 */
export function homeOf(env: Record<string, string | undefined>): string | undefined {
	const given = env.HOME ?? env.USERPROFILE;
	if (given !== undefined) return given;
	try {
		return userInfo().homedir;
	} catch {
		// No entry for this user (a container run under an unnamed uid): `~` stays as written.
		return undefined;
	}
}

/** The user's home for the caches: HOME when it is an absolute path, else the account's own from the user database. */
function accountHome(): string {
	const home = homedir();
	if (isAbsolute(home)) return home;
	try {
		const own = userInfo().homedir;
		if (isAbsolute(own)) return own;
	} catch {
		// No entry for this user: HOME as it is.
	}
	return home;
}
