/** The HTTP API on the real Neo4j with the samples ingested. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  unpackNetwork,
  type ActorResponse,
  type ArticleResponse,
  type Evidence,
  type HealthResponse,
  type NetworkGraph,
  type PackedNetwork,
  type PathResponse,
  type TimelineResponse,
} from '@entente/protocol';
import { startTestApp, type TestApp } from '../support/app.ts';
import { connectDatabase } from '../support/neo4j.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(app.url + path);
  return { status: response.status, body: (await response.json()) as T };
}

/** `/api/network` packs its answer; the web app reads it as graphology's serialisation. */
async function getNetwork(path: string): Promise<{ status: number; body: NetworkGraph }> {
  const { status, body } = await get<PackedNetwork>(path);
  return { status, body: unpackNetwork(body) };
}

describe('GET /api/health', () => {
  it('reports Neo4j connected and the graph counts', async () => {
    const { body } = await get<HealthResponse>('/api/health');
    expect(body.ok).toBe(true);
    expect(body.neo4j.connected).toBe(true);
    expect(body.counts!.articles).toBe(2);
  });
});

describe('GET /api/network', () => {
  it('answers with the sanctions network by default, each actor once and each edge a row', async () => {
    const packed = await get<PackedNetwork>('/api/network');
    expect(packed.status).toBe(200);
    expect(new Set(packed.body.actors.map(([id]) => id)).size).toBe(packed.body.actors.length);
    expect(packed.body.edges.every(([s, t]) => packed.body.actors[s] && packed.body.actors[t])).toBe(true);
    const { body } = await getNetwork('/api/network');
    const edges = body.edges.map((e) => `${e.source}-${e.attributes.type}->${e.target}`);
    expect(edges).toContain('UN-SANCTIONS->KP');
    expect(edges).toContain('EU-SANCTIONS->IR');
    expect(body.edges.every((e) => e.attributes.type === 'SANCTIONS')).toBe(true);
    const un = body.nodes.find((n) => n.key === 'UN')!;
    expect(un.attributes).toMatchObject({ kind: 'organization', name_en: 'United Nations', name_ar: 'الأمم المتحدة' });
  });

  it('draws undirected types without direction', async () => {
    const { body } = await getNetwork('/api/network?preset=alliances');
    const pact = body.edges.find((e) => e.attributes.type === 'DEFENSE_PACT')!;
    expect(pact.undirected).toBe(true);
    expect([pact.source, pact.target].sort()).toEqual(['KP', 'RU']);
  });

  it('filters by actor kind and bounds the answer', async () => {
    const { body } = await getNetwork('/api/network?preset=all&kinds=country&limit=1');
    expect(body.edges).toHaveLength(1);
    expect(body.attributes.truncated).toBe(true);
    expect(body.nodes.every((n) => n.attributes.kind === 'country')).toBe(true);
  });

  it('rejects bad parameters with 400 and a message', async () => {
    for (const query of ['types=FRIENDS_WITH', 'preset=nope', 'limit=0', 'limit=10000000', 'kinds=planet', 'from=yesterday']) {
      const { status, body } = await get<{ error: string }>(`/api/network?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.length).toBeGreaterThan(5);
    }
  });
});

describe('actors, evidence and search', () => {
  it('GET /api/actors/RU lists its relations, among them the defence pact with North Korea', async () => {
    const { body } = await get<ActorResponse>('/api/actors/RU');
    expect(body.actor).toMatchObject({ id: 'RU', name_en: 'Russia', name_ar: 'روسيا', kind: 'country' });
    expect(body.relations).toContainEqual(expect.objectContaining({ type: 'DEFENSE_PACT', direction: 'both', other: expect.objectContaining({ id: 'KP' }) }));
    expect(body.relations).toContainEqual(expect.objectContaining({ type: 'HOLDS_OFFICE', direction: 'in', other: expect.objectContaining({ id: 'vladimir-putin' }) }));
  });

  it('GET /api/actors/unknown is a 404', async () => {
    expect((await get('/api/actors/NOWHERE')).status).toBe(404);
  });

  it('GET /api/evidence gives the sentence and article behind an edge, either order for undirected types', async () => {
    const { body } = await get<{ evidence: Evidence[] }>('/api/evidence?type=DEFENSE_PACT&source=RU&target=KP');
    expect(body.evidence.length).toBeGreaterThan(0);
    expect(body.evidence[0]!.sentence).toContain('اتفاقية الدفاع');
    expect(body.evidence[0]!.article.title).toContain('الاتفاقية تكرس التقارب العسكري');
  });

  it('GET /api/evidence says whom a reported relation is attributed to', async () => {
    const { body } = await get<{ evidence: Evidence[] }>('/api/evidence?type=DEPLOYS_TROOPS_TO&source=KP&target=RU');
    const pentagon = body.evidence.find((e) => e.sentence.includes('وزارة الدفاع الأميركية'));
    expect(pentagon).toMatchObject({ mode: 'reported', attribution: { id: 'US-DOD', kind: 'organization', name_en: 'United States Department of Defense' } });
  });

  it('GET /api/search finds Russia from "موسكو", "Moscow" and "الروسية"', async () => {
    for (const q of ['موسكو', 'Moscow', 'الروسية', 'russia', 'Russ']) {
      const { body } = await get<{ results: { id: string }[] }>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(body.results[0]?.id, q).toBe('RU');
    }
  });

  it('GET /api/search finds a name from one of its words', async () => {
    const { body } = await get<{ results: { id: string }[] }>(`/api/search?q=${encodeURIComponent('الولايات')}`);
    expect(body.results.map((r) => r.id)).toContain('US');
  });

  it('GET /api/network?to=YYYY-MM includes that whole month', async () => {
    const { body } = await getNetwork('/api/network?from=2024-12&to=2024-12');
    expect(body.edges.map((e) => `${e.source}->${e.target}`)).toContain('UN->KP');
  });

  it('GET /api/search without q is a 400', async () => {
    expect((await get('/api/search')).status).toBe(400);
  });
});

describe('walking the graph', () => {
  it('GET /api/actors/:id/neighbors gives the next ring around an actor', async () => {
    const { body } = await get<NetworkGraph>('/api/actors/KP/neighbors');
    const others = body.nodes.map((n) => n.key);
    expect(others).toEqual(expect.arrayContaining(['KP', 'RU', 'UN', 'CN']));
    expect(body.edges.every((e) => e.source === 'KP' || e.target === 'KP')).toBe(true);
    expect((await get('/api/actors/NOWHERE/neighbors')).status).toBe(404);
  });

  it('GET /api/path finds the shortest paths between two actors', async () => {
    const { body } = await get<PathResponse>('/api/path?from=UN&to=CN');
    expect(body.length).toBe(2);
    expect(body.graph.nodes.map((n) => n.key).sort()).toEqual(['CN', 'KP', 'UN']);
    const none = await get<PathResponse>('/api/path?from=UN&to=CN&types=DETAINS');
    expect(none.body.length).toBeNull();
    expect((await get('/api/path?from=UN&to=UN')).status).toBe(400);
  });

  it('GET /api/timeline counts events per month', async () => {
    const { body } = await get<TimelineResponse>('/api/timeline?preset=all');
    expect(body.months.length).toBeGreaterThan(0);
    expect(body.months.every((m) => /^\d{4}-\d{2}$/.test(m.month) && m.count > 0)).toBe(true);
    expect(body.months.map((m) => m.month)).toContain('2024-06');
  });

  it('GET /api/articles/:id gives the text, its mentions at their offsets and its relations', async () => {
    const evidence = await get<{ evidence: Evidence[] }>('/api/evidence?type=SANCTIONS&source=UN&target=KP');
    const { status, body } = await get<ArticleResponse>(`/api/articles/${evidence.body.evidence[0]!.article.id}`);
    expect(status).toBe(200);
    for (const m of body.mentions) expect(body.article.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    const moscow = body.mentions.find((m) => body.article.text.slice(m.start, m.end) === 'موسكو');
    expect(moscow?.actor.id).toBe('RU');
    expect(body.relations).toContainEqual(
      expect.objectContaining({ type: 'SANCTIONS', source: expect.objectContaining({ id: 'UN' }), target: expect.objectContaining({ id: 'KP' }) }),
    );
    expect((await get('/api/articles/nope')).status).toBe(404);
  });
});

describe('each relation once', () => {
  it('an office held under two titles is one edge of the map', async () => {
    const db = await connectDatabase();
    try {
      const { records } = await db.driver.executeQuery(
        `MATCH (p:Actor)-[r:HOLDS_OFFICE]->(x:Actor) WITH p, x LIMIT 1 CREATE (p)-[:HOLDS_OFFICE {title: 'a second title'}]->(x) RETURN p.id AS p`,
        {},
        { database: db.database },
      );
      expect(records).toHaveLength(1);
      const { body } = await getNetwork('/api/network?types=HOLDS_OFFICE');
      const keys = body.edges.map((edge) => edge.key);
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      await db.close();
    }
  });
});
