import { serializedNetwork, type NetworkGraph, type RelationRef } from '@entente/protocol';
import { fetchNetwork, type NetworkQuery } from '../api/client.ts';
import { checkHealth } from '../health/health.ts';
import { layoutActions } from '../layout/layout.ts';
import { loadSavedPositions, type SavedPositions } from '../layout/positions.ts';
import { decodePositions } from '../layout/shared-positions.ts';
import { createStore } from '../store.ts';
import { additionKey, boundedAddition, sameFilters, viewActions, viewStore, type AdditionRef, type ViewState } from '../view/state.ts';
import { fetchAddition } from './additions.ts';
import { networkGraph, replaceNetworkContent } from './graph.ts';
import { mergeNetworks, prepareNetwork, type NetworkStats } from './prepare.ts';

export type NetworkState = { phase: 'loading' } | { phase: 'ready'; stats: NetworkStats; truncated: boolean } | { phase: 'error'; message: string };

export const networkStore = createStore<NetworkState>({ phase: 'loading' });

/** Something the user added to the map: where it came from (the view names it, the undo button too), and what it drew. */
export interface MapAddition {
  source: AdditionRef;
  graph: NetworkGraph;
}

/**
 * The map is the network of the view's filters plus the view's additions on top of it, newest last.
 * It follows the view: undo, back/forward and a shared link change the view, and the map catches up.
 */
export const additionsStore = createStore<readonly MapAddition[]>([]);

const EMPTY_NETWORK: NetworkGraph = serializedNetwork([], []);

let filtered: NetworkGraph = EMPTY_NETWORK;
/** The view whose filters `filtered` answers; null before the first network arrives. */
let shownFilters: ViewState | null = null;
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

/**
 * Actors stay where the user sees them; those off the map take the place the view's link gives
 * them (when it was taken from this set of actors), else the one saved on this machine, if any.
 */
function knownPositions(network: NetworkGraph): SavedPositions {
  const positions = new Map(loadSavedPositions());
  const { positions: shared } = viewStore.get();
  const fromLink =
    shared === null
      ? null
      : decodePositions(
          shared,
          network.nodes.map(({ key }) => key),
        );
  for (const [node, position] of fromLink ?? []) positions.set(node, position);
  networkGraph.forEachNode((node, { x, y }) => positions.set(node, { x, y }));
  return positions;
}

/** Swaps the filtered network and the additions into the page's one graph, keeping the renderer. */
function draw(): void {
  const network = mergeNetworks(
    filtered,
    additionsStore.get().map((addition) => addition.graph),
  );
  const saved = knownPositions(network);
  layoutActions.detach();
  const prepared = replaceNetworkContent((graph) => prepareNetwork(network, saved, graph));
  layoutActions.attach(prepared.newlyPlaced > 0);
  networkStore.set({ phase: 'ready', stats: prepared.stats, truncated: filtered.attributes.truncated });
}

const keysOf = (refs: readonly AdditionRef[]): string => refs.map(additionKey).join('\n');
const drawnKeys = (additions: readonly MapAddition[]): string => keysOf(additions.map((addition) => addition.source));

/**
 * The view's additions, those already drawn kept as they are (a path's highlight holds on to its
 * addition), the others fetched one after another: the server admits few requests at a time.
 */
async function additionsFor(view: ViewState, drawn: readonly MapAddition[], signal: AbortSignal): Promise<MapAddition[]> {
  const byKey = new Map(drawn.map((addition) => [additionKey(addition.source), addition]));
  const additions: MapAddition[] = [];
  for (const source of view.additions) {
    const known = byKey.get(additionKey(source));
    if (known) {
      additions.push(known);
      continue;
    }
    try {
      additions.push({ source, graph: await fetchAddition(source, view.relationTypes, signal) });
    } catch (error) {
      if (signal.aborted) throw error;
      // An actor no longer in the graph, or a console the server refuses: the other additions still load.
    }
  }
  return additions;
}

/**
 * Draws the view: the network of its filters (fetched again when they changed, or on `reload`) and
 * its additions. Additions over another network are fetched anew, since they were made over it.
 */
async function show(view: ViewState, reload = false): Promise<void> {
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  const fresh = reload || shownFilters === null || !sameFilters(shownFilters, view);
  if (fresh) networkStore.set({ phase: 'loading' });
  try {
    const query = queryOf(view);
    // Nothing selected means nothing to draw; the API would reject an empty type list.
    const network = !fresh
      ? filtered
      : query.types.length === 0 || query.kinds.length === 0 || query.modes.length === 0
        ? EMPTY_NETWORK
        : await fetchNetwork(query, request.signal);
    const drawn = fresh ? [] : additionsStore.get();
    const additions = await additionsFor(view, drawn, request.signal);
    if (request.signal.aborted || (!fresh && drawnKeys(additions) === drawnKeys(drawn))) return;
    filtered = network;
    shownFilters = view;
    additionsStore.set(additions);
    draw();
    if (fresh && network.edges.length === 0) void checkHealth();
  } catch (error) {
    if (request.signal.aborted) return;
    networkStore.set({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    void checkHealth();
  }
}

/** Redraws the map whenever the filters, the time range or the additions of the view change, and only then. */
export function bindNetworkToView(): void {
  void show(viewStore.get());
  viewStore.subscribe((view, previous) => {
    if (!sameFilters(view, previous) || keysOf(view.additions) !== keysOf(previous.additions)) void show(view);
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
  reload: () => show(viewStore.get(), true),

  /** Puts a network on top of the map and names it in the view; new actors start beside their neighbours and the layout runs. */
  add(addition: MapAddition): void {
    // The view names the first relations of a long console result; the map draws them all until a reload.
    const source = boundedAddition(addition.source);
    additionsStore.set((additions) => [...additions, source === addition.source ? addition : { ...addition, source }]);
    draw();
    viewActions.addToMap(source);
  },

  /** The view drops its last addition, and the map follows it. */
  undo: () => viewActions.undoAddition(),
};

/** The lines the user added on top of the filtered network, as relations (for the evidence export). */
export function addedRelations(): RelationRef[] {
  return additionsStore.get().flatMap(({ graph }) => graph.edges.map(({ source, target, attributes }) => ({ type: attributes.type, source, target })));
}
