import { DRAWN_MODES, type ActorKind, type DrawnMode, type RelationType } from '@entente/ontology';
import {
  unpackNetwork,
  type ActorResponse,
  type ActorSummary,
  type ApiError,
  type ArticleResponse,
  type CypherExample,
  type CypherRequest,
  type CypherResponse,
  type CypherSchema,
  type Curation,
  type CurationRequest,
  type EditingStatus,
  type EvidencePage,
  type EvidenceTable,
  type HealthResponse,
  type NetworkGraph,
  type PackedNetwork,
  type PathResponse,
  type RelationRef,
  type ReviewItem,
  type TimelineResponse,
} from '@entente/protocol';
import { lastDayOfMonth, type MonthRange } from '../timeline/months.ts';

/** A failed API call; `status` is undefined when the server could not be reached at all. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

type QueryParams = Record<string, string | undefined>;

function urlOf(path: string, params: QueryParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
  return query.size > 0 ? `${path}?${query}` : path;
}

async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiRequestError(error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as Partial<ApiError> | null)?.error ?? `${response.status} ${response.statusText}`;
    throw new ApiRequestError(message, response.status, body);
  }
  return body as T;
}

function getJson<T>(path: string, params: QueryParams, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(urlOf(path, params), { signal });
}

export interface NetworkQuery {
  types: readonly RelationType[];
  kinds: readonly ActorKind[];
  minEvents: number;
  /** Only events in these modes; all drawn modes when it holds every one. */
  modes: readonly DrawnMode[];
  /** Only events at least this certain, 0..1. */
  minConfidence: number;
  /** At most this many edges; null for the API's default. */
  limit: number | null;
  /** Edges re-aggregated over the events of these months only; null for all time. */
  range: MonthRange | null;
  /** Lines an analyst rejected come too (marked), for a look at what was struck off. */
  rejected: boolean;
}

/** Which events of a line count, as the map counts them. */
export type EventFilter = Pick<NetworkQuery, 'modes' | 'minConfidence'>;

/** The event filters the map, the timeline and the evidence share; left out when they select every event, so that the server keeps one answer. */
function eventParams(query: EventFilter): QueryParams {
  return {
    modes: query.modes.length === DRAWN_MODES.length ? undefined : query.modes.join(','),
    minConfidence: query.minConfidence > 0 ? String(query.minConfidence) : undefined,
  };
}

/** The query string of /api/network; the evidence export takes the same one, so both see one map. */
function networkParams(query: NetworkQuery): QueryParams {
  return {
    types: query.types.join(','),
    kinds: query.kinds.join(','),
    minEvents: query.minEvents > 1 ? String(query.minEvents) : undefined,
    ...eventParams(query),
    limit: query.limit === null ? undefined : String(query.limit),
    // Event dates are compared as text and month-precise ones read "YYYY-MM": the month itself as the
    // start and the month's last day as the end include both day- and month-precise dates.
    from: query.range?.from,
    to: query.range ? lastDayOfMonth(query.range.to) : undefined,
    rejected: query.rejected ? 'show' : undefined,
  };
}

export async function fetchNetwork(query: NetworkQuery, signal?: AbortSignal): Promise<NetworkGraph> {
  return unpackNetwork(await getJson<PackedNetwork>('/api/network', networkParams(query), signal));
}

/** Every event behind the lines the query draws and behind `also`, the lines the user added. */
export function fetchEvidenceTable(query: NetworkQuery, also: readonly RelationRef[], signal?: AbortSignal): Promise<EvidenceTable> {
  return requestJson<EvidenceTable>(urlOf('/api/evidence/table', networkParams(query)), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ also }),
    signal,
  });
}

export async function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  try {
    return await getJson<HealthResponse>('/api/health', {}, signal);
  } catch (error) {
    // A 503 from /api/health still says what is down (Neo4j), which is what the user needs to read.
    const body = error instanceof ApiRequestError ? error.body : undefined;
    if (typeof body === 'object' && body !== null && 'neo4j' in body) return body as HealthResponse;
    throw error;
  }
}

export function fetchActor(id: string, signal?: AbortSignal): Promise<ActorResponse> {
  return getJson<ActorResponse>(`/api/actors/${encodeURIComponent(id)}`, {}, signal);
}

/** The actor, its neighbours over the given relation types, and the edges between them. */
export function fetchNeighbours(id: string, types: readonly RelationType[], signal?: AbortSignal): Promise<NetworkGraph> {
  return getJson<NetworkGraph>(`/api/actors/${encodeURIComponent(id)}/neighbors`, { types: types.join(','), limit: '100' }, signal);
}

export function fetchPath(from: string, to: string, types: readonly RelationType[], signal?: AbortSignal): Promise<PathResponse> {
  return getJson<PathResponse>('/api/path', { from, to, types: types.join(',') }, signal);
}

export function fetchArticle(id: string, signal?: AbortSignal): Promise<ArticleResponse> {
  return getJson<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`, {}, signal);
}

export function fetchTimeline(query: Pick<NetworkQuery, 'types' | 'kinds' | 'modes' | 'minConfidence'>, signal?: AbortSignal): Promise<TimelineResponse> {
  return getJson<TimelineResponse>('/api/timeline', { types: query.types.join(','), kinds: query.kinds.join(','), ...eventParams(query) }, signal);
}

export type { RelationRef };

/** Sentences shown at first, and added by each "show more". */
export const EVIDENCE_PAGE = 20;

export async function fetchEvidence(relation: RelationRef, filter: EventFilter, offset = 0, signal?: AbortSignal): Promise<EvidencePage> {
  return getJson<EvidencePage>(
    '/api/evidence',
    { type: relation.type, source: relation.source, target: relation.target, ...eventParams(filter), limit: String(EVIDENCE_PAGE), offset: String(offset) },
    signal,
  );
}

export async function searchActors(text: string, signal?: AbortSignal): Promise<ActorSummary[]> {
  const { results } = await getJson<{ results: ActorSummary[] }>('/api/search', { q: text, limit: '8' }, signal);
  return results;
}

/** Runs a console query; a refusal or a Neo4j error arrives as an ApiRequestError with its status and body. */
export function runCypher(request: CypherRequest, signal?: AbortSignal): Promise<CypherResponse> {
  return requestJson<CypherResponse>('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal,
  });
}

export async function fetchCypherExamples(signal?: AbortSignal): Promise<CypherExample[]> {
  const { examples } = await getJson<{ examples: CypherExample[] }>('/api/cypher/examples', {}, signal);
  return examples;
}

export function fetchCypherSchema(signal?: AbortSignal): Promise<CypherSchema> {
  return getJson<CypherSchema>('/api/cypher/schema', {}, signal);
}

export function fetchEditingStatus(signal?: AbortSignal): Promise<EditingStatus> {
  return getJson<EditingStatus>('/api/editing', {}, signal);
}

/** Curations, newest first; `on` narrows them to one relation, event or actor (see Curation.on). */
export async function fetchCurations(on?: string, signal?: AbortSignal): Promise<Curation[]> {
  return (await getJson<{ curations: Curation[] }>('/api/curations', { on }, signal)).curations;
}

export async function fetchReview(since: string | null, signal?: AbortSignal): Promise<ReviewItem[]> {
  return (await getJson<{ items: ReviewItem[] }>('/api/review', { since: since ?? undefined, limit: '50' }, signal)).items;
}

/** A curation write: JSON, with the editor token when the server wants one. */
function postCuration<T>(path: string, body: unknown, token: string | null): Promise<T> {
  return requestJson<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

export function postCurationRequest(request: CurationRequest, token: string | null): Promise<Curation> {
  return postCuration<Curation>('/api/curations', request, token);
}

export function postUndo(id: string, by: string, token: string | null): Promise<Curation> {
  return postCuration<Curation>(`/api/curations/${encodeURIComponent(id)}/undo`, { by }, token);
}

export function postImport(file: unknown, token: string | null): Promise<{ imported: number; skipped: number }> {
  return postCuration('/api/curations/import', file, token);
}

/** Where the browser downloads every curation as JSON. */
export const CURATIONS_EXPORT_URL = '/api/curations/export';
