import type Sigma from 'sigma';
import type { DrawnEdgeAttributes, DrawnNodeAttributes } from '../graph/graph.ts';
import { labelBoxes, placeLabels, type LabelCandidate } from './labels.ts';

/** The largest actors are named whatever their drawn size, so a zoomed-out map still says who is who. */
const ALWAYS_LABELLED = 10;

/**
 * The map's labels, drawn after each frame in place of sigma's: sigma picks labels per grid cell and
 * draws them in cell order without looking at their boxes, so large actors went unnamed beside small
 * ones and labels ran into each other. Here `placeLabels` chooses them and their places.
 */
export function mountLabelLayer(sigma: Sigma<DrawnNodeAttributes, DrawnEdgeAttributes>, direction: () => 'ltr' | 'rtl'): { forget: () => void; unmount: () => void } {
  const widths = new Map<string, number>();
  /** Node keys by size, largest first; rebuilt when the graph changes. */
  let bySize: string[] | null = null;

  const draw = () => {
    const settings = sigma.getSettings();
    if (settings.hideLabelsOnMove && (sigma.getCamera().isAnimated() || sigma.getMouseCaptor().isMoving)) return;
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const graph = sigma.getGraph();
    const { width, height } = sigma.getDimensions();
    const side = direction();
    context.save();
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    bySize ??= graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'));
    const labels = new Map<string, string>();
    const candidates: LabelCandidate[] = [];
    bySize.forEach((key, rank) => {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden || !data.label) return;
      const size = sigma.scaleSize(data.size);
      if (rank >= ALWAYS_LABELLED && !data.forceLabel && size < settings.labelRenderedSizeThreshold) return;
      const { x, y } = sigma.framedGraphToViewport(data);
      if (x < -size || x > width + size || y < -size || y > height + size) return;
      let textWidth = widths.get(data.label);
      if (textWidth === undefined) {
        textWidth = context.measureText(data.label).width;
        widths.set(data.label, textWidth);
      }
      labels.set(key, data.label);
      candidates.push({ key, boxes: labelBoxes({ x, y, size }, textWidth, settings.labelSize, side), forced: data.forceLabel === true, importance: data.size });
    });
    const placed = placeLabels(candidates);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.direction = side;
    // The box is placed in absolute geometry; in right-to-left too the text starts at its left edge.
    context.textAlign = 'left';
    for (const { key, box } of placed) context.fillText(labels.get(key)!, box.x + 1, box.y + 0.6 * settings.labelSize + settings.labelSize / 3);
    context.restore();
    // For the end-to-end tests: which labels the last frame drew, and where.
    performance.clearMarks('entente:labels');
    performance.mark('entente:labels', { detail: placed });
  };

  sigma.on('afterRender', draw);
  return {
    /** The graph's content or the label font changed: sizes and text widths are read again. */
    forget: () => {
      bySize = null;
      widths.clear();
    },
    unmount: () => sigma.off('afterRender', draw),
  };
}
