import type { ActorSummary } from '@entente/protocol';
import { fetchPath } from '../api/client.ts';
import { additionsStore, networkActions, type MapAddition } from '../graph/load.ts';
import { createStore } from '../store.ts';
import { foundPath, litBy } from './found.ts';
import { viewStore } from '../view/state.ts';

interface PathEnds {
  from: ActorSummary;
  to: ActorSummary;
}

export type PathState =
  | { phase: 'none' }
  | ({ phase: 'loading' } & PathEnds)
  | ({
      phase: 'found';
      length: number;
      /** The actors and edges of every shortest path: the map lights them and fades the rest. */
      nodes: ReadonlySet<string>;
      edges: ReadonlySet<string>;
      addition: MapAddition;
    } & PathEnds)
  | ({ phase: 'unconnected' } & PathEnds)
  | ({ phase: 'error'; message: string } & PathEnds);

export const pathStore = createStore<PathState>({ phase: 'none' });

let inFlight: AbortController | null = null;

/** Finds the shortest paths over the view's relation types and draws them on the map, lit. */
export async function findPath(from: ActorSummary, to: ActorSummary): Promise<void> {
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  pathStore.set({ phase: 'loading', from, to });
  try {
    const { length, graph } = await fetchPath(from.id, to.id, viewStore.get().relationTypes, request.signal);
    if (length === null) return pathStore.set({ phase: 'unconnected', from, to });
    const addition: MapAddition = { source: { kind: 'path', from: from.id, to: to.id }, graph };
    // The highlight lives as long as its addition: undoing the path, or loading another network, ends it.
    networkActions.add(addition);
    pathStore.set({ phase: 'found', from, to, length, ...litBy(graph), addition });
  } catch (error) {
    if (request.signal.aborted) return;
    pathStore.set({ phase: 'error', from, to, message: error instanceof Error ? error.message : String(error) });
  }
}

export function clearPath(): void {
  inFlight?.abort();
  pathStore.set({ phase: 'none' });
}

export function bindPathToMap(): void {
  additionsStore.subscribe((additions, previous) => {
    const path = pathStore.get();
    if (path.phase === 'found' && !additions.includes(path.addition)) pathStore.set({ phase: 'none' });
    // A path the view names, fetched again (a reload, a shared link, back): lit again, as when it was found.
    const fetchedAgain = additions.findLast((addition) => addition.source.kind === 'path' && !previous.includes(addition));
    const restored = fetchedAgain && foundPath(fetchedAgain);
    if (restored && pathStore.get().phase === 'none') pathStore.set(restored);
  });
}
