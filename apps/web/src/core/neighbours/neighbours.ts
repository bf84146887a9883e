import { fetchNeighbours } from '../api/client.ts';
import { countNew, networkActions, type AddedCounts } from '../graph/load.ts';
import { createStore } from '../store.ts';
import { viewStore } from '../view/state.ts';

export type ExpansionState =
  { phase: 'idle' } | { phase: 'loading'; actor: string } | { phase: 'done'; actor: string; added: AddedCounts } | { phase: 'error'; actor: string; message: string };

/** The last "expand neighbours": the actor panel reports what it brought. */
export const expansionStore = createStore<ExpansionState>({ phase: 'idle' });

/** Adds the actor's next ring, over the view's relation types, to the map. */
export async function expandNeighbours(actor: string): Promise<void> {
  expansionStore.set({ phase: 'loading', actor });
  try {
    const graph = await fetchNeighbours(actor, viewStore.get().relationTypes);
    const added = countNew(graph);
    // Nothing new would leave an undo step that changes nothing.
    if (added.actors > 0 || added.relations > 0) networkActions.add({ source: { kind: 'neighbours', actor }, graph });
    expansionStore.set({ phase: 'done', actor, added });
  } catch (error) {
    expansionStore.set({ phase: 'error', actor, message: error instanceof Error ? error.message : String(error) });
  }
}
