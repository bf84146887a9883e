import type { ActorRelation, ActorResponse, Evidence } from '@entente/protocol';
import { fetchActor, fetchEvidence, type RelationRef } from '../api/client.ts';
import { createViewResource } from '../resource.ts';
import { createStore } from '../store.ts';

export type EvidenceState = { phase: 'loading' } | { phase: 'ready'; evidence: Evidence[] } | { phase: 'error'; message: string };

/** The panel follows the selected actor of the view, whether or not it is on the map. */
const actor = createViewResource<ActorResponse>((view) => view.actor, fetchActor);
export const actorStore = actor.store;
export const bindActorToView = actor.bind;

/** Evidence by relation key; kept for the page's life since sentences do not change under the user. */
export const evidenceStore = createStore<ReadonlyMap<string, EvidenceState>>(new Map());

/** The API's relation endpoints are named by source and target; `direction` says which one the actor is. */
export function relationRef(actorId: string, relation: ActorRelation): RelationRef {
  return relation.direction === 'in' ? { type: relation.type, source: relation.other.id, target: actorId } : { type: relation.type, source: actorId, target: relation.other.id };
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
