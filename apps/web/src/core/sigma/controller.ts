import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { actorName, textDirection, type Language } from '../i18n/index.ts';
import { networkGraph, type DrawnEdgeAttributes, type DrawnNodeAttributes } from '../graph/graph.ts';
import { createStore } from '../store.ts';
import { viewActions, viewStore } from '../view/state.ts';
import { createLabelDrawers } from './labels.ts';

/** Serves both scripts: Noto Sans Arabic ships Latin glyphs too (self-hosted by @fontsource). */
export const LABEL_FONT = '"Noto Sans Arabic", system-ui, sans-serif';
const FADED_NODE_COLOR = '#d8dde3';
const FADED_EDGE_COLOR = '#eceff2';

/** The actor under the pointer; with the selected actor, it decides what stays in focus. */
export const hoverStore = createStore<string | null>(null);

let renderer: Sigma<DrawnNodeAttributes, DrawnEdgeAttributes> | null = null;

export function getRenderer(): Sigma<DrawnNodeAttributes, DrawnEdgeAttributes> | null {
  return renderer;
}

/** The hovered actor, else the selected one if it is on the map: its neighbourhood stays lit. */
function focusedNode(): string | null {
  const hovered = hoverStore.get();
  if (hovered !== null && networkGraph.hasNode(hovered)) return hovered;
  const selected = viewStore.get().actor;
  return selected !== null && networkGraph.hasNode(selected) ? selected : null;
}

function edgeProgram(edge: string, curvature: number): string {
  const directed = !networkGraph.isUndirected(edge);
  if (curvature !== 0) return directed ? 'curvedArrow' : 'curved';
  return directed ? 'arrow' : 'line';
}

function nodeReducer(node: string, attributes: DrawnNodeAttributes): Partial<NodeDisplayData> {
  const focus = focusedNode();
  const display: Partial<NodeDisplayData> = { ...attributes, label: actorName(attributes, viewStore.get().language) };
  if (node === viewStore.get().actor) {
    display.highlighted = true;
    display.forceLabel = true;
  }
  if (focus === null) return display;
  if (node === focus || networkGraph.areNeighbors(node, focus)) return { ...display, forceLabel: true, zIndex: 1 };
  return { ...display, color: FADED_NODE_COLOR, label: null, zIndex: 0 };
}

function edgeReducer(edge: string, attributes: DrawnEdgeAttributes): Partial<EdgeDisplayData> {
  const focus = focusedNode();
  // The edge's `type` attribute is its relation type; sigma reads `type` as the program to draw with.
  const display = { ...attributes, type: edgeProgram(edge, attributes.curvature) };
  if (focus === null || networkGraph.hasExtremity(edge, focus)) return { ...display, zIndex: 1 };
  return { ...display, color: FADED_EDGE_COLOR, zIndex: 0 };
}

function labelSettings(language: Language) {
  const { drawLabel, drawHover } = createLabelDrawers<DrawnNodeAttributes, DrawnEdgeAttributes>(textDirection(language));
  return { defaultDrawNodeLabel: drawLabel, defaultDrawNodeHover: drawHover };
}

/** Creates the page's renderer once; from then on only the graph's content and the reducers' inputs change. */
export function mountRenderer(container: HTMLElement): () => void {
  const sigma = new Sigma<DrawnNodeAttributes, DrawnEdgeAttributes>(networkGraph, container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '400',
    labelDensity: 0.5,
    labelRenderedSizeThreshold: 8,
    zIndex: true,
    defaultEdgeType: 'line',
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    nodeReducer,
    edgeReducer,
    ...labelSettings(viewStore.get().language),
  });
  renderer = sigma;

  sigma.on('enterNode', ({ node }) => hoverStore.set(node));
  sigma.on('leaveNode', () => hoverStore.set(null));
  sigma.on('clickNode', ({ node }) => viewActions.selectActor(node));
  sigma.on('clickStage', () => viewActions.selectActor(null));

  const unsubscribeHover = hoverStore.subscribe(() => sigma.refresh({ skipIndexation: true }));
  const unsubscribeView = viewStore.subscribe((view, previous) => {
    if (view.language !== previous.language) sigma.setSettings(labelSettings(view.language));
    else if (view.actor !== previous.actor) sigma.refresh({ skipIndexation: true });
  });
  // Canvas text does not wait for web fonts: draw again once the label font has arrived.
  void document.fonts.load(`400 13px ${LABEL_FONT}`, 'Entente أنتانت').then(() => {
    if (renderer === sigma) sigma.refresh();
  });

  return () => {
    unsubscribeHover();
    unsubscribeView();
    renderer = null;
    sigma.kill();
  };
}

/** Moves the camera onto an actor of the map; an actor not on it is left to the panel. */
export function flyToActor(node: string): void {
  const position = renderer?.getNodeDisplayData(node);
  if (!renderer || !position) return;
  void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.5 }, { duration: 600 });
}
