/** The Cypher console through the HTTP API, on the real Neo4j with the samples. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherError, CypherExample, CypherResponse, CypherSchema } from '@entente/protocol';
import { graphCounts } from '@entente/store';
import { startTestApp, type TestApp } from '../support/app.ts';

let app: TestApp;
beforeAll(async () => {
  // A short timeout and row cap, so the limits can be shown quickly.
  app = await startTestApp({ console: { timeoutMs: 2000, maxRows: 50, maxConcurrent: 2 } });
});
afterAll(async () => app?.close());

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const response = await fetch(`${app.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) });
  return { status: response.status, body: (await response.json()) as CypherResponse & CypherError };
}

const WRITES = [
  'CREATE (n:Intruder {name: "x"}) RETURN n',
  'MERGE (n:Actor {id: "ZZ-NEW"}) RETURN n',
  'MATCH (a:Actor {id: "RU"}) SET a.name_en = "changed" RETURN a',
  'MATCH (a:Actor {id: "RU"}) REMOVE a.name_en RETURN a',
  'MATCH (m:Mention) DELETE m',
  'MATCH (a:Actor {id: "UN"}) DETACH DELETE a',
  'MATCH (a:Actor) CALL (a) { SET a.touched = true } IN TRANSACTIONS RETURN count(*)',
  'CREATE INDEX intruder_index IF NOT EXISTS FOR (n:Actor) ON (n.name_en)',
  'CREATE CONSTRAINT intruder IF NOT EXISTS FOR (n:Intruder) REQUIRE n.id IS UNIQUE',
  'DROP INDEX actor_kind',
  'CALL db.createLabel("Intruder")',
  'CALL db.clearQueryCaches()',
  'CALL dbms.components()',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  'SHOW USERS',
  'SHOW TRANSACTIONS',
  'EXPLAIN MATCH (n) RETURN n',
];

describe('POST /api/cypher refuses whatever is not a plain read', () => {
  it.each(WRITES)('%s', async (query) => {
    const before = await countsNow();
    const { status, body } = await cypher(query);
    expect([400, 403]).toContain(status);
    expect(body.error).toMatch(/./);
    expect(await countsNow()).toEqual(before);
  });

  it('leaves the graph as it was after all of them', async () => {
    const { body } = await cypher('MATCH (a:Actor {id: "RU"}) RETURN a.name_en AS name, a.touched AS touched');
    expect(body.rows).toEqual([['Russia', null]]);
  });
});

describe('POST /api/cypher answers reads', () => {
  it('returns columns, rows, the graph to draw and a summary', async () => {
    const { status, body } = await cypher('MATCH (a:Actor)-[r:SANCTIONS]->(b:Actor {id: $target}) RETURN a.name_en AS name, a, r, b', { target: 'KP' });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['name', 'a', 'r', 'b']);
    expect(body.rows.map((r) => r[0])).toContain('United Nations');
    expect(body.graph.nodes.map((n) => n.properties.id)).toEqual(expect.arrayContaining(['UN', 'KP']));
    expect(body.graph.edges[0]).toMatchObject({ $type: 'relationship', type: 'SANCTIONS' });
    expect(body.summary).toMatchObject({ truncated: false, queryType: 'r' });
  });

  it('fetches the end nodes of returned relationships so they can be drawn', async () => {
    const { body } = await cypher('MATCH ()-[r:DEFENSE_PACT]->() RETURN r');
    const ids = new Set(body.graph.nodes.map((n) => n.id));
    for (const edge of body.graph.edges) expect(ids.has(edge.start) && ids.has(edge.end)).toBe(true);
  });

  it('shows Neo4j values readably: paths, lists, maps', async () => {
    const { body } = await cypher('MATCH p = (:Actor {id: "UN"})-[:SANCTIONS]->(:Actor {id: "KP"}) RETURN p, [1, 2] AS list, {a: "b"} AS map, date("2024-12-05") AS day');
    const [path, list, map, day] = body.rows[0]!;
    expect(path).toMatchObject({ $type: 'path' });
    expect(list).toEqual([1, 2]);
    expect(map).toEqual({ a: 'b' });
    expect(day).toBe('2024-12-05');
  });

  it('cuts a large result at the row cap and says so', async () => {
    const { body } = await cypher('UNWIND range(1, 1000) AS x RETURN x');
    expect(body.rows).toHaveLength(50);
    expect(body.summary.truncated).toBe(true);
  });

  it('returns Neo4j’s syntax error with its position in the query', async () => {
    const { status, body } = await cypher('MATCH (n RETURN n');
    expect(status).toBe(400);
    expect(body.error).toContain("Invalid input 'RETURN'");
    expect(body.position).toEqual({ line: 1, column: 10, offset: 9 });
  });

  it('stops a runaway query at the timeout while the explorer keeps answering', async () => {
    const runaway = cypher("MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = 'none' RETURN count(*)");
    const started = Date.now();
    const network = await fetch(`${app.url}/api/network`);
    expect(network.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    const { status, body } = await runaway;
    expect(status).toBe(408);
    expect(body.error).toMatch(/longer than 2 s/);
  });

  it('runs every example query with rows on the samples and one curation', async () => {
    // The curations example lists what analysts did; a confirmation changes no count the other tests read.
    const curated = await fetch(`${app.url}/api/curations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'confirm', relation: { type: 'SANCTIONS', source: 'UN', target: 'KP' }, reason: 'read in the resolution' }),
    });
    expect(curated.status).toBe(201);
    const { examples } = (await (await fetch(`${app.url}/api/cypher/examples`)).json()) as { examples: CypherExample[] };
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const example of examples) {
      const { status, body } = await cypher(example.query, example.params);
      expect(status, example.title).toBe(200);
      expect(body.rows.length, example.title).toBeGreaterThan(0);
    }
  });

  it('lists labels, relationship types and property keys for completion', async () => {
    const schema = (await (await fetch(`${app.url}/api/cypher/schema`)).json()) as CypherSchema;
    expect(schema.labels).toEqual(expect.arrayContaining(['Actor', 'Country', 'Event', 'Article']));
    expect(schema.relationshipTypes).toEqual(expect.arrayContaining(['SANCTIONS', 'ACTOR', 'RECIPIENT']));
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['name_en', 'name_ar']));
  });
});

async function countsNow() {
  const response = await fetch(`${app.url}/api/health`);
  return ((await response.json()) as { counts: Awaited<ReturnType<typeof graphCounts>> }).counts;
}
