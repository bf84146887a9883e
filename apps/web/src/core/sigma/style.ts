import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Attributes } from 'graphology-types';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { textDirection, type Language } from '../i18n/index.ts';
import { EdgeDashedArrowProgram, EdgeDashedProgram } from './dashed.ts';
import { createLabelDrawers } from './labels.ts';

/** Serves both scripts: Noto Sans Arabic ships Latin glyphs too (self-hosted by @fontsource). */
export const LABEL_FONT = '"Noto Sans Arabic", system-ui, sans-serif';

/** What every renderer of the app shares, so that the console's graph reads like the map. */
export const RENDERER_SETTINGS = {
  labelFont: LABEL_FONT,
  labelSize: 13,
  labelWeight: '400',
  labelDensity: 0.5,
  labelRenderedSizeThreshold: 8,
  zIndex: true,
  // A line is hovered for its summary and clicked for its evidence.
  enableEdgeEvents: true,
  defaultEdgeType: 'line',
  nodeProgramClasses: {
    circle: NodeCircleProgram,
    point: NodePointProgram,
  },
  edgeProgramClasses: {
    thin: EdgeLineProgram,
    line: EdgeRectangleProgram,
    arrow: EdgeArrowProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
    dashed: EdgeDashedProgram,
    dashedArrow: EdgeDashedArrowProgram,
  },
};

/**
 * Past this many edges a map is dense: actors are drawn as point sprites and relations as one-pixel
 * lines, without arrowheads or bends. At that density they look much the same, and where WebGL runs
 * without a GPU a frame costs a fifth of the full drawing. Dense maps also move without their edges.
 */
export const DENSE_MAP_EDGES = 5000;
export const DENSE_LABEL_SIZE_THRESHOLD = 4;

export const nodeProgram = (dense: boolean) => (dense ? 'point' : 'circle');

/**
 * The program, among RENDERER_SETTINGS' own, that draws an edge: arrows for directed ones, bent ones
 * when parallel. A relation only announced is dashed wherever it is, even on a dense map and among
 * parallel ones (dashes do not bend), so that it never looks like a fact.
 */
export function edgeProgram(directed: boolean, curvature: number, dense = false, announced = false): string {
  if (announced) return directed ? 'dashedArrow' : 'dashed';
  if (dense) return 'thin';
  if (curvature !== 0) return directed ? 'curvedArrow' : 'curved';
  return directed ? 'arrow' : 'line';
}

export function labelSettings<N extends Attributes, E extends Attributes>(language: Language) {
  const { drawLabel, drawHover } = createLabelDrawers<N, E>(textDirection(language));
  return { defaultDrawNodeLabel: drawLabel, defaultDrawNodeHover: drawHover };
}

/** Canvas text does not wait for web fonts: runs `redraw` once the label font has arrived. */
export function whenLabelFontLoaded(redraw: () => void): void {
  void document.fonts.load(`400 13px ${LABEL_FONT}`, 'Entente أنتانت').then(redraw);
}
