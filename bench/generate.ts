// Generates a large, seeded vault for benchmarks: people and meetings with tasks and links.
// Bundled by bench/run.mjs, so it shares the project's seeded random source.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../src/core/shared/random";

const FIRST = ["Anna", "Marco", "Giulia", "Luca", "Sara", "Nicolò", "Zoë", "Andrés", "Élodie", "Jürgen", "Priya", "Samuel", "Hiroshi", "Chiara", "Paolo", "Elena", "Davide", "Martina", "Tommaso", "Irene"];
const LAST = ["Rossi", "Bianchi", "Conti", "Ferri", "García", "Müller", "Weiß", "Laurent", "Okafor", "Tanaka", "Esposito", "Marino", "Greco", "Fontana", "Galli", "Costa", "Villa", "Leone", "Serra", "Moretti"];
const INTERESTS = ["jazz", "climbing", "rust", "cycling", "data science", "design systems", "cooking", "film", "sailing", "chess", "startups", "running"];
const CADENCES = ["2w", "monthly", "quarterly", "6w", "weekly", "P2M", "mensile", "ogni 3 settimane"];
const CIRCLES = ["work", "friend", "family", "work", "work"];

/** The generated vault's "today": meetings span the 700 days before it and 30 days after. */
export const BENCH_TODAY = "2026-11-27";

/**
 * `staleOpen`: the share of follow-ups older than 60 days that are still open. A user who keeps
 * Rapport closes most of them (default 3%); `--stress` leaves every one of them open.
 */
export interface VaultSpec {
	people?: number;
	meetings?: number;
	seed?: number;
	staleOpen?: number;
}

export function generateVault(root: string, { people = 10000, meetings = 90000, seed = 42, staleOpen = 0.03 }: VaultSpec = {}): { reused: boolean } {
	const marker = join(root, ".bench-vault.json");
	const spec = JSON.stringify({ people, meetings, seed, staleOpen, version: 3 });
	if (existsSync(marker) && readFileSync(marker, "utf8") === spec) return { reused: true };
	rmSync(root, { recursive: true, force: true });
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const names: string[] = [];
	for (let i = 0; i < people; i++) names.push(`${pick(FIRST)} ${pick(LAST)} ${i}`);
	const folders = new Set<string>();
	const write = (path: string, text: string): void => {
		const dir = path.slice(0, path.lastIndexOf("/"));
		if (!folders.has(dir)) {
			mkdirSync(join(root, dir), { recursive: true });
			folders.add(dir);
		}
		writeFileSync(join(root, path), text);
	};
	for (let i = 0; i < people; i++) {
		const interests = [pick(INTERESTS), pick(INTERESTS)];
		const birthday = random() < 0.6 ? `\nbirthday: ${1960 + Math.floor(random() * 40)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}` : "";
		const alias = random() < 0.2 ? `\naliases: [${(names[i] ?? "").split(" ")[0]}${i}]` : "";
		const task = random() < 0.3 ? `\n- [ ] Send ${names[i]} the notes 📅 2026-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15` : "";
		write(
			`People/${names[i]}.md`,
			`---\ntype: person\ncircle: ${pick(CIRCLES)}\ncadence: ${pick(CADENCES)}\norg: Company ${i % 500}\ninterests: [${interests.join(", ")}]${birthday}${alias}\n---\n# ${names[i]}\n\nMet at event ${i % 97}.${task}\n- ${2025 + Math.floor(random() * 2)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)} coffee\n`,
		);
	}
	const today = Date.parse(`${BENCH_TODAY}T00:00:00Z`);
	const start = today - 700 * 86400000;
	const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
	for (let i = 0; i < meetings; i++) {
		const dayMs = start + Math.floor(random() * 730) * 86400000;
		const day = iso(dayMs);
		const due = iso(dayMs + 7 * 86400000);
		const open = (): boolean => (today - dayMs > 60 * 86400000 ? random() < staleOpen : random() < 0.6);
		const count = 1 + Math.floor(random() * 4);
		const who = Array.from({ length: count }, () => names[Math.floor(random() * people)] ?? "");
		const lines = [`# Meeting ${i}`, "", `Discussed project ${i % 300} with [[${who[0]}]].`, ""];
		const tasks = Math.floor(random() * 3);
		for (let t = 0; t < tasks; t++) {
			const r = random();
			const box = open() ? "[ ]" : "[x]";
			if (r < 0.3) lines.push(`- ${box} Follow up with [[${pick(who)}]] 📅 ${due}`);
			else if (r < 0.5) lines.push(`- ${box} Send the deck [due:: ${due}]`);
			else if (r < 0.7) lines.push(`- [x] Shared notes with [[${pick(who)}]] ✅ ${day}`);
			else lines.push(`- ${box} Write up the minutes`);
		}
		write(`Meetings/${day.slice(0, 7)}/${day} Meeting ${i}.md`, `---\ntype: meeting\ndate: ${day}\nattendees: [${who.map((w) => `"[[${w}]]"`).join(", ")}]\n---\n${lines.join("\n")}\n`);
	}
	writeFileSync(marker, spec);
	return { reused: false };
}
