import { DRAWN_MODES } from '@entente/ontology';
import type { ActorRelation, Evidence } from '@entente/protocol';
import { fetchEvidence, type EventFilter, type RelationRef } from '../api/client.ts';
import { createStore } from '../store.ts';

/**
 * A relation's evidence as far as it has been read: `total` distinct sentences of the events the
 * filters select, `unfiltered` of all of them, `evidence` the first of them.
 */
export type EvidenceState =
  { phase: 'loading' } | { phase: 'ready'; evidence: Evidence[]; total: number; unfiltered: number; loadingMore: boolean } | { phase: 'error'; message: string };

/** Evidence by relation and event filter; kept for the page's life since sentences do not change under the user. */
export const evidenceStore = createStore<ReadonlyMap<string, EvidenceState>>(new Map());

/** The API's relation endpoints are named by source and target; `direction` says which one the actor is. */
export function relationRef(actorId: string, relation: ActorRelation): RelationRef {
  return relation.direction === 'in' ? { type: relation.type, source: relation.other.id, target: actorId } : { type: relation.type, source: actorId, target: relation.other.id };
}

/** One string per relation: keys the evidence, and names the open relation in the URL. */
export function relationKey({ type, source, target }: RelationRef): string {
  return `${type}|${source}|${target}`;
}

/** One string per relation read under one event filter: the same line under another filter lists other sentences. */
export function evidenceKey(relation: RelationRef, filter: EventFilter): string {
  return `${relationKey(relation)} ${filter.modes.join(',')} ${filter.minConfidence}`;
}

/** Which of the event filters leave events out, in the order the list names them; none for the defaults. */
export function narrowingFilters(filter: EventFilter): ('mode' | 'confidence')[] {
  return [...(DRAWN_MODES.every((mode) => filter.modes.includes(mode)) ? [] : ['mode' as const]), ...(filter.minConfidence > 0 ? ['confidence' as const] : [])];
}

export async function loadEvidence(relation: RelationRef, filter: EventFilter): Promise<void> {
  const key = evidenceKey(relation, filter);
  const known = evidenceStore.get().get(key);
  if (known && known.phase !== 'error') return;
  const put = (state: EvidenceState) => evidenceStore.set((previous) => new Map(previous).set(key, state));
  put({ phase: 'loading' });
  try {
    const page = await fetchEvidence(relation, filter);
    put({ phase: 'ready', evidence: page.evidence, total: page.total, unfiltered: page.unfiltered, loadingMore: false });
  } catch (error) {
    put({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The next page of a relation's evidence, appended to what is shown. */
export async function loadMoreEvidence(relation: RelationRef, filter: EventFilter): Promise<void> {
  const key = evidenceKey(relation, filter);
  const known = evidenceStore.get().get(key);
  if (known?.phase !== 'ready' || known.loadingMore || known.evidence.length >= known.total) return;
  const put = (state: EvidenceState) => evidenceStore.set((previous) => new Map(previous).set(key, state));
  put({ ...known, loadingMore: true });
  try {
    const page = await fetchEvidence(relation, filter, known.evidence.length);
    put({ phase: 'ready', evidence: [...known.evidence, ...page.evidence], total: page.total, unfiltered: page.unfiltered, loadingMore: false });
  } catch (error) {
    put({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
