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

/** A box in viewport pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label that could be drawn: the places it could take, and what decides whether it wins a contested place. */
export interface LabelCandidate {
  key: string;
  /** Where the label could go, the preferred place first (see `labelBoxes`). */
  boxes: readonly LabelBox[];
  /** Labels the focus asks for (the selected actor, the hovered one's neighbours) are placed first. */
  forced: boolean;
  /** The larger first: the node's size, which grows with its weighted degree. */
  importance: number;
}

export interface PlacedLabel {
  key: string;
  box: LabelBox;
}

export const boxesOverlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Square cells of the spatial index; a label box spans one to a few of them. */
const CELL = 64;

function cellsOf(box: LabelBox): string[] {
  const cells: string[] = [];
  for (let i = Math.floor(box.x / CELL); i <= Math.floor((box.x + box.width) / CELL); i++)
    for (let j = Math.floor(box.y / CELL); j <= Math.floor((box.y + box.height) / CELL); j++) cells.push(`${i},${j}`);
  return cells;
}

/**
 * Which labels to draw, and where: greedily by importance (forced ones first), each at the first of its
 * places that overlaps no label already placed, or not at all. So the largest actors are named first
 * and no two labels run into each other, wherever the camera is. Ties go by key, so that the same
 * picture gives the same labels.
 */
export function placeLabels(candidates: readonly LabelCandidate[]): PlacedLabel[] {
  const ordered = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.importance - a.importance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const grid = new Map<string, LabelBox[]>();
  const placed: PlacedLabel[] = [];
  for (const { key, boxes } of ordered) {
    const box = boxes.find((box) => !cellsOf(box).some((cell) => grid.get(cell)?.some((other) => boxesOverlap(box, other))));
    if (!box) continue;
    placed.push({ key, box });
    for (const cell of cellsOf(box)) {
      const taken = grid.get(cell);
      if (taken) taken.push(box);
      else grid.set(cell, [box]);
    }
  }
  return placed;
}

/**
 * The places a label can take around its disc: after it in the reading direction (to the right, or to
 * the left in right-to-left), before it, then centred above and below.
 */
export function labelBoxes(node: { x: number; y: number; size: number }, textWidth: number, labelSize: number, direction: 'ltr' | 'rtl'): LabelBox[] {
  // Three pixels off the disc, as sigma draws labels; the box reaches the ascenders above and
  // Arabic's descenders below, with a pixel to spare on every side.
  const width = textWidth + 2;
  const height = 1.3 * labelSize;
  const gap = node.size + 3;
  const right = { x: node.x + gap - 1, y: node.y - 0.6 * labelSize, width, height };
  const left = { x: node.x - gap - width + 1, y: node.y - 0.6 * labelSize, width, height };
  const above = { x: node.x - width / 2, y: node.y - node.size - 1 - height, width, height };
  const below = { x: node.x - width / 2, y: node.y + node.size + 1, width, height };
  return direction === 'rtl' ? [left, right, above, below] : [right, left, above, below];
}
