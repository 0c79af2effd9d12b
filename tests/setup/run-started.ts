// The moment this run of the tests started, taken once per run rather than once per worker or per file: the workers
// inherit it in RAPPORT_RUN_STARTED_AT, and the tests' clock (tests/run-day.ts) shows that moment's day to all of them.
export default function setup(): void {
	process.env.RAPPORT_RUN_STARTED_AT ??= String(Date.now());
}
