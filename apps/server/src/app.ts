/**
 * The HTTP API and the built web app. Thin on purpose: it validates, asks the store, and answers.
 * Credentials stay here; the browser only ever sees JSON about the graph.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { ConsoleError, CypherConsole, DEFAULT_CONSOLE_LIMITS, StoreReader, graphCounts, graphVersion, loadExamples, type ConsoleLimits, type Neo4jConfig } from '@entente/store';
import type { ApiError, CypherRequest, HealthResponse } from '@entente/protocol';
import { ACTOR_KIND_NAMES, type ActorKind, type RelationType } from '@entente/ontology';
import type { Driver } from 'neo4j-driver';
import { ResponseCache } from './cache.ts';
import { BadRequest, actorKinds, date, endOf, integer, networkTypes, relationType, required } from './params.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const LIMITS = {
  networkEdges: { fallback: 5000, max: 250_000 },
  evidence: { fallback: 20, max: 200 },
  search: { fallback: 10, max: 50 },
  neighbors: { fallback: 100, max: 1000 },
};

export interface AppOptions {
  driver: Driver;
  neo4j: Neo4jConfig;
  webDist?: string;
  logger?: boolean;
  console?: Partial<ConsoleLimits>;
  /** Memory for answers kept between writes to the graph (network, timeline); 0 keeps none. */
  responseCacheMB?: number;
}

/** Filters that ask the same thing share one kept answer: lists in a fixed order, all kinds spelled out. */
function canonicalLists(types: RelationType[], kinds: ActorKind[] | undefined) {
  return { types: [...new Set(types)].sort(), kinds: [...new Set(kinds ?? ACTOR_KIND_NAMES)].sort() };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  const store = new StoreReader(options.driver, options.neo4j.database);
  const cypher = new CypherConsole(options.driver, options.neo4j.database, { ...DEFAULT_CONSOLE_LIMITS, ...options.console });
  const examples = await loadExamples();
  const cache = new ResponseCache((options.responseCacheMB ?? 256) * 1024 * 1024);
  type Q = Record<string, string | undefined>;

  /** Answers from the cache while the graph has not changed; `key` must name everything the answer depends on. */
  const cachedJson = async (reply: FastifyReply, key: string, compute: () => Promise<unknown>) => {
    const { body, hit } = await cache.json(await graphVersion(options.driver, options.neo4j.database), key, compute);
    return reply.type('application/json; charset=utf-8').header('x-entente-cache', hit ? 'hit' : 'miss').send(body);
  };

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof BadRequest) return reply.code(400).send({ error: error.message } satisfies ApiError);
    if (error instanceof ConsoleError) return reply.code(error.status).send(error.body);
    const status = error.statusCode;
    if (status && status < 500) return reply.code(status).send({ error: error.message } satisfies ApiError);
    console.error(`entente server: ${request.method} ${request.url}: ${error.stack ?? error.message}`);
    const unavailable = /ServiceUnavailable|connect|ECONNREFUSED/i.test(`${error.code} ${error.message}`);
    return reply
      .code(unavailable ? 503 : 500)
      .send({ error: unavailable ? 'The graph database is not reachable. Is Neo4j running? (npm run neo4j start)' : 'Internal error' } satisfies ApiError);
  });

  app.get('/api/health', async (): Promise<HealthResponse> => {
    try {
      return { ok: true, neo4j: { connected: true }, counts: await graphCounts(options.driver, options.neo4j.database) };
    } catch (err) {
      return { ok: false, neo4j: { connected: false, error: (err as Error).message.split('\n')[0] } };
    }
  });

  app.get('/api/network', async (request, reply) => {
    const q = request.query as Q;
    const filter = {
      types: networkTypes(q),
      kinds: actorKinds(q),
      from: date(q.from, 'from'),
      to: endOf(date(q.to, 'to')),
      minEvents: integer(q.minEvents, 'minEvents', 1, 1, 1_000_000),
      limit: integer(q.limit, 'limit', LIMITS.networkEdges.fallback, 1, LIMITS.networkEdges.max),
    };
    return cachedJson(reply, `network ${JSON.stringify({ ...filter, ...canonicalLists(filter.types, filter.kinds) })}`, () => store.network(filter));
  });

  app.get('/api/actors/:id', async (request, reply) => {
    const id = required((request.params as Q).id, 'id');
    const actor = await store.actor(id);
    if (!actor) return reply.code(404).send({ error: `no actor with id ${id}` } satisfies ApiError);
    return actor;
  });

  app.get('/api/actors/:id/neighbors', async (request, reply) => {
    const q = request.query as Q;
    const id = required((request.params as Q).id, 'id');
    const graph = await store.neighbors(id, networkTypes({ preset: 'all', ...q }), integer(q.limit, 'limit', LIMITS.neighbors.fallback, 1, LIMITS.neighbors.max));
    if (!graph) return reply.code(404).send({ error: `no actor with id ${id}` } satisfies ApiError);
    return graph;
  });

  app.get('/api/path', async (request) => {
    const q = request.query as Q;
    const from = required(q.from, 'from');
    const to = required(q.to, 'to');
    if (from === to) throw new BadRequest('from and to are the same actor');
    return store.path(from, to, networkTypes({ preset: 'all', ...q }));
  });

  app.get('/api/timeline', async (request, reply) => {
    const q = request.query as Q;
    const [types, kinds] = [networkTypes(q), actorKinds(q)];
    return cachedJson(reply, `timeline ${JSON.stringify(canonicalLists(types, kinds))}`, () => store.timeline(types, kinds));
  });

  app.get('/api/articles/:id', async (request, reply) => {
    const id = required((request.params as Q).id, 'id');
    const article = await store.article(id);
    if (!article) return reply.code(404).send({ error: `no article with id ${id}` } satisfies ApiError);
    return article;
  });

  app.post('/api/cypher', async (request) => {
    const body = request.body as Partial<CypherRequest> | null;
    if (!body || typeof body.query !== 'string') throw new BadRequest('send {"query": "...", "params": {...}}');
    if (body.params !== undefined && (typeof body.params !== 'object' || body.params === null || Array.isArray(body.params))) throw new BadRequest('params must be a JSON object');
    return cypher.run(body.query, body.params ?? {});
  });

  app.get('/api/cypher/examples', async () => ({ examples }));
  app.get('/api/cypher/schema', async () => cypher.schema());

  app.get('/api/evidence', async (request) => {
    const q = request.query as Q;
    const limit = integer(q.limit, 'limit', LIMITS.evidence.fallback, 1, LIMITS.evidence.max);
    return { evidence: await store.evidence(relationType(q.type), required(q.source, 'source'), required(q.target, 'target'), limit) };
  });

  app.get('/api/search', async (request) => {
    const q = request.query as Q;
    const limit = integer(q.limit, 'limit', LIMITS.search.fallback, 1, LIMITS.search.max);
    return { results: await store.search(required(q.q, 'q'), limit) };
  });

  app.all('/api/*', async (_request, reply) => reply.code(404).send({ error: 'no such API endpoint' } satisfies ApiError));

  const webDist = options.webDist ?? WEB_DIST;
  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist });
    // Client-side routes all load the app shell.
    app.setNotFoundHandler((_request, reply) => reply.sendFile('index.html'));
  }
  return app;
}
