import { afterEach, describe, expect, it, vi } from "vitest";
import { DateTime } from "luxon";
import { today } from "../../../src/core/dates/dates";

/**
 * `today()` reads the system's day from Date's local fields (no luxon object): it must give luxon's
 * local day in every zone the machine may be set to, DST transition days included, and with TZ unset,
 * invalid, or a POSIX rule rather than an IANA name.
 */
describe("today in the system's zone", () => {
	afterEach(() => vi.useRealTimers());

	it("is luxon's local day every quarter hour around DST changes, in zones with odd offsets and rules, and with TZ unset or invalid", () => {
		const saved = process.env.TZ;
		const differ: string[] = [];
		vi.useFakeTimers();
		try {
			// São Paulo changed clocks at midnight; Lord Howe by half an hour; Apia skipped a whole day (2011-12-30).
			for (const zone of ["America/Sao_Paulo", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Apia", "America/St_Johns", "UTC", "", "Invalid/Zone", "EST5EDT", "<+0330>-3:30"]) {
				if (zone === "") delete process.env.TZ;
				else process.env.TZ = zone;
				for (const start of [Date.UTC(2018, 10, 3), Date.UTC(2026, 2, 7), Date.UTC(2026, 9, 24), Date.UTC(2011, 11, 29)]) {
					for (let quarter = 0; quarter < 3 * 96; quarter++) {
						vi.setSystemTime(start + quarter * 15 * 60_000);
						if (today() !== DateTime.local().toISODate()) differ.push(`${zone} ${new Date().toISOString()}: ${today()}`);
					}
				}
			}
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
		expect(differ).toEqual([]);
	});
});
