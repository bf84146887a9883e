import type { Attributes } from 'graphology-types';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';

/**
 * Sigma draws labels with canvas `fillText` at the node's right, with the canvas's inherited direction.
 * Under `dir="rtl"` that direction makes `textAlign: start` mean "end at x", so the label would sit on
 * its own node. These drawers set the direction explicitly and, in Arabic, mirror the label to the
 * node's left, as an Arabic reader's eye expects.
 */
export function createLabelDrawers<N extends Attributes, E extends Attributes>(
  direction: 'ltr' | 'rtl',
): {
  drawLabel: NodeLabelDrawingFunction<N, E>;
  drawHover: NodeHoverDrawingFunction<N, E>;
} {
  const side = direction === 'rtl' ? -1 : 1;

  const drawLabel: NodeLabelDrawingFunction<N, E> = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.save();
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.direction = direction;
    context.textAlign = direction === 'rtl' ? 'right' : 'left';
    context.fillText(data.label, data.x + side * (data.size + 3), data.y + size / 3);
    context.restore();
  };

  /** A white tag joining the node and its label, as sigma's own, mirrored in right-to-left. */
  const drawHover: NodeHoverDrawingFunction<N, E> = (context, data, settings) => {
    const size = settings.labelSize;
    const padding = 2;
    context.save();
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.fillStyle = '#fff';
    context.shadowBlur = 8;
    context.shadowColor = '#000';
    // The tag is drawn in left-to-right geometry, mirrored around the node for right-to-left.
    context.translate(data.x, data.y);
    context.scale(side, 1);
    context.beginPath();
    if (data.label) {
      const boxWidth = Math.round(context.measureText(data.label).width + 5);
      const boxHeight = Math.round(size + 2 * padding);
      const radius = Math.max(data.size, size / 2) + padding;
      const angle = Math.asin(boxHeight / 2 / radius);
      const xDelta = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
      context.moveTo(xDelta, boxHeight / 2);
      context.lineTo(radius + boxWidth, boxHeight / 2);
      context.lineTo(radius + boxWidth, -boxHeight / 2);
      context.lineTo(xDelta, -boxHeight / 2);
      context.arc(0, 0, radius, angle, -angle);
    } else {
      context.arc(0, 0, data.size + padding, 0, Math.PI * 2);
    }
    context.closePath();
    context.fill();
    context.restore();
    drawLabel(context, data, settings);
  };

  return { drawLabel, drawHover };
}
