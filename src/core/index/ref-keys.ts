import type { Ref } from "../notes/note";
import { basename } from "../shared/text";
import { umlautsWrittenOut } from "../shared/umlauts";
import { withoutTrailingParenthesis } from "./person-marks";
import { emailIn, firstWordKeyOfPlainName, firstWordKeyOfTarget, handleKeyOfTarget, nameBeforeEmail, nameKeyOf, wordOrderKey } from "./person-keys";

/**
 * The folded keys under which an index files a reference, matching `personKeys`: its name, and for
 * `Anna Rossi (Lumen)` also `anna rossi`, so the reference is read again when either person comes or
 * goes. Worked out once per link target and per plain name (one memo each: a link's folder is a path,
 * a plain name is whole).
 */
export class RefKeys {
	private readonly linkKeysMemo = new Map<string, readonly string[]>();
	private readonly nameKeysMemo = new Map<string, readonly string[]>();

	/** The keys `ref` is filed under. */
	of(ref: Ref): readonly string[] {
		const memo = ref.link ? this.linkKeysMemo : this.nameKeysMemo;
		let keys = memo.get(ref.target);
		if (keys === undefined) {
			keys = refKeysOf(ref);
			if (memo.size > 100000) memo.clear();
			memo.set(ref.target, keys);
		}
		return keys;
	}
}

/** The keys `ref` is filed under (see `RefKeys`), worked out afresh. */
function refKeysOf(ref: Ref): readonly string[] {
	// A link's folder is a path (`[[Clients/Anna]]` names Anna); a plain name is whole, slashes and all (`AC/DC`).
	const name = ref.link ? basename(ref.target) : ref.target;
	const key = nameKeyOf(name);
	const bare = withoutTrailingParenthesis(name);
	let keys = bare === name ? [key] : [key, nameKeyOf(bare)];
	const words = ref.link || bare !== name ? null : wordOrderKey(key);
	if (words !== null) keys = [...keys, words];
	const writtenOut = ref.link ? null : umlautsWrittenOut(name);
	if (writtenOut !== null) keys = [...keys, nameKeyOf(writtenOut)];
	const handle = ref.link ? null : handleKeyOfTarget(name);
	if (handle !== null) keys = [...keys, handle];
	const first = ref.link ? null : (firstWordKeyOfTarget(name) ?? firstWordKeyOfPlainName(bare));
	if (first !== null) keys = [...keys, first];
	const email = ref.link ? null : emailIn(name);
	if (email !== null && email !== key) {
		const before = nameBeforeEmail(name);
		const named = nameKeyOf(before);
		// `Luca <luca@lumen.example>`: the name beside the address may be a first name alone (see `PersonResolver.namedBeside`).
		keys = [...keys, email, named, wordOrderKey(named) ?? "", firstWordKeyOfPlainName(before) ?? ""].filter((k) => k !== "");
	}
	return keys;
}
