import type { CypherError, CypherExample, CypherResponse, CypherSchema } from '@entente/protocol';
import { ApiRequestError, fetchCypherExamples, fetchCypherSchema, runCypher } from '../api/client.ts';
import { createStore } from '../store.ts';
import { loadHistory, saveHistory, withRun, type HistoryEntry } from './history.ts';

/** What the editors hold: the query and its parameters as JSON text. */
export interface ConsoleDraft {
  query: string;
  params: string;
}

/**
 * Why a run gave no result. `status` is the HTTP status (400 Neo4j error, 403 refused, 408 timeout,
 * 413 too large, 429 too many at once), 'params' for parameters that never left the browser, and
 * 'unreachable' when the server did not answer.
 */
export interface ConsoleFailure {
  status: number | 'params' | 'unreachable';
  message: string;
  code?: string;
  position?: CypherError['position'];
}

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; draft: ConsoleDraft }
  | { phase: 'done'; draft: ConsoleDraft; response: CypherResponse }
  | { phase: 'failed'; draft: ConsoleDraft; failure: ConsoleFailure };

export type ExamplesState = { phase: 'loading' } | { phase: 'ready'; examples: CypherExample[] } | { phase: 'error'; message: string };

const STARTER_QUERY = 'MATCH (a:Actor)-[r]->(b:Actor)\nRETURN a, r, b\nLIMIT 25';

const history = loadHistory();
export const historyStore = createStore<readonly HistoryEntry[]>(history);
/** The console opens on the query last run, or on a starter that shows what the graph holds. */
export const draftStore = createStore<ConsoleDraft>(history[0] ?? { query: STARTER_QUERY, params: '' });
export const runStore = createStore<RunState>({ phase: 'idle' });
export const examplesStore = createStore<ExamplesState>({ phase: 'loading' });
/** The live database's names, for completion; null until known (completion then offers keywords only). */
export const schemaStore = createStore<CypherSchema | null>(null);

historyStore.subscribe(saveHistory);

/**
 * Parameters are a JSON object or nothing at all; anything else is said before any request.
 * `error` is the JSON parser's own explanation, empty when the JSON is valid but not an object.
 */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { params: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: '' };
  return { params: parsed as Record<string, unknown> };
}

function failureOf(error: unknown): ConsoleFailure {
  if (!(error instanceof ApiRequestError)) return { status: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  if (error.status === undefined) return { status: 'unreachable', message: error.message };
  const body = (error.body ?? {}) as Partial<CypherError>;
  return { status: error.status, message: error.message, code: body.code, position: body.position };
}

let inFlight: AbortController | null = null;
let resourcesRequested = false;

export const consoleActions = {
  edit: (change: Partial<ConsoleDraft>) => draftStore.set((draft) => ({ ...draft, ...change })),

  async run(): Promise<void> {
    const draft = draftStore.get();
    if (draft.query.trim() === '') return;
    const parsed = parseParams(draft.params);
    if ('error' in parsed) return runStore.set({ phase: 'failed', draft, failure: { status: 'params', message: parsed.error } });

    inFlight?.abort();
    const request = new AbortController();
    inFlight = request;
    historyStore.set((entries) => withRun(entries, { ...draft, ranAt: new Date().toISOString() }));
    runStore.set({ phase: 'running', draft });
    try {
      const response = await runCypher({ query: draft.query, params: parsed.params }, request.signal);
      runStore.set({ phase: 'done', draft, response });
    } catch (error) {
      if (request.signal.aborted) return;
      runStore.set({ phase: 'failed', draft, failure: failureOf(error) });
    }
  },

  /** Examples and history entries run as soon as they are picked: one click shows their result. */
  runDraft(draft: ConsoleDraft): Promise<void> {
    draftStore.set(draft);
    return consoleActions.run();
  },

  runExample: (example: CypherExample) =>
    consoleActions.runDraft({
      query: example.query,
      params: Object.keys(example.params).length > 0 ? JSON.stringify(example.params, null, 2) : '',
    }),

  /** Asked the first time the console opens; both stay for the page's life. */
  async loadResources(): Promise<void> {
    if (resourcesRequested) return;
    resourcesRequested = true;
    void fetchCypherSchema().then(schemaStore.set, () => schemaStore.set(null));
    try {
      examplesStore.set({ phase: 'ready', examples: await fetchCypherExamples() });
    } catch (error) {
      examplesStore.set({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      resourcesRequested = false;
    }
  },
};
