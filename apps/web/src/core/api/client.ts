import type { ActorKind, RelationType } from '@entente/ontology';
import type {
  ActorResponse,
  ActorSummary,
  ApiError,
  Evidence,
  HealthResponse,
  NetworkGraph,
} from '@entente/protocol';

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

async function getJson<T>(path: string, params: Record<string, string | undefined>, signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
  const url = query.size > 0 ? `${path}?${query}` : path;

  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as Partial<ApiError> | null)?.error ?? `${response.status} ${response.statusText}`;
    throw new ApiRequestError(message, response.status, body);
  }
  return body as T;
}

export interface NetworkQuery {
  types: readonly RelationType[];
  kinds: readonly ActorKind[];
  minEvents: number;
}

export function fetchNetwork(query: NetworkQuery, signal?: AbortSignal): Promise<NetworkGraph> {
  return getJson<NetworkGraph>(
    '/api/network',
    {
      types: query.types.join(','),
      kinds: query.kinds.join(','),
      minEvents: query.minEvents > 1 ? String(query.minEvents) : undefined,
    },
    signal,
  );
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

export interface RelationRef {
  type: RelationType;
  source: string;
  target: string;
}

export async function fetchEvidence(relation: RelationRef, signal?: AbortSignal): Promise<Evidence[]> {
  const { evidence } = await getJson<{ evidence: Evidence[] }>(
    '/api/evidence',
    { type: relation.type, source: relation.source, target: relation.target, limit: '20' },
    signal,
  );
  return evidence;
}

export async function searchActors(text: string, signal?: AbortSignal): Promise<ActorSummary[]> {
  const { results } = await getJson<{ results: ActorSummary[] }>('/api/search', { q: text, limit: '8' }, signal);
  return results;
}
