/** A task is theirs (they owe me) when tagged `#waiting`/`#theirs` (`#attesa`/`#loro`) or fielded `waiting::`/`owner::`/`theirs::`. */
const THEIRS = /(?:^|[\s,(])#(?:waiting|waiting-for|theirs|attesa|loro)\b|\b(?:waiting|owner|theirs|attesa)::/iu;

/** Whether a task's text says it is the other person's to do (see `THEIRS`). */
export function isTheirs(taskText: string): boolean {
	return THEIRS.test(taskText);
}
