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
