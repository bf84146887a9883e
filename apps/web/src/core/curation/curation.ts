/**
 * Curation from the explorer: the analyst's corrections go to the API's guarded write path, and
 * what they change (the map, the open actor, evidence, the lists here) is read again.
 */
import { canonicalPair, isEventRelationType } from '@entente/ontology';
import type { Curation, CurationRequest, EditingStatus, RelationRef, ReviewItem } from '@entente/protocol';
import { fetchCurations, fetchEditingStatus, fetchReview, postCurationRequest, postImport, postUndo } from '../api/client.ts';
import { reloadActor } from '../actor/actor.ts';
import { networkActions } from '../graph/load.ts';
import { evidenceStore } from '../relation/relation.ts';
import { createStore } from '../store.ts';

/** Where the browser keeps the analyst's name, the editor token (for the tab's life only) and the last visit. */
const KEYS = { editor: 'entente.editor', token: 'entente.editorToken', lastVisit: 'entente.lastVisit' };

function stored(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function keep(storage: Storage | undefined, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Storage may be off (private windows): the value then lasts as long as the page.
  }
}

const local = typeof localStorage === 'undefined' ? undefined : localStorage;
const session = typeof sessionStorage === 'undefined' ? undefined : sessionStorage;

export interface CurationState {
  /** What the server allows; null until asked. */
  editing: EditingStatus | null;
  editor: string;
  token: string | null;
  /** A write in flight. */
  busy: boolean;
  /** What the last write answered when it failed, for the analyst. */
  error: string | null;
  /** Bumped after every change, so that views holding curations read them again. */
  revision: number;
}

export const curationStore = createStore<CurationState>({
  editing: null,
  editor: stored(local, KEYS.editor) ?? '',
  token: stored(session, KEYS.token),
  busy: false,
  error: null,
  revision: 0,
});

/** The previous visit's time: the review queue offers what was added since first. */
export const previousVisit: string | null = stored(local, KEYS.lastVisit);
keep(local, KEYS.lastVisit, new Date().toISOString());

/** What curations apply to, as the API names it in Curation.on. */
export function relationSubject({ type, source, target }: RelationRef): string {
  const [a, b] = isEventRelationType(type) ? canonicalPair(type, source, target) : [source, target];
  return `relation:${type}|${a}|${b}`;
}

function patch(change: Partial<CurationState>): void {
  curationStore.set((state) => ({ ...state, ...change }));
}

/** After a change, everything that shows the graph reads it again. */
function changed(): void {
  evidenceStore.set(new Map());
  patch({ revision: curationStore.get().revision + 1 });
  void networkActions.reload();
  void reloadActor();
}

async function write<T>(work: (token: string | null, by: string) => Promise<T>): Promise<T | null> {
  const { token, editor } = curationStore.get();
  patch({ busy: true, error: null });
  try {
    const result = await work(token, editor.trim() || 'analyst');
    patch({ busy: false });
    changed();
    return result;
  } catch (error) {
    patch({ busy: false, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

export const curationActions = {
  async loadEditing(): Promise<void> {
    try {
      patch({ editing: await fetchEditingStatus() });
    } catch {
      patch({ editing: null });
    }
  },
  setEditor(editor: string): void {
    keep(local, KEYS.editor, editor || null);
    patch({ editor });
  },
  setToken(token: string): void {
    keep(session, KEYS.token, token || null);
    patch({ token: token || null, error: null });
  },
  curate: (request: CurationRequest) => write((token, by) => postCurationRequest({ ...request, by }, token)),
  undo: (id: string) => write((token, by) => postUndo(id, by, token)),
  importFile: (file: unknown) => write((token) => postImport(file, token)),
  clearError: () => patch({ error: null }),
};

/** A list read from the API for a panel: the curations of one subject, the history, the review queue. */
export type Listed<T> = { phase: 'loading' } | { phase: 'ready'; items: T[] } | { phase: 'error'; message: string };

export async function listed<T>(read: () => Promise<T[]>): Promise<Listed<T>> {
  try {
    return { phase: 'ready', items: await read() };
  } catch (error) {
    return { phase: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

export const readCurations = (on?: string) => listed<Curation>(() => fetchCurations(on));
export const readReview = () => listed<ReviewItem>(() => fetchReview(previousVisit));
