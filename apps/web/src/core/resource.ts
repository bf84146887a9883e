import { ApiRequestError } from './api/client.ts';
import { createStore, type Store } from './store.ts';
import { viewStore, type ViewState } from './view/state.ts';

/** Something the API holds by id (an actor, an article), as loaded for the view. */
export type ResourceState<T> =
  { phase: 'none' } | { phase: 'loading'; id: string } | { phase: 'ready'; id: string; data: T } | { phase: 'error'; id: string; notFound: boolean; message: string };

/**
 * A store that follows one id of the view (the selected actor, the open article): it loads whatever the
 * id names and drops the answer to a request the view has moved on from.
 */
export function createViewResource<T>(
  idOf: (view: ViewState) => string | null,
  fetchById: (id: string, signal: AbortSignal) => Promise<T>,
): { store: Store<ResourceState<T>>; bind: () => void; reload: () => Promise<void> } {
  const store = createStore<ResourceState<T>>({ phase: 'none' });
  let inFlight: AbortController | null = null;

  async function load(id: string | null): Promise<void> {
    inFlight?.abort();
    if (id === null) return store.set({ phase: 'none' });
    const request = new AbortController();
    inFlight = request;
    store.set({ phase: 'loading', id });
    try {
      const data = await fetchById(id, request.signal);
      store.set({ phase: 'ready', id, data });
    } catch (error) {
      if (request.signal.aborted) return;
      const notFound = error instanceof ApiRequestError && error.status === 404;
      store.set({ phase: 'error', id, notFound, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    store,
    /** Loads again what the view names: after a change to it, e.g. a curation. */
    reload: () => load(idOf(viewStore.get())),
    bind() {
      void load(idOf(viewStore.get()));
      viewStore.subscribe((view, previous) => {
        if (idOf(view) !== idOf(previous)) void load(idOf(view));
      });
    },
  };
}
