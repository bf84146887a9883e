import { serializedNetwork, type NetworkGraph, type RelationRef } from '@entente/protocol';
import { fetchNetwork, type NetworkQuery } from '../api/client.ts';
import { checkHealth } from '../health/health.ts';
import { layoutActions } from '../layout/layout.ts';
import { loadSavedPositions, type SavedPositions } from '../layout/positions.ts';
import { createStore } from '../store.ts';
import { viewStore, type ViewState } from '../view/state.ts';
import { networkGraph, replaceNetworkContent } from './graph.ts';
import { mergeNetworks, prepareNetwork, type NetworkStats } from './prepare.ts';

export type NetworkState = { phase: 'loading' } | { phase: 'ready'; stats: NetworkStats; truncated: boolean } | { phase: 'error'; message: string };

export const networkStore = createStore<NetworkState>({ phase: 'loading' });

/** Where something the user added to the map came from; the undo button names it. */
export type AdditionSource = { kind: 'neighbours'; actor: string } | { kind: 'path'; from: string; to: string } | { kind: 'query' };

export interface MapAddition {
  source: AdditionSource;
  graph: NetworkGraph;
}

/**
 * The map is the network of the view's filters plus what the user added on top of it, newest last.
 * Additions are undone one at a time and dropped when the filters load another network.
 */
export const additionsStore = createStore<readonly MapAddition[]>([]);

const EMPTY_NETWORK: NetworkGraph = serializedNetwork([], []);

let filtered: NetworkGraph = EMPTY_NETWORK;
let inFlight: AbortController | null = null;

export function queryOf(view: ViewState): NetworkQuery {
  return {
    types: view.relationTypes,
    kinds: view.kinds,
    minEvents: view.minEvents,
    modes: view.modes,
    minConfidence: view.minConfidence,
    limit: view.limit,
    range: view.range,
    rejected: view.rejected,
  };
}

/** Actors stay where the user sees them; those off the map take their saved place, if any. */
function knownPositions(): SavedPositions {
  const positions = new Map(loadSavedPositions());
  networkGraph.forEachNode((node, { x, y }) => positions.set(node, { x, y }));
  return positions;
}

/** Swaps the filtered network and the additions into the page's one graph, keeping the renderer. */
function draw(): void {
  const network = mergeNetworks(
    filtered,
    additionsStore.get().map((addition) => addition.graph),
  );
  const saved = knownPositions();
  layoutActions.detach();
  const prepared = replaceNetworkContent((graph) => prepareNetwork(network, saved, graph));
  layoutActions.attach(prepared.newlyPlaced > 0);
  networkStore.set({ phase: 'ready', stats: prepared.stats, truncated: filtered.attributes.truncated });
}

/** Fetches the network for a query and draws it in place of the current one. */
export async function loadNetwork(query: NetworkQuery): Promise<void> {
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  networkStore.set({ phase: 'loading' });
  try {
    // Nothing selected means nothing to draw; the API would reject an empty type list.
    const payload = query.types.length === 0 || query.kinds.length === 0 || query.modes.length === 0 ? EMPTY_NETWORK : await fetchNetwork(query, request.signal);
    if (request.signal.aborted) return;
    filtered = payload;
    additionsStore.set([]);
    draw();
    if (payload.edges.length === 0) void checkHealth();
  } catch (error) {
    if (request.signal.aborted) return;
    networkStore.set({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    void checkHealth();
  }
}

function sameQuery(a: NetworkQuery, b: NetworkQuery): boolean {
  return (
    a.types.join() === b.types.join() &&
    a.kinds.join() === b.kinds.join() &&
    a.minEvents === b.minEvents &&
    a.modes.join() === b.modes.join() &&
    a.minConfidence === b.minConfidence &&
    a.limit === b.limit &&
    a.rejected === b.rejected &&
    a.range?.from === b.range?.from &&
    a.range?.to === b.range?.to
  );
}

/** Reloads the network whenever the filters or the time range of the view change, and only then. */
export function bindNetworkToView(): void {
  void loadNetwork(queryOf(viewStore.get()));
  viewStore.subscribe((view, previous) => {
    if (!sameQuery(queryOf(view), queryOf(previous))) void loadNetwork(queryOf(view));
  });
}

/** How much of a network is not on the map yet. */
export interface AddedCounts {
  actors: number;
  relations: number;
}

export function countNew(graph: NetworkGraph): AddedCounts {
  return {
    actors: graph.nodes.filter((node) => !networkGraph.hasNode(node.key)).length,
    relations: graph.edges.filter((edge) => !networkGraph.hasEdge(edge.key)).length,
  };
}

export const networkActions = {
  reload: () => loadNetwork(queryOf(viewStore.get())),

  /** Puts a network on top of the map; new actors start beside their neighbours and the layout runs. */
  add(addition: MapAddition): void {
    additionsStore.set((additions) => [...additions, addition]);
    draw();
  },

  undo(): void {
    if (additionsStore.get().length === 0) return;
    additionsStore.set((additions) => additions.slice(0, -1));
    draw();
  },
};

/** The lines the user added on top of the filtered network, as relations (for the evidence export). */
export function addedRelations(): RelationRef[] {
  return additionsStore.get().flatMap(({ graph }) => graph.edges.map(({ source, target, attributes }) => ({ type: attributes.type, source, target })));
}
