import type { Attributes } from "graphology-types";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { GraphTheme } from "./theme";

type Drawn = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/**
 * Sigma's hovered node, in the theme's colours: its default paints a white box under the label colour,
 * which in a dark theme is light grey on white. Here the box takes the theme's background, the text its
 * text colour, and the box's shape follows sigma's (a pill that wraps the node and its label).
 */
export function hoverDrawer<N extends Attributes, E extends Attributes>(theme: GraphTheme): (context: CanvasRenderingContext2D, data: Drawn, settings: Settings<N, E>) => void {
	return (context, data, settings) => {
		const size = settings.labelSize;
		context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
		context.fillStyle = theme.labelBackground;
		context.shadowOffsetX = 0;
		context.shadowOffsetY = 0;
		context.shadowBlur = 8;
		context.shadowColor = theme.shadow;
		const padding = 2;
		if (typeof data.label === "string" && data.label !== "") {
			const boxWidth = Math.round(context.measureText(data.label).width + 5);
			const boxHeight = Math.round(size + 2 * padding);
			const radius = Math.max(data.size, size / 2) + padding;
			const angle = Math.asin(boxHeight / 2 / radius);
			const dx = Math.sqrt(Math.abs(radius * radius - (boxHeight / 2) * (boxHeight / 2)));
			context.beginPath();
			context.moveTo(data.x + dx, data.y + boxHeight / 2);
			context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
			context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
			context.lineTo(data.x + dx, data.y - boxHeight / 2);
			context.arc(data.x, data.y, radius, angle, -angle);
			context.closePath();
			context.fill();
		} else {
			context.beginPath();
			context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
			context.closePath();
			context.fill();
		}
		context.shadowBlur = 0;
		if (!data.label) return;
		context.fillStyle = theme.label;
		context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
	};
}
