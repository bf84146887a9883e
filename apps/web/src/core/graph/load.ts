import type { NetworkGraph } from '@entente/protocol';
import { fetchNetwork, type NetworkQuery } from '../api/client.ts';
import { checkHealth } from '../health/health.ts';
import { layoutActions } from '../layout/layout.ts';
import { loadSavedPositions } from '../layout/positions.ts';
import { createStore } from '../store.ts';
import { viewStore, type ViewState } from '../view/state.ts';
import { networkGraph } from './graph.ts';
import { prepareNetwork, type NetworkStats } from './prepare.ts';

export type NetworkState =
  | { phase: 'loading' }
  | { phase: 'ready'; stats: NetworkStats; truncated: boolean }
  | { phase: 'error'; message: string };

export const networkStore = createStore<NetworkState>({ phase: 'loading' });

let inFlight: AbortController | null = null;

const EMPTY_NETWORK: NetworkGraph = {
  options: { type: 'mixed', multi: true, allowSelfLoops: false },
  attributes: { truncated: false },
  nodes: [],
  edges: [],
};

function queryOf(view: ViewState): NetworkQuery {
  return { types: view.relationTypes, kinds: view.kinds, minEvents: view.minEvents };
}

/** Fetches the network for a query and swaps it into the page's one graph, keeping the renderer. */
export async function loadNetwork(query: NetworkQuery): Promise<void> {
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  networkStore.set({ phase: 'loading' });
  try {
    // Nothing selected means nothing to draw; the API would reject an empty type list.
    const payload =
      query.types.length === 0 || query.kinds.length === 0 ? EMPTY_NETWORK : await fetchNetwork(query, request.signal);
    const prepared = prepareNetwork(payload, loadSavedPositions());
    if (request.signal.aborted) return;
    layoutActions.detach();
    networkGraph.clear();
    networkGraph.import(prepared.graph);
    layoutActions.attach(prepared.newlyPlaced > 0);
    networkStore.set({ phase: 'ready', stats: prepared.stats, truncated: payload.attributes.truncated });
    if (prepared.stats.relations === 0) void checkHealth();
  } catch (error) {
    if (request.signal.aborted) return;
    networkStore.set({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    void checkHealth();
  }
}

function sameQuery(a: NetworkQuery, b: NetworkQuery): boolean {
  return a.types.join() === b.types.join() && a.kinds.join() === b.kinds.join() && a.minEvents === b.minEvents;
}

/** Reloads the network whenever the filters of the view change, and only then. */
export function bindNetworkToView(): void {
  void loadNetwork(queryOf(viewStore.get()));
  viewStore.subscribe((view, previous) => {
    if (!sameQuery(queryOf(view), queryOf(previous))) void loadNetwork(queryOf(view));
  });
}

export const networkActions = {
  reload: () => loadNetwork(queryOf(viewStore.get())),
};
