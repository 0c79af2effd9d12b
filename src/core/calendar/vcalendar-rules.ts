/**
 * vCalendar 1.0's recurrence rules (`RRULE:W1 MO TH #4`, as Outlook's and phones' `.vcs` files
 * write them) in iCalendar's words (`FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH;COUNT=4`). The grammar:
 * a frequency and an interval (`D`aily, `W`eekly, `MP` monthly by position, `MD` monthly by day,
 * `YM` yearly by month, `YD` yearly by day), then its list (weekdays, `1+ MO`, day numbers with `-`
 * counted from the end, months), then `#count` (`#0` forever) or an end time; `#2` when neither.
 */

const FREQUENCIES: Readonly<Record<string, string>> = { D: "DAILY", W: "WEEKLY", MP: "MONTHLY", MD: "MONTHLY", YM: "YEARLY", YD: "YEARLY" };
const WEEKDAY = /^(SU|MO|TU|WE|TH|FR|SA)$/;

/** A day or position number (`7`, `1-` counted from the end, `2+`) as iCalendar writes it (`7`, `-1`, `2`); null when it is none. */
function number(word: string): string | null {
	const m = /^(\d{1,3})([+-]?)$/.exec(word);
	if (!m?.[1]) return null;
	return m[2] === "-" ? `-${m[1]}` : m[1];
}

/** The list of a rule (after its frequency) in iCalendar's words, or null when a word of it is not understood. */
function listPart(kind: string, words: readonly string[]): string | null {
	if (words.length === 0) return "";
	if (kind === "W") return words.every((w) => WEEKDAY.test(w)) ? `;BYDAY=${words.join(",")}` : null;
	if (kind === "MP") {
		const days: string[] = [];
		let position: string | null = null;
		for (const w of words) {
			if (WEEKDAY.test(w) && position !== null) days.push(`${position}${w}`);
			else if ((position = number(w)) === null) return null;
		}
		return days.length > 0 ? `;BYDAY=${days.join(",")}` : null;
	}
	const numbers = words.map(number);
	if (numbers.some((n) => n === null)) return null;
	const name = kind === "MD" ? "BYMONTHDAY" : kind === "YM" ? "BYMONTH" : kind === "YD" ? "BYYEARDAY" : null;
	return name ? `;${name}=${numbers.join(",")}` : null;
}

/** One vCalendar 1.0 rule in iCalendar's words; null when it is not one (an iCalendar rule, or words not understood). */
export function iCalendarRule(rule: string): string | null {
	const words = rule.trim().toUpperCase().split(/\s+/);
	const head = /^(D|W|MP|MD|YM|YD)(\d{1,4})$/.exec(words[0] ?? "");
	if (!head?.[1] || !head[2]) return null;
	const last = words.length > 1 ? (words[words.length - 1] ?? "") : "";
	let end = ";COUNT=2";
	let list = words.slice(1);
	if (/^#\d+$/.test(last)) {
		end = last === "#0" ? "" : `;COUNT=${last.slice(1)}`;
		list = list.slice(0, -1);
	} else if (/^\d{8}(T\d{6}Z?)?$/.test(last)) {
		end = `;UNTIL=${last}`;
		list = list.slice(0, -1);
	}
	const part = listPart(head[1], list);
	if (part === null) return null;
	return `FREQ=${FREQUENCIES[head[1]] ?? "DAILY"};INTERVAL=${head[2]}${part}${end}`;
}

/**
 * The text with each vCalendar 1.0 `RRULE` and `EXRULE` (`EXRULE:W1 SA SU #0`, the weekends out of
 * a daily rule) written as iCalendar's, and the days of its `EXDATE` and
 * `RDATE` lists apart with commas as iCalendar writes them (vCalendar 1.0 writes
 * `EXDATE:20261103T090000Z;20261104T090000Z`, which iCalendar reads as one day and a stray part);
 * unchanged when it is no vCalendar 1.0 file.
 */
export function withVCalendarRules(text: string): string {
	if (!/^VERSION:\s*1\.0\s*$/im.test(text)) return text;
	return text
		.replace(/^((?:RRULE|EXRULE)(?:;[^:\r\n]*)?:)([^\r\n]*)/gim, (line: string, name: string, rule: string) => {
			const converted = iCalendarRule(rule);
			return converted === null ? line : `${name}${converted}`;
		})
		.replace(/^((?:EXDATE|RDATE)(?:;[^:\r\n]*)?:)([^\r\n]*)/gim, (_line: string, name: string, days: string) => {
			return `${name}${days.split(";").map((day) => day.trim()).filter((day) => day !== "").join(",")}`;
		});
}
