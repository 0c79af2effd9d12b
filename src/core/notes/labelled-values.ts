/**
 * A contact detail kept as a list of labelled entries (`email: [{email_label: Personal, email_address: greta@…}]`,
 * `phone: [{phone_label: Mobile, phone_number: "+46 …"}]`, as QuickAdd person templates write them): the first value
 * of an entry that `looksRight` accepts (an address, a number), never a label. Null for any other value.
 */
export function labelledValue(value: unknown, looksRight: (text: string) => boolean): string | null {
	for (const entry of Array.isArray(value) ? (value as unknown[]) : [value]) {
		if (entry === null || typeof entry !== "object" || Array.isArray(entry)) continue;
		for (const v of Object.values(entry as Record<string, unknown>)) {
			const text = typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
			if (text !== "" && text.length <= 200 && looksRight(text)) return text;
		}
	}
	return null;
}

/** An e-mail address alone: `greta@example.org`. */
export function isEmailAddress(text: string): boolean {
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** A phone number alone: digits (five at least), spaces, dots, dashes, brackets, slashes, a leading `+`. */
export function isPhoneNumber(text: string): boolean {
	return /^\+?[\d\s()./-]+$/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 5;
}
