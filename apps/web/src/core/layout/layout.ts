import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { networkGraph } from '../graph/graph.ts';
import { getRenderer } from '../sigma/controller.ts';
import { DENSE_MAP_EDGES } from '../sigma/style.ts';
import { createStore } from '../store.ts';
import { viewActions, viewStore } from '../view/state.ts';
import type { LayoutProgress, LayoutRequest } from './forceatlas2-protocol.ts';
import { separateDiscs, type Disc } from './overlaps.ts';
import { savePositions } from './positions.ts';
import { encodePositions, MAX_SHARED_ACTORS } from './shared-positions.ts';

/** At rest: an iteration moves actors on average less than this share of the map's extent. */
const SETTLED_MOVEMENT = 0.001;
/** An automatic run that has not come to rest by then stops anyway, so a huge map does not keep a laptop's fan going; the Run button goes on. */
const AUTOMATIC_RUN_MAX_MS = 60_000;
/** Pixels kept between two discs once the layout has spread them apart. */
const NODE_MARGIN = 2;
/**
 * Rounds of the no-overlap pass at most: spreading discs widens the map, which sigma then draws
 * smaller, so discs that were just apart may touch again; a round that moves nothing ends the pass
 * (on the 311-actor map of tests/e2e/map-reading.e2e.test.ts, the third).
 */
const SEPARATION_ROUNDS = 6;
const SEPARATION_SWEEPS = 100;

export interface LayoutState {
  running: boolean;
  /** The map has more actors than a link can place (MAX_SHARED_ACTORS): their positions stay on this machine. */
  positionsStayLocal: boolean;
}

export const layoutStore = createStore<LayoutState>({ running: false, positionsStayLocal: false });

let worker: Worker | null = null;
let run = 0;
/** When the automatic run began; null when the user started the layout. */
let automaticSince: number | null = null;

function send(request: LayoutRequest, transfer: Transferable[] = []): void {
  worker?.postMessage(request, transfer);
}

/**
 * ForceAtlas2 places actors by their relations but lets discs overlap, and large ones pile up at the
 * centre. separateDiscs then pushes touching discs apart, measured as they are drawn: sigma's sizes
 * are in screen pixels (scaled to the viewport, see discFitScale) while positions are in the graph's
 * own units, so both are read in the viewport.
 */
function spreadOverlaps(): (Disc & { key: string })[] {
  const sigma = getRenderer();
  // A dense map draws its actors as small points, and pushing thousands apart on the page's thread
  // would freeze it: there the layout ends as ForceAtlas2 leaves it.
  if (!sigma || networkGraph.order < 2 || networkGraph.size > DENSE_MAP_EDGES) return [];
  const drawnDiscs = () => {
    // Redraws now, so that the viewport's scale is that of the positions the last round left.
    sigma.refresh();
    return networkGraph.mapNodes((key, attributes) => ({ key, ...sigma.graphToViewport(attributes), size: sigma.scaleSize(sigma.getNodeDisplayData(key)?.size) }));
  };
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    const discs = drawnDiscs();
    if (!separateDiscs(discs, NODE_MARGIN, SEPARATION_SWEEPS)) return discs;
    for (const { key, ...disc } of discs) networkGraph.mergeNodeAttributes(key, sigma.viewportToGraph(disc));
  }
  return drawnDiscs();
}

function stop(): void {
  if (!layoutStore.get().running) return;
  send({ kind: 'stop' });
  savePositions(networkGraph);
  layoutStore.set((layout) => ({ ...layout, running: false }));
}

/** The map's positions into the view, so that a link to it shows them; a map too large for a link keeps them here. */
function sharePositions(): void {
  const positions = encodePositions(new Map(networkGraph.mapNodes((node, { x, y }) => [node, { x, y }])));
  viewActions.sharePositions(positions);
  layoutStore.set((layout) => ({ ...layout, positionsStayLocal: positions === null && networkGraph.order > MAX_SHARED_ACTORS }));
}

/** The run ends with the actors spread apart; only a run cut short by a new graph ends without. Returns the discs as drawn. */
function finish(): ReturnType<typeof spreadOverlaps> {
  if (!layoutStore.get().running) return [];
  const discs = spreadOverlaps();
  stop();
  // A run the analyst started is theirs to share; an automatic one (new actors) keeps a shared map's link current.
  if (automaticSince === null || viewStore.get().positions !== null) sharePositions();
  return discs;
}

function apply(progress: LayoutProgress): void {
  if (!layoutStore.get().running || progress.run !== run) return;
  const { positions, settled } = progress;
  let i = 0;
  networkGraph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = positions[i++]!;
      attributes.y = positions[i++]!;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
  if (!settled) {
    send({ kind: 'ready' });
    if (automaticSince === null || performance.now() - automaticSince < AUTOMATIC_RUN_MAX_MS) return;
  }
  const discs = finish();
  // For scripts/bench/explorer.ts and the tests: the run has ended by itself, at rest or at the limit,
  // and where its discs are drawn (viewport pixels).
  performance.mark('entente:layout-settled', { detail: { atRest: settled, discs } });
}

/** Settings are inferred from the map's size (Barnes-Hut above a few thousand actors). */
function start(automatic: boolean): void {
  if (networkGraph.order === 0) return;
  if (!worker) {
    worker = new Worker(new URL('./forceatlas2.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<LayoutProgress>) => apply(data);
  }
  const { nodes, edges } = graphToByteArrays(networkGraph, (_edge, attributes) => attributes.count as number);
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(networkGraph) };
  send({ kind: 'start', run: ++run, settings, settledMovement: SETTLED_MOVEMENT, nodes, edges }, [nodes.buffer, edges.buffer]);
  automaticSince = automatic ? performance.now() : null;
  layoutStore.set((layout) => ({ ...layout, running: true }));
}

export const layoutActions = {
  /** The Run button: a run it starts stops by itself once the map is at rest, or when pressed again. */
  toggle: () => {
    if (layoutStore.get().running) finish();
    else start(false);
  },

  /** Before the graph's content is replaced: the worker's matrices describe the old graph. */
  detach: stop,

  /** After a new network is drawn: the layout runs by itself only if some actors had no saved position, so a reload shows the map as the user left it. */
  attach(runAutomatically: boolean): void {
    if (runAutomatically) start(true);
    // Another set of actors (an addition undone) with nothing to lay out: a shared link names the new set.
    else if (viewStore.get().positions !== null) sharePositions();
  },

  /** The analyst takes an actor in hand: a run going on would pull it back. */
  hold: stop,

  /** The analyst let go of an actor they moved: its place is kept here and in the view's link. */
  release(): void {
    savePositions(networkGraph);
    sharePositions();
  },
};
