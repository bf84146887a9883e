/**
 * The HTTP API and the built web app. Thin on purpose: it validates, asks the store, and answers.
 * Credentials stay here; the browser only ever sees JSON about the graph.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  ConsoleError,
  CurationError,
  Curator,
  CypherConsole,
  DEFAULT_CONSOLE_LIMITS,
  Neo4jUnavailable,
  StoreReader,
  StoreTimeout,
  graphCounts,
  graphVersion,
  loadExamples,
  storeError,
  verifyConnection,
  type ConsoleLimits,
  type ConsoleRefusal,
  type Neo4jConfig,
  type NetworkFilter,
} from '@entente/store';
import type { ApiError, CurationExport, CurationRequest, CypherRequest, HealthResponse } from '@entente/protocol';
import { ACTOR_KIND_NAMES, type ActorKind, type RelationType } from '@entente/ontology';
import type { Driver } from 'neo4j-driver';
import { Availability, DEFAULT_ADMISSION, Gate, Refused, type AdmissionLimits } from './admission.ts';
import { ResponseCache, SharedRead } from './cache.ts';
import { EditRefused, checkEditor, editingStatus, type EditingOptions } from './editing.ts';
import { appShell, installGuards } from './guard.ts';
import {
  BadRequest,
  actorKinds,
  choice,
  date,
  drawnModes,
  endOf,
  instant,
  integer,
  networkTypes,
  relationRefs,
  relationType,
  required,
  searchText,
  share,
  singleValues,
  type Query,
} from './params.ts';

/** The built web app (`npm run build`), served as static files with the app shell. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Page sizes of the explorer's reads: what a request gets without `limit`, and the most it may ask. */
export const LIMITS = {
  networkEdges: { fallback: 5000, max: 250_000 },
  evidence: { fallback: 20, max: 200 },
  search: { fallback: 10, max: 50 },
  review: { fallback: 25, max: 500 },
  neighbors: { fallback: 100, max: 1000 },
  /** Events of the evidence export, and lines it may name besides the filter's (what the user added). */
  evidenceTable: { rows: 200_000, also: 5000 },
};

/** The map's filter from a query string: /api/network and the evidence export read the same one. */
function networkFilter(q: Query): NetworkFilter {
  return {
    types: networkTypes(q),
    kinds: actorKinds(q),
    from: date(q.from, 'from'),
    to: endOf(date(q.to, 'to')),
    modes: drawnModes(q),
    minConfidence: share(q.minConfidence, 'minConfidence', 0),
    minEvents: integer(q.minEvents, 'minEvents', 1, 1, 1_000_000),
    limit: integer(q.limit, 'limit', LIMITS.networkEdges.fallback, 1, LIMITS.networkEdges.max),
    rejected: choice(q.rejected, 'rejected', ['hide', 'show'], 'hide') === 'show',
  };
}

/** What `buildApp` needs; everything but the driver and its configuration has a default. */
export interface AppOptions {
  driver: Driver;
  neo4j: Neo4jConfig;
  /** Where the built web app is; WEB_DIST by default. */
  webDist?: string;
  /** Fastify's request log. */
  logger?: boolean;
  /** The console's bounds; the store's defaults otherwise. */
  console?: Partial<ConsoleLimits>;
  /** Memory for answers kept between writes to the graph (network, timeline); 0 keeps none. */
  responseCacheMB?: number;
  /** Milliseconds an explorer read may run. */
  readTimeoutMs?: number;
  /** Host names accepted in the Host header (see config.ts); loopback names only when not given. */
  allowedHosts?: readonly string[];
  admission?: Partial<AdmissionLimits>;
  /** Who may curate; by default a server on loopback without a token (see editing.ts). */
  editing?: EditingOptions;
}

/** The HTTP status of each reason the store gives for refusing a curation. */
const CURATION_STATUS: Record<CurationError['reason'], number> = { invalid: 400, 'not-found': 404, conflict: 409 };

/** The HTTP status of each reason the console gives for not answering. */
const CONSOLE_STATUS: Record<ConsoleRefusal, number> = { invalid: 400, refused: 403, 'timed-out': 408, busy: 429 };

/** /api/health answers within this, whatever Neo4j does. */
const HEALTH_DEADLINE_MS = 4_000;

function within<T>(ms: number, work: Promise<T>, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(late()), ms)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Filters that ask the same thing share one kept answer: lists in a fixed order, all kinds spelled out. */
function canonicalLists(types: RelationType[], kinds: ActorKind[] | undefined) {
  return { types: [...new Set(types)].sort(), kinds: [...new Set(kinds ?? ACTOR_KIND_NAMES)].sort() };
}

/**
 * The server: the /api routes over the store and the Cypher console and, when `webDist` exists, the
 * built web app (client-side routes get its shell). The explorer's reads answer from a cache until
 * the graph's version changes, and all reads are refused at once while Neo4j is down. It does not
 * check the connection or warm Neo4j at start, and closing the app leaves the driver open: both are
 * the caller's (see main.ts).
 *
 * @example
 * import { configFromEnv, createDriver } from '@entente/store';
 *
 * const neo4j = configFromEnv();
 * const driver = createDriver(neo4j, 'interactive');
 * const app = await buildApp({ driver, neo4j, readTimeoutMs: 5_000 });
 * await app.listen({ port: 8080, host: '127.0.0.1' });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  const { driver, neo4j } = options;
  const store = new StoreReader(driver, neo4j.database, options.readTimeoutMs);
  const curator = new Curator(driver, neo4j.database);
  const editing = options.editing ?? { token: null, loopback: true };
  const cypher = new CypherConsole(driver, neo4j.database, { ...DEFAULT_CONSOLE_LIMITS, ...options.console });
  const examples = await loadExamples();
  const cache = new ResponseCache((options.responseCacheMB ?? 256) * 1024 * 1024);
  // Concurrent requests share one read of the graph's version rather than asking it once each.
  const version = new SharedRead(() => graphVersion(driver, neo4j.database));
  const gate = new Gate({ ...DEFAULT_ADMISSION, ...options.admission });
  const availability = new Availability(
    () => verifyConnection(driver, neo4j),
    () => store.warm(),
  );
  app.addHook('onClose', async () => availability.stop());
  installGuards(app, options.allowedHosts ?? ['localhost', '127.0.0.1', '::1']);

  /**
   * Every read of Neo4j: refused at once while it is down, and in line with the others unless it has
   * a line of its own (the console's slots).
   */
  const ask = async <T>(work: () => Promise<T>, inLine = true): Promise<T> => {
    availability.check();
    try {
      return await (inLine ? gate.run(work) : work());
    } catch (error) {
      const known = storeError(error);
      availability.observe(known);
      throw known;
    }
  };

  /**
   * Answers from the cache while the graph has not changed; `key` must name everything the answer
   * depends on. Every read of the explorer goes through here: a map is asked again on every reload,
   * an actor on every click back to it, and right after a Neo4j restart, while each read is slow,
   * only the first of each reaches Neo4j. A null answer is a 404 saying `missing`.
   */
  const cachedJson = async (reply: FastifyReply, key: string, compute: () => Promise<unknown>, missing?: string) => {
    const { body, hit } = await ask(async () => cache.json(await version.get(), key, compute));
    void reply.header('x-entente-cache', hit ? 'hit' : 'miss');
    if (body === 'null' && missing) return reply.code(404).send({ error: missing } satisfies ApiError);
    return reply.type('application/json; charset=utf-8').send(body);
  };

  const unavailable = (reply: FastifyReply, message: string, retryAfter: number) =>
    reply
      .code(503)
      .header('retry-after', String(retryAfter))
      .send({ error: message } satisfies ApiError);

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof BadRequest) return reply.code(400).send({ error: error.message } satisfies ApiError);
    if (error instanceof ConsoleError) return reply.code(CONSOLE_STATUS[error.reason]).send(error.body);
    if (error instanceof EditRefused) {
      if (error.status === 401) void reply.header('www-authenticate', 'Bearer realm="entente curation"');
      return reply.code(error.status).send({ error: error.message } satisfies ApiError);
    }
    if (error instanceof CurationError) return reply.code(CURATION_STATUS[error.reason]).send({ error: error.message } satisfies ApiError);
    if (error instanceof Refused) return unavailable(reply, error.message, error.retryAfter);
    if (error instanceof Neo4jUnavailable) return unavailable(reply, `The graph database is not reachable. Is Neo4j running? (npm run neo4j start)`, 2);
    if (error instanceof StoreTimeout)
      return unavailable(reply, `The graph database took longer than ${error.timeoutMs / 1000} s to answer; try a narrower filter or again in a moment.`, 5);
    const status = error.statusCode;
    if (status && status < 500) return reply.code(status).send({ error: error.message } satisfies ApiError);
    console.error(`entente server: ${request.method} ${request.url}: ${error.stack ?? error.message}`);
    return reply.code(500).send({ error: 'Internal error' } satisfies ApiError);
  });

  app.get('/api/health', async (_request, reply): Promise<HealthResponse> => {
    const down = (message: string): HealthResponse => {
      void reply.code(503).header('retry-after', '2');
      return { ok: false, neo4j: { connected: false, error: message } };
    };
    if (availability.outage) return down(availability.outage.message);
    try {
      const counts = await within(HEALTH_DEADLINE_MS, graphCounts(driver, neo4j.database), () => new Neo4jUnavailable(`no answer within ${HEALTH_DEADLINE_MS / 1000} s`));
      return { ok: true, neo4j: { connected: true }, counts };
    } catch (error) {
      const known = storeError(error);
      availability.observe(known);
      return down((known as Error).message.split('\n')[0]!);
    }
  });

  app.get('/api/network', async (request, reply) => {
    const filter = networkFilter(singleValues(request.query));
    return cachedJson(reply, `network ${JSON.stringify({ ...filter, ...canonicalLists(filter.types, filter.kinds) })}`, () => store.network(filter));
  });

  app.get('/api/actors/:id', async (request, reply) => {
    const id = required((request.params as Record<string, string>).id, 'id');
    return cachedJson(reply, `actor ${id}`, () => store.actor(id), `no actor with id ${id}`);
  });

  app.get('/api/actors/:id/neighbors', async (request, reply) => {
    const q = singleValues(request.query);
    const id = required((request.params as Record<string, string>).id, 'id');
    const [types, limit] = [networkTypes({ preset: 'all', ...q }), integer(q.limit, 'limit', LIMITS.neighbors.fallback, 1, LIMITS.neighbors.max)];
    return cachedJson(reply, `neighbors ${JSON.stringify([id, [...new Set(types)].sort(), limit])}`, () => store.neighbors(id, types, limit), `no actor with id ${id}`);
  });

  app.get('/api/path', async (request, reply) => {
    const q = singleValues(request.query);
    const from = required(q.from, 'from');
    const to = required(q.to, 'to');
    if (from === to) throw new BadRequest('from and to are the same actor');
    const types = networkTypes({ preset: 'all', ...q });
    return cachedJson(reply, `path ${JSON.stringify([from, to, [...new Set(types)].sort()])}`, () => store.path(from, to, types));
  });

  app.get('/api/timeline', async (request, reply) => {
    const q = singleValues(request.query);
    const filter = { types: networkTypes(q), kinds: actorKinds(q), modes: drawnModes(q), minConfidence: share(q.minConfidence, 'minConfidence', 0) };
    return cachedJson(reply, `timeline ${JSON.stringify({ ...filter, ...canonicalLists(filter.types, filter.kinds) })}`, () => store.timeline(filter));
  });

  app.get('/api/articles/:id', async (request, reply) => {
    const id = required((request.params as Record<string, string>).id, 'id');
    return cachedJson(reply, `article ${id}`, () => store.article(id), `no article with id ${id}`);
  });

  app.post('/api/cypher', async (request) => {
    const body = request.body as Partial<CypherRequest> | null;
    if (!body || typeof body.query !== 'string') throw new BadRequest('send {"query": "...", "params": {...}}');
    if (body.params !== undefined && (typeof body.params !== 'object' || body.params === null || Array.isArray(body.params))) throw new BadRequest('params must be a JSON object');
    const { query, params = {} } = body;
    return ask(() => cypher.run(query, params), false);
  });

  app.get('/api/cypher/examples', async () => ({ examples }));
  app.get('/api/cypher/schema', async () => ask(() => cypher.schema()));

  app.get('/api/evidence', async (request, reply) => {
    const q = singleValues(request.query);
    const limit = integer(q.limit, 'limit', LIMITS.evidence.fallback, 1, LIMITS.evidence.max);
    const offset = integer(q.offset, 'offset', 0, 0, 10_000_000);
    const [type, source, target] = [relationType(q.type), required(q.source, 'source'), required(q.target, 'target')];
    // The map's event filters, so that a line's sentences are the events it counts.
    const filter = { modes: drawnModes(q), minConfidence: share(q.minConfidence, 'minConfidence', 0) };
    const key = `evidence ${JSON.stringify([type, source, target, limit, offset, filter.modes ?? null, filter.minConfidence])}`;
    return cachedJson(reply, key, () => store.evidence(type, source, target, limit, offset, filter));
  });

  app.post('/api/evidence/table', async (request, reply) => {
    const filter = networkFilter(singleValues(request.query));
    const also = relationRefs((request.body as { also?: unknown } | null)?.also, 'also', LIMITS.evidenceTable.also);
    const key = `evidence table ${JSON.stringify({ ...filter, ...canonicalLists(filter.types, filter.kinds), also })}`;
    return cachedJson(reply, key, () => store.evidenceTable(filter, also, LIMITS.evidenceTable.rows));
  });

  app.get('/api/search', async (request, reply) => {
    const q = singleValues(request.query);
    const limit = integer(q.limit, 'limit', LIMITS.search.fallback, 1, LIMITS.search.max);
    const text = searchText(q.q);
    return cachedJson(reply, `search ${JSON.stringify([text, limit])}`, async () => ({ results: await store.search(text, limit) }));
  });

  // Curation: the one write path, behind checkEditor; its reads are open like the others.
  app.get('/api/editing', async () => editingStatus(editing));

  const edit = async <T>(request: FastifyRequest, reply: FastifyReply, work: () => Promise<T>, status = 200): Promise<T> => {
    checkEditor(request, editing);
    const result = await ask(work, false);
    void reply.code(status);
    return result;
  };

  app.post('/api/curations', async (request, reply) => {
    const body = request.body as CurationRequest | null;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new BadRequest('send a curation as a JSON object: {"action": "reject", "relation": {...}, "reason": "..."}');
    return edit(request, reply, () => curator.curate(body), 201);
  });

  app.post('/api/curations/:id/undo', async (request, reply) => {
    const id = required((request.params as Record<string, string>).id, 'id');
    const by = (request.body as { by?: unknown } | null)?.by;
    return edit(request, reply, () => curator.undo(id, typeof by === 'string' && by.trim() ? by : 'analyst'));
  });

  app.post('/api/curations/import', async (request, reply) => {
    const body = request.body as Partial<CurationExport> | null;
    if (!body || body.format !== 'entente-curations' || !Array.isArray(body.curations))
      throw new BadRequest('send a file of GET /api/curations/export: {"format": "entente-curations", "curations": [...]}');
    const curations = body.curations;
    return edit(request, reply, () => curator.import(curations));
  });

  app.get('/api/curations', async (request) => {
    const q = singleValues(request.query);
    return { curations: await ask(() => curator.list(q.on || undefined)) };
  });

  app.get('/api/curations/export', async (_request, reply): Promise<CurationExport> => {
    const curations = await ask(() => curator.list());
    void reply.header('content-disposition', 'attachment; filename="entente-curations.json"');
    return { format: 'entente-curations', version: 1, exported_at: new Date().toISOString(), curations: curations.reverse() };
  });

  app.get('/api/review', async (request, reply) => {
    const q = singleValues(request.query);
    const limit = integer(q.limit, 'limit', LIMITS.review.fallback, 1, LIMITS.review.max);
    const since = q.since ? instant(q.since, 'since') : null;
    return cachedJson(reply, `review ${JSON.stringify([limit, since])}`, async () => ({ items: await store.review(limit, since) }));
  });

  app.all('/api/*', async (_request, reply) => reply.code(404).send({ error: 'no such API endpoint' } satisfies ApiError));

  const webDist = options.webDist ?? WEB_DIST;
  if (existsSync(webDist)) {
    const shell = appShell(await readFile(join(webDist, 'index.html'), 'utf8'));
    await app.register(fastifyStatic, { root: webDist, index: false });
    app.get('/', async (_request, reply) => shell(reply));
    // Client-side routes all load the app shell.
    app.setNotFoundHandler((_request, reply) => shell(reply));
  }
  return app;
}
