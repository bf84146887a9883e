import { relationSpec } from '@entente/ontology';
import { edgeKey } from '@entente/protocol';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { RelationRef } from '../api/client.ts';
import { actorName, textDirection } from '../i18n/index.ts';
import { discFitScale } from '../graph/prepare.ts';
import { createNetworkGraph, followNetworkGraph, networkGraph, type DrawnEdgeAttributes, type DrawnNodeAttributes } from '../graph/graph.ts';
import { pathStore } from '../path/path.ts';
import { createStore } from '../store.ts';
import { viewActions, viewStore } from '../view/state.ts';
import { layoutActions } from '../layout/layout.ts';
import { mountNodeDrag } from './drag.ts';
import { mountLabelLayer } from './label-layer.ts';
import { DENSE_LABEL_SIZE_THRESHOLD, DENSE_MAP_EDGES, edgeProgram, labelSettings, nodeProgram, RENDERER_SETTINGS, whenLabelFontLoaded } from './style.ts';

const FADED_NODE_COLOR = '#d8dde3';
const FADED_EDGE_COLOR = '#eceff2';
/** What the renderer holds while the map's graph is being refilled. */
const PLACEHOLDER_GRAPH = createNetworkGraph();

/** The actor under the pointer; with the selected actor, it decides what stays in focus. */
export const hoverStore = createStore<string | null>(null);

/** The line under the pointer, and where the pointer is in the map's container, for its tooltip. */
export interface EdgeHover {
  edge: string;
  x: number;
  y: number;
}
export const edgeHoverStore = createStore<EdgeHover | null>(null);

let renderer: Sigma<DrawnNodeAttributes, DrawnEdgeAttributes> | null = null;
/** Whether the map is drawn as dense (see DENSE_MAP_EDGES); set whenever its content is replaced. */
let dense = false;
/** What every disc is drawn at (discFitScale); set whenever the map's content or the viewport's size changes. */
let discScale = 1;

export function getRenderer(): Sigma<DrawnNodeAttributes, DrawnEdgeAttributes> | null {
  return renderer;
}

/** What stays lit while the rest of the map fades. */
interface Focus {
  hasNode(node: string): boolean;
  hasEdge(edge: string): boolean;
}

function neighbourhood(node: string): Focus {
  return {
    hasNode: (other) => other === node || networkGraph.areNeighbors(other, node),
    hasEdge: (edge) => networkGraph.hasExtremity(edge, node),
  };
}

/** The map's line for a relation, if it is drawn. */
export function edgeOfRelation({ type, source, target }: RelationRef): string | null {
  const key = edgeKey(type, source, target);
  if (networkGraph.hasEdge(key)) return key;
  // An undirected relation may be drawn from either end.
  const reverse = edgeKey(type, target, source);
  return !relationSpec(type).directed && networkGraph.hasEdge(reverse) ? reverse : null;
}

/** The relation a line of the map stands for. */
export function relationOfEdge(edge: string): RelationRef {
  return { type: networkGraph.getEdgeAttribute(edge, 'type'), source: networkGraph.source(edge), target: networkGraph.target(edge) };
}

function lineAndEnds(edge: string): Focus {
  const [source, target] = networkGraph.extremities(edge);
  return { hasNode: (node) => node === source || node === target, hasEdge: (other) => other === edge };
}

/**
 * The hovered actor's neighbourhood, else the path being shown, else the selected actor's
 * neighbourhood, else the selected line and its two actors.
 */
function currentFocus(): Focus | null {
  const hovered = hoverStore.get();
  if (hovered !== null && networkGraph.hasNode(hovered)) return neighbourhood(hovered);
  const path = pathStore.get();
  if (path.phase === 'found') return { hasNode: (node) => path.nodes.has(node), hasEdge: (edge) => path.edges.has(edge) };
  const { actor, relation } = viewStore.get();
  if (actor !== null && networkGraph.hasNode(actor)) return neighbourhood(actor);
  const edge = relation && edgeOfRelation(relation);
  return edge ? lineAndEnds(edge) : null;
}

function nodeReducer(node: string, attributes: DrawnNodeAttributes): Partial<NodeDisplayData> {
  const focus = currentFocus();
  const display: Partial<NodeDisplayData> = {
    ...attributes,
    size: attributes.size * discScale,
    type: nodeProgram(dense),
    label: actorName(attributes, viewStore.get().language),
  };
  if (node === viewStore.get().actor) {
    display.highlighted = true;
    display.forceLabel = true;
  }
  if (focus === null) return display;
  if (focus.hasNode(node)) return { ...display, forceLabel: true, zIndex: 1 };
  return { ...display, color: FADED_NODE_COLOR, label: null, zIndex: 0 };
}

function edgeReducer(edge: string, attributes: DrawnEdgeAttributes): Partial<EdgeDisplayData> {
  const focus = currentFocus();
  // The edge's `type` attribute is its relation type; sigma reads `type` as the program to draw with.
  const inFocus = focus !== null && focus.hasEdge(edge);
  // On a dense map the relations in focus keep their arrows and bends.
  const display = { ...attributes, type: edgeProgram(!networkGraph.isUndirected(edge), attributes.curvature, dense && !inFocus, attributes.announced) };
  // The line under the pointer stands out, so that one knows which a click would open.
  if (edgeHoverStore.get()?.edge === edge) return { ...display, size: attributes.size + 2, zIndex: 2 };
  if (focus === null || inFocus) return { ...display, zIndex: 1 };
  return { ...display, color: FADED_EDGE_COLOR, zIndex: 0 };
}

/** Creates the page's renderer once; from then on only the graph's content and the reducers' inputs change. */
export function mountRenderer(container: HTMLElement): () => void {
  const sigma = new Sigma<DrawnNodeAttributes, DrawnEdgeAttributes>(networkGraph, container, {
    ...RENDERER_SETTINGS,
    nodeReducer,
    edgeReducer,
    ...labelSettings<DrawnNodeAttributes, DrawnEdgeAttributes>(viewStore.get().language),
    // The label layer below picks and draws the labels.
    renderLabels: false,
  });
  renderer = sigma;
  const labels = mountLabelLayer(sigma, () => textDirection(viewStore.get().language));

  // For scripts/bench/explorer.ts: the first frame that draws a loaded network.
  const markFirstFrame = () => {
    if (networkGraph.order === 0) return;
    performance.mark('entente:first-frame');
    sigma.off('afterRender', markFirstFrame);
  };
  sigma.on('afterRender', markFirstFrame);
  // While the stage is dragged, actors slide under the pointer: fading their neighbourhoods in turn
  // would redraw the whole map on every step of the drag.
  const mouse = sigma.getMouseCaptor();
  sigma.on('enterNode', ({ node }) => {
    if (!mouse.isMouseDown) hoverStore.set(node);
  });
  sigma.on('leaveNode', () => hoverStore.set(null));
  const drag = mountNodeDrag(sigma, { started: layoutActions.hold, ended: layoutActions.release });
  sigma.on('clickNode', ({ node }) => {
    if (!drag.wasDrag()) viewActions.selectActor(node);
  });
  sigma.on('enterEdge', ({ edge, event }) => {
    if (!mouse.isMouseDown) edgeHoverStore.set({ edge, x: event.x, y: event.y });
  });
  sigma.on('leaveEdge', () => edgeHoverStore.set(null));
  sigma.on('clickEdge', ({ edge }) => {
    if (!drag.wasDrag()) viewActions.selectRelation(relationOfEdge(edge));
  });
  sigma.on('clickStage', () => {
    if (!drag.wasDrag()) viewActions.selectActor(null);
  });

  const redraw = () => sigma.refresh({ skipIndexation: true });
  const fitSettingsToSize = () => {
    dense = networkGraph.size > DENSE_MAP_EDGES;
    sigma.setSetting('hideEdgesOnMove', dense);
    sigma.setSetting('hideLabelsOnMove', dense);
    // Actors are drawn smaller there (see prepare.ts): the biggest still get their names.
    sigma.setSetting('labelRenderedSizeThreshold', dense ? DENSE_LABEL_SIZE_THRESHOLD : RENDERER_SETTINGS.labelRenderedSizeThreshold);
  };
  /** Returns whether the discs' scale changed. */
  const fitDiscsToViewport = () => {
    const { width, height } = sigma.getDimensions();
    const previous = discScale;
    discScale = discFitScale(
      networkGraph.mapNodes((_node, attributes) => attributes.size),
      Math.min(width, height) - 2 * sigma.getSetting('stagePadding'),
    );
    return discScale !== previous;
  };
  fitSettingsToSize();
  fitDiscsToViewport();
  // Sigma notices a new size as it renders, after the reducers ran: the discs are drawn again at their new scale.
  sigma.on('resize', () => {
    if (fitDiscsToViewport()) sigma.scheduleRefresh();
  });
  const unfollow = followNetworkGraph({
    release: () => {
      // The line under the pointer may not survive the new content.
      edgeHoverStore.set(null);
      sigma.setGraph(PLACEHOLDER_GRAPH);
    },
    retake: () => {
      labels.forget();
      fitSettingsToSize();
      fitDiscsToViewport();
      sigma.setGraph(networkGraph);
    },
  });
  const unsubscribeHover = hoverStore.subscribe(redraw);
  const unsubscribeEdgeHover = edgeHoverStore.subscribe((hover, previous) => {
    if (hover?.edge !== previous?.edge) redraw();
  });
  const unsubscribePath = pathStore.subscribe((path, previous) => {
    redraw();
    // A path found is framed whole: its far end may lie anywhere on the map. The next frame, once
    // sigma has drawn the actors the path brought.
    if (path.phase === 'found' && path !== previous) requestAnimationFrame(() => flyToActors([...path.nodes]));
  });
  const unsubscribeView = viewStore.subscribe((view, previous) => {
    if (view.language !== previous.language) sigma.setSettings(labelSettings<DrawnNodeAttributes, DrawnEdgeAttributes>(view.language));
    else if (view.actor !== previous.actor || view.relation !== previous.relation) redraw();
  });
  whenLabelFontLoaded(() => {
    // Labels are drawn afresh in every frame: drawing one again is enough, the graph need not be read again.
    labels.forget();
    if (renderer === sigma) sigma.scheduleRender();
  });

  return () => {
    unfollow();
    unsubscribeHover();
    unsubscribeEdgeHover();
    unsubscribePath();
    unsubscribeView();
    labels.unmount();
    drag.unmount();
    renderer = null;
    sigma.kill();
  };
}

/** Moves the camera to frame actors of the map; those not on it are left to the panel. */
export function flyToActors(nodes: readonly string[]): void {
  const sigma = renderer;
  if (!sigma) return;
  const positions = nodes.flatMap((node) => sigma.getNodeDisplayData(node) ?? []);
  if (positions.length === 0) return;
  const xs = positions.map(({ x }) => x);
  const ys = positions.map(({ y }) => y);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Ratio 1 shows the whole map; a margin keeps the framed actors clear of the panels at the sides.
  const ratio = Math.max(0.5, 1.6 * Math.max(right - left, top - bottom));
  void sigma.getCamera().animate({ x: (left + right) / 2, y: (bottom + top) / 2, ratio }, { duration: 600 });
}

export function flyToActor(node: string): void {
  flyToActors([node]);
}
