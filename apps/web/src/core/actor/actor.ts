import type { ActorRelation, ActorResponse, Evidence } from '@entente/protocol';
import { fetchActor, fetchEvidence, ApiRequestError, type RelationRef } from '../api/client.ts';
import { createStore } from '../store.ts';
import { viewStore } from '../view/state.ts';

export type ActorState =
  | { phase: 'none' }
  | { phase: 'loading'; id: string }
  | { phase: 'ready'; id: string; details: ActorResponse }
  | { phase: 'error'; id: string; notFound: boolean; message: string };

export type EvidenceState =
  | { phase: 'loading' }
  | { phase: 'ready'; evidence: Evidence[] }
  | { phase: 'error'; message: string };

export const actorStore = createStore<ActorState>({ phase: 'none' });
/** Evidence by relation key; kept for the page's life since sentences do not change under the user. */
export const evidenceStore = createStore<ReadonlyMap<string, EvidenceState>>(new Map());

let inFlight: AbortController | null = null;

async function loadActor(id: string | null): Promise<void> {
  inFlight?.abort();
  if (id === null) return actorStore.set({ phase: 'none' });
  const request = new AbortController();
  inFlight = request;
  actorStore.set({ phase: 'loading', id });
  try {
    const details = await fetchActor(id, request.signal);
    actorStore.set({ phase: 'ready', id, details });
  } catch (error) {
    if (request.signal.aborted) return;
    const notFound = error instanceof ApiRequestError && error.status === 404;
    actorStore.set({ phase: 'error', id, notFound, message: error instanceof Error ? error.message : String(error) });
  }
}

/** The panel follows the selected actor of the view, whether or not it is on the map. */
export function bindActorToView(): void {
  void loadActor(viewStore.get().actor);
  viewStore.subscribe((view, previous) => {
    if (view.actor !== previous.actor) void loadActor(view.actor);
  });
}

/** The API's relation endpoints are named by source and target; `direction` says which one the actor is. */
export function relationRef(actorId: string, relation: ActorRelation): RelationRef {
  return relation.direction === 'in'
    ? { type: relation.type, source: relation.other.id, target: actorId }
    : { type: relation.type, source: actorId, target: relation.other.id };
}

export function relationKey({ type, source, target }: RelationRef): string {
  return `${type}|${source}|${target}`;
}

export async function loadEvidence(relation: RelationRef): Promise<void> {
  const key = relationKey(relation);
  const known = evidenceStore.get().get(key);
  if (known && known.phase !== 'error') return;
  const put = (state: EvidenceState) => evidenceStore.set((previous) => new Map(previous).set(key, state));
  put({ phase: 'loading' });
  try {
    put({ phase: 'ready', evidence: await fetchEvidence(relation) });
  } catch (error) {
    put({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
