/**
 * Keyboard and messages of Rapport's small forms (modals): Enter submits, and what keeps a form from
 * being submitted is said under it rather than nothing happening.
 */

/**
 * Runs `submit` on Enter in `input`, but not while an input method is composing a word (Japanese,
 * Chinese, Korean input): there Enter confirms the word, and submitting would send half of it.
 */
export function submitOnEnter(input: HTMLElement, submit: () => void): void {
	input.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter" || evt.isComposing) return;
		evt.preventDefault();
		submit();
	});
}

/** A line under the form, read out by screen readers, that says what to fix; `say("")` clears it. */
export function formMessage(parent: HTMLElement): (text: string) => void {
	const el = parent.createDiv({ cls: "rapport-form-error", attr: { role: "alert" } });
	return (text) => el.setText(text);
}
