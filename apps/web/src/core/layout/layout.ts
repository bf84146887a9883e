import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { networkGraph } from '../graph/graph.ts';
import { createStore } from '../store.ts';
import { savePositions } from './positions.ts';

/** Long enough for a few hundred actors to settle, short enough not to keep a laptop's fan going. */
const AUTOMATIC_RUN_MS = 4000;

export const layoutStore = createStore<{ running: boolean }>({ running: false });

let supervisor: FA2LayoutSupervisor | null = null;
let stopTimer: number | undefined;

function stop(): void {
  window.clearTimeout(stopTimer);
  if (!supervisor?.isRunning()) return;
  supervisor.stop();
  savePositions(networkGraph);
  layoutStore.set({ running: false });
}

function start(durationMs?: number): void {
  if (!supervisor || networkGraph.order === 0) return;
  supervisor.start();
  layoutStore.set({ running: true });
  window.clearTimeout(stopTimer);
  if (durationMs !== undefined) {
    stopTimer = window.setTimeout(() => {
      stop();
      performance.mark('entente:layout-settled'); // For scripts/bench/explorer.ts: the automatic run has ended by itself.
    }, durationMs);
  }
}

export const layoutActions = {
  start: () => start(),
  stop,
  toggle: () => (layoutStore.get().running ? stop() : start()),

  /** Before the graph's content is replaced: the worker's matrices describe the old graph. */
  detach(): void {
    stop();
    supervisor?.kill();
    supervisor = null;
  },

  /**
   * After a new network is imported. Settings are inferred from its size (Barnes-Hut above a few
   * thousand nodes); the layout runs by itself only if some actors had no saved position, so a reload
   * shows the map as the user left it.
   */
  attach(runAutomatically: boolean): void {
    supervisor = new FA2LayoutSupervisor(networkGraph, {
      settings: forceAtlas2.inferSettings(networkGraph),
      getEdgeWeight: 'count',
    });
    if (runAutomatically) start(AUTOMATIC_RUN_MS);
  },
};
