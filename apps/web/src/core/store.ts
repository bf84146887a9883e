import { useSyncExternalStore } from 'react';

/** A minimal observable value: the state containers of `core/` are built on it. */
export interface Store<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    get: () => state,
    set(next) {
      const previous = state;
      state = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      if (Object.is(state, previous)) return;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Reads a slice of a store in a component. The selector must return a value that is stable
 * while the state is unchanged (a field, not a freshly built object), or React re-renders forever.
 */
export function useStore<T, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
