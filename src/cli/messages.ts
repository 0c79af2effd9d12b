import type { MessageKey, Translate } from "../i18n";
import { describeProblemAt } from "../core/render/problems";
import { type Problem, problem, type ProblemCode } from "../core/shared/problems";
import { CliError } from "./vault-files";

/** A refusal the CLI prints on stderr, in the user's language: a catalog message and its values, or a problem. */
export class CliMessage extends CliError {
	constructor(key: MessageKey, vars: Record<string, string | number>) {
		super(key, vars);
	}

	render(t: Translate): string {
		return t(this.key, this.params);
	}
}

/** A problem that stops a command (a note Rapport must not change, a path outside the vault), as `path, line N: sentence`. */
export class CliProblem extends CliMessage {
	constructor(readonly problem: Problem) {
		super("notice.problemIn", { path: problem.path, problem: problem.code });
	}

	override render(t: Translate): string {
		return describeProblemAt(this.problem, t);
	}
}

export function cliProblem(path: string, line: number, code: ProblemCode): CliProblem {
	return new CliProblem(problem(path, line, code));
}

/**
 * Why a write failed, for a list of notes not written (`import --write`): a refusal's own sentence (a
 * read-only note, one not saved as UTF-8) naming the note by `path` in the vault, else the system's
 * code (`EACCES`) or message.
 */
export function failureReason(error: unknown, path: string, t: Translate): string {
	if (error instanceof CliProblem) return error.render(t);
	if (error instanceof CliError) return t(error.key, "path" in error.params ? { ...error.params, path } : error.params);
	return (error as { code?: string } | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}
