import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deviceCopyOf } from "../../../src/core/notes/sync-copies";

// The reference: deviceCopyOf as it was before 3700416 (every hyphen tested, no early stop), with its helpers.
const SAFE_BACKUP = /-safeBackup-\d{4}$/;
const CAPITALS = /^\p{Lu}{2,}$/u;
const DEVICE_PART = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const DEVICE_WORD = /^(?:pc|desktop|laptop|notebook|macbook|imac|mac|mbp|mba|mini|surface|thinkpad|workstation|air|pro)$/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|vi|vii|viii)$/i;
function continuesCapitals(name: string, device: string): boolean {
	return CAPITALS.test(device) && CAPITALS.test(name.slice(Math.max(name.lastIndexOf(" "), name.lastIndexOf("-")) + 1));
}
function isDeviceName(name: string): boolean {
	if (!DEVICE_PART.test(name)) return false;
	const parts = name.split("-");
	if (parts.length > 3) return false;
	return parts.some((p) => !SUFFIX.test(p) && ((/\d/.test(p) && /[A-Za-z]/.test(p)) || /^[A-Z]{2,}$/.test(p) || /^[A-Za-z]+[a-z][A-Z]/.test(p) || DEVICE_WORD.test(p)));
}
function oldDeviceCopyOf(title: string): { names: string[]; byName: boolean } | null {
	if (!title.includes("-")) return null;
	const backup = SAFE_BACKUP.exec(title);
	const stem = backup ? title.slice(0, backup.index) : title;
	const names: string[] = [];
	for (let at = stem.lastIndexOf("-"); at > 0; at = stem.lastIndexOf("-", at - 1)) {
		const name = stem.slice(0, at).trimEnd();
		const device = stem.slice(at + 1);
		if (name !== "" && (backup ? DEVICE_PART.test(device) : isDeviceName(device) && !continuesCapitals(name, device))) names.push(name);
	}
	if (names.length === 0) return null;
	return { names, byName: backup !== null };
}

const pieces = ["-", "-", "--", " ", " -", "- ", "a", "Anna", "MARCO", "PC", "pc01", "ThinkPad", "JR", "iii", "Luc", "2026", "7", "É", "è", "MacBook", "Pro", "x", "_", ".", "safeBackup", "-safeBackup-0001", "DESKTOP", "Ab"];
const title = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 12 }).map((p) => p.join(""));
const chars = fc.array(fc.constantFrom("-", " ", "A", "b", "Z", "q", "1", "9", "É", "s"), { maxLength: 20 }).map((c) => c.join(""));

describe("deviceCopyOf's early stop at the first tail that cannot be a computer's name", () => {
	it("gives the answers of the old walk over every hyphen, for names of hyphens, capitals, digits and spaces", () => {
		fc.assert(fc.property(fc.oneof(title, chars), (t) => {
			expect(deviceCopyOf(t)).toEqual(oldDeviceCopyOf(t));
		}), { numRuns: 20000 });
	});

	it("gives the old answers on hand-picked names at the edges (trailing, doubled and leading hyphens, backups)", () => {
		for (const t of ["-", "--", "a-", "-a", "a--PC", "Anna Rossi-DESKTOP-1A2B3C4", "Jean-Luc Picard-marco-ThinkPad-safeBackup-0001",
			"Anna- -PC", "Anna -MARCO-PC", "Claire DUPONT-MARTIN", "Anna-Maria", "Q3-OKR", "x-y z-PC", "-safeBackup-0001", "a--safeBackup-0001", "Anna-PC-"]) {
			expect(deviceCopyOf(t), t).toEqual(oldDeviceCopyOf(t));
		}
	});
});
