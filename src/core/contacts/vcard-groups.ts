import type { Contact } from "./contact";

/** A vCard property as the groups need it: its name (upper case) and raw value. */
interface GroupProperty {
	name: string;
	value: string;
}

/**
 * Contact groups written as vCards of their own, beside the people: Apple's and Fastmail's
 * (`X-ADDRESSBOOKSERVER-KIND:group`, one `X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:…` per member) and vCard
 * 4.0's (`KIND:group`, `MEMBER`). Such a card is no person: its name is given to its members as one of
 * their groups, as `CATEGORIES` gives one.
 */
export class CardGroups {
	private readonly uids = new Map<Contact, string>();
	private readonly members = new Map<Contact, string[]>();
	private readonly groups = new Set<Contact>();

	/** Notes what a property says of the card's kind, id or members; true when the property is only that. */
	note(card: Contact, p: GroupProperty): boolean {
		const value = p.value.trim();
		switch (p.name) {
			case "UID":
				this.uids.set(card, memberId(value));
				return true;
			case "KIND":
			case "X-ADDRESSBOOKSERVER-KIND":
				if (value.toLowerCase() === "group") this.groups.add(card);
				return true;
			case "MEMBER":
			case "X-ADDRESSBOOKSERVER-MEMBER": {
				const list = this.members.get(card) ?? [];
				list.push(memberId(value));
				this.members.set(card, list);
				return true;
			}
			default:
				return false;
		}
	}

	isGroup(card: Contact): boolean {
		return this.groups.has(card);
	}

	/** Adds each group's name to the groups of the contacts it lists (by their `UID`), once. */
	giveToMembers(contacts: readonly Contact[]): void {
		const byUid = new Map<string, Contact>();
		for (const c of contacts) {
			const uid = this.uids.get(c);
			if (uid) byUid.set(uid, c);
		}
		for (const group of this.groups) {
			const name = (group.name || group.lastName).trim();
			if (name === "") continue;
			for (const id of this.members.get(group) ?? []) {
				const member = byUid.get(id);
				if (member && !member.groups.includes(name)) member.groups.push(name);
			}
		}
	}
}

/** A card's id as members name it: `urn:uuid:` and case aside. */
function memberId(value: string): string {
	return value.replace(/^urn:uuid:/i, "").trim().toLowerCase();
}
