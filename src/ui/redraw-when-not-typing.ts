/**
 * Redrawing a settings tab empties it: a field the user is typing in would lose its focus and its
 * text. While one has the focus, the redraw waits until the focus leaves the tab.
 */

/** The field of `container` the user is in: an input or a text area that has the focus. */
function fieldTypedIn(container: HTMLElement): HTMLElement | null {
	const active = container.ownerDocument.activeElement;
	if (!(active instanceof HTMLElement) || !container.contains(active)) return null;
	return active.tagName === "INPUT" || active.tagName === "TEXTAREA" ? active : null;
}

/**
 * Calls `redraw` now, or, while the user is in a field of `container`, once the focus leaves
 * `container` (moving to another of its fields waits on). The field's text is applied again at once
 * (its input event), so that what the user typed wins over the values that caused the redraw. Gives
 * what stops a redraw still waiting.
 */
export function redrawWhenNotTyping(container: HTMLElement, redraw: () => void): () => void {
	const field = fieldTypedIn(container);
	if (field === null) {
		redraw();
		return () => undefined;
	}
	field.dispatchEvent(new Event("input"));
	const onFocusOut = (event: FocusEvent): void => {
		if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
		container.removeEventListener("focusout", onFocusOut);
		redraw();
	};
	container.addEventListener("focusout", onFocusOut);
	return () => container.removeEventListener("focusout", onFocusOut);
}
