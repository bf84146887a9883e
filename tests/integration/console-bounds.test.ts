/**
 * The console is bounded however it is called: memory, admin commands, time, size and nesting,
 * each against the real Neo4j, and the server answers normally afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherError, CypherResponse } from '@entente/protocol';
import { startTestApp, type TestApp } from '../support/app.ts';
import { connectDatabase, type TestDatabase } from '../support/neo4j.ts';

let app: TestApp;
/** A second connection, to look at Neo4j's own list of transactions. */
let admin: TestDatabase;
// Long enough that planning a large but allowed query finishes on a busy two-core machine.
const TIMEOUT_MS = 4000;
const MAX_BYTES = 200_000;
beforeAll(async () => {
  app = await startTestApp({ console: { timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES, maxConcurrent: 2 } });
  admin = await connectDatabase();
});
afterAll(async () => {
  await app?.close();
  await admin?.close();
});

async function consoleTransactionsInNeo4j(): Promise<number> {
  const { records } = await admin.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'entente-console' RETURN count(*) AS n",
    {},
    { database: admin.database },
  );
  return Number(records[0]!.get('n'));
}

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const response = await fetch(`${app.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) });
  const text = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) as CypherResponse & CypherError };
}

async function stillAnswers() {
  const { status, body } = await cypher('MATCH (a:Actor {id: "RU"}) RETURN a.name_en AS name');
  expect(status).toBe(200);
  expect(body.rows).toEqual([['Russia']]);
}

const nested = (depth: number, open: string, close: string, inner = '1') => open.repeat(depth) + inner + close.repeat(depth);

describe('admin commands and every operator outside the read list are refused', () => {
  const ADMIN = [
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    'SHOW TRANSACTIONS',
    'SHOW TRANSACTIONS YIELD transactionId RETURN transactionId',
    'SHOW SETTINGS',
    "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'dbms' RETURN name, value",
    'SHOW DATABASES',
    'SHOW SERVERS',
    'SHOW CURRENT USER',
    'SHOW PRIVILEGES',
    'SHOW ROLES',
    'SHOW ALIASES FOR DATABASE',
    'CREATE USER intruder SET PASSWORD "intruder-pass"',
    'CREATE DATABASE intruder',
    'STOP DATABASE neo4j',
    'CALL dbms.listConfig()',
    'CALL dbms.killTransactions(["neo4j-transaction-1"])',
  ];
  it.each(ADMIN)('%s', async (query) => {
    const { status, body } = await cypher(query);
    expect([400, 403]).toContain(status);
    expect(body.error).toMatch(/./);
  });

  it('still lets the graph schema be shown', async () => {
    for (const query of ['SHOW INDEXES', 'SHOW CONSTRAINTS', 'CALL db.labels()']) {
      const { status } = await cypher(query);
      expect(status, query).toBe(200);
    }
  });

  it('runs reads that use many kinds of operator', async () => {
    const { status, body } = await cypher(
      `MATCH (a:Actor)-[r*1..2]->(b:Actor) WHERE a.id IN ['UN', 'US'] OPTIONAL MATCH (b)<-[:RECIPIENT]-(e:Event)
       WITH a, b, count(e) AS events ORDER BY events DESC
       CALL (a) { MATCH (a)-[:SANCTIONS]->(t) RETURN collect(t.id) AS targets }
       RETURN DISTINCT a.id AS a, b.id AS b, events, targets, EXISTS { (b)--() } AS linked SKIP 0 LIMIT 20
       UNION RETURN 'x' AS a, 'y' AS b, 0 AS events, [] AS targets, false AS linked`,
    );
    expect(status, body.error).toBe(200);
    expect(body.rows.length).toBeGreaterThan(1);
  });
});

describe('text that would hold Neo4j’s parser is refused before it reaches Neo4j', () => {
  const DEEP = [
    ['700 nested CASE', nested(700, 'CASE WHEN true THEN ', ' ELSE 0 END')],
    ['600 nested CALL {}', 'RETURN 1 AS x ' + nested(600, 'CALL { ', ' }', 'RETURN 1 AS y')],
    ['a 6,000-term sum', 'RETURN ' + Array(6000).fill('1').join('+') + ' AS n'],
    ['3,000 nested brackets', 'RETURN ' + nested(3000, '(', ')') + ' AS n'],
    ['3,000 nested lists', 'RETURN ' + nested(3000, '[', ']') + ' AS n'],
    ['3,000 nested maps', 'RETURN ' + nested(3000, '{a: ', '}') + ' AS n'],
  ];
  it.each(DEEP)('%s: a 400 that says why, fast', async (_what, query) => {
    const started = Date.now();
    const { status, body } = await cypher(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(/longer than|nests/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not count brackets in strings or comments', async () => {
    const { status, body } = await cypher(`RETURN '${'('.repeat(100)}' AS s // ${'['.repeat(100)}`);
    expect(status, body.error).toBe(200);
  });

  it('refuses parameters nested too deeply with a 400, not a stack overflow', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 3000; i++) deep = [deep];
    const { status, body } = await cypher('RETURN $deep AS d', { deep });
    expect(status).toBe(400);
    expect(body.error).toMatch(/nested/);
  });

  it('answers a 2,000-term sum, within the bounds, with its value', async () => {
    const { status, body } = await cypher('RETURN ' + Array(2000).fill('1').join('+') + ' AS n');
    expect(status, body.error).toBe(200);
    expect(body.rows).toEqual([[2000]]);
  });
});

describe('time: the deadline reaches inside one expression and frees the slot', () => {
  const SLOW = [
    'RETURN reduce(s = 0, i IN range(1, 1000000000) | s + i) AS n',
    'RETURN all(x IN range(1, 1000000000) WHERE x > 0) AS ok',
    'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*)',
  ];
  it.each(SLOW)('%s', async (query) => {
    const started = Date.now();
    const { status, body } = await cypher(query);
    expect(status).toBe(408);
    expect(body.error).toContain(`longer than ${TIMEOUT_MS / 1000} s`);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
    await stillAnswers();
  });

  it('terminates a row-by-row query in Neo4j itself', async () => {
    // Neo4j checks for termination between rows, not inside one expression: a reduce() or all()
    // over a huge range runs on in Neo4j after the console has answered 408 and freed its slot.
    await cypher('UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*)');
    await expect.poll(consoleTransactionsInNeo4j, { timeout: 3000, interval: 100 }).toBeLessThanOrEqual(2);
  });

  it('has terminated their transactions in Neo4j and runs the next queries', async () => {
    await new Promise((r) => setTimeout(r, 500));
    // The slots were freed: as many queries as slots run at once.
    const results = await Promise.all([cypher('RETURN 1 AS n'), cypher('RETURN 2 AS n')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    await stillAnswers();
  });
});

describe('size: bytes over the whole answer', () => {
  it('counts UTF-8 bytes: Arabic text is cut at the byte cap, not at twice it', async () => {
    const { status, bytes, body } = await cypher('UNWIND range(1, 1000) AS i RETURN i, $text AS text', { text: 'ع'.repeat(500) });
    expect(status).toBe(200);
    expect(body.summary.truncated).toBe(true);
    expect(bytes).toBeLessThan(MAX_BYTES * 1.05);
    expect(bytes).toBeGreaterThan(MAX_BYTES * 0.8);
  });

  it('counts the graph part of the answer too', async () => {
    const { status, bytes, body } = await cypher('MATCH (a:Article) UNWIND range(1, 200) AS i RETURN a LIMIT 5000');
    expect(status).toBe(200);
    expect(body.summary.truncated).toBe(true);
    expect(bytes).toBeLessThan(MAX_BYTES * 1.1);
  });

  it('cuts a single value larger than the cap', async () => {
    const { status, bytes, body } = await cypher('RETURN reduce(s = "x", i IN range(1, 20) | s + s) AS big');
    expect(status).toBe(200);
    expect(body.summary.truncated).toBe(true);
    expect(body.rows).toEqual([]);
    expect(bytes).toBeLessThan(MAX_BYTES);
  });
});

describe('memory: a query that would fill Neo4j’s heap fails alone', () => {
  it('collect over a huge range is a 400 and Neo4j stays up', async () => {
    const { status, body } = await cypher('UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n');
    expect(status).toBe(400);
    expect(body.error).toMatch(/memory/);
    await stillAnswers();
  });

  it('a sort of a huge range is a 400, stopped, or (planned as a top-1 in bounded memory) right; Neo4j stays up', async () => {
    const { status, body } = await cypher('UNWIND range(1, 100000000) AS x WITH x ORDER BY x DESC RETURN x LIMIT 1');
    expect([200, 400, 408]).toContain(status);
    if (status === 200) expect(body.rows).toEqual([[100000000]]);
    else expect(body.error).toMatch(/memory|longer than/);
    await stillAnswers();
  });
});
