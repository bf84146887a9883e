import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { networkGraph } from '../graph/graph.ts';
import { createStore } from '../store.ts';
import type { LayoutProgress, LayoutRequest } from './forceatlas2-protocol.ts';
import { savePositions } from './positions.ts';

/** At rest: an iteration moves actors on average less than this share of the map's extent. */
const SETTLED_MOVEMENT = 0.001;
/** An automatic run that has not come to rest by then stops anyway, so a huge map does not keep a laptop's fan going; the Run button goes on. */
const AUTOMATIC_RUN_MAX_MS = 60_000;

export const layoutStore = createStore<{ running: boolean }>({ running: false });

let worker: Worker | null = null;
let run = 0;
/** When the automatic run began; null when the user started the layout and stops it. */
let automaticSince: number | null = null;

function send(request: LayoutRequest, transfer: Transferable[] = []): void {
  worker?.postMessage(request, transfer);
}

function stop(): void {
  if (!layoutStore.get().running) return;
  send({ kind: 'stop' });
  savePositions(networkGraph);
  layoutStore.set({ running: false });
}

function apply(progress: LayoutProgress): void {
  if (!layoutStore.get().running || progress.run !== run) return;
  const { positions, movement } = progress;
  let i = 0;
  networkGraph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = positions[i++]!;
      attributes.y = positions[i++]!;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
  send({ kind: 'ready' });
  if (automaticSince === null) return;
  const atRest = movement < SETTLED_MOVEMENT;
  if (!atRest && performance.now() - automaticSince < AUTOMATIC_RUN_MAX_MS) return;
  stop();
  // For scripts/bench/explorer.ts: the automatic run has ended by itself, at rest or at the limit.
  performance.mark('entente:layout-settled', { detail: { atRest } });
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
  send({ kind: 'start', run: ++run, settings, nodes, edges }, [nodes.buffer, edges.buffer]);
  automaticSince = automatic ? performance.now() : null;
  layoutStore.set({ running: true });
}

export const layoutActions = {
  start: () => start(false),
  stop,
  toggle: () => (layoutStore.get().running ? stop() : start(false)),

  /** Before the graph's content is replaced: the worker's matrices describe the old graph. */
  detach: stop,

  /** After a new network is drawn: the layout runs by itself only if some actors had no saved position, so a reload shows the map as the user left it. */
  attach(runAutomatically: boolean): void {
    if (runAutomatically) start(true);
  },
};
