/**
 * The evidence export: every event behind the lines a filter draws, under the same filters as the map,
 * plus the lines the user added; bounded, and validated like the map's query string.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_RELATION_TYPES, isEventRelationType } from '@entente/ontology';
import { StoreReader } from '@entente/store';
import { unpackNetwork, type EvidenceTable, type NetworkGraph, type PackedNetwork } from '@entente/protocol';
import { startTestApp, type TestApp } from '../support/app.ts';
import { connectDatabase, type TestDatabase } from '../support/neo4j.ts';

let app: TestApp;
let db: TestDatabase;
beforeAll(async () => {
  app = await startTestApp();
  db = await connectDatabase();
});
afterAll(async () => {
  await db?.close();
  await app?.close();
});

async function network(search: string): Promise<NetworkGraph> {
  return unpackNetwork((await (await fetch(`${app.url}/api/network${search}`)).json()) as PackedNetwork);
}

async function table(search: string, body: unknown = {}): Promise<{ status: number; body: EvidenceTable }> {
  const response = await fetch(`${app.url}/api/evidence/table${search}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as EvidenceTable };
}

/** Events a network's lines count: the rows the export must give. */
const eventsOn = (graph: NetworkGraph) => graph.edges.filter((edge) => isEventRelationType(edge.attributes.type)).reduce((sum, edge) => sum + edge.attributes.count, 0);

describe('POST /api/evidence/table', () => {
  it('gives one row per event each line of the map counts, with its sentence and article', async () => {
    const search = `?types=${EVENT_RELATION_TYPES.join(',')}`;
    const graph = await network(search);
    const { status, body } = await table(search);
    expect(status).toBe(200);
    expect(eventsOn(graph)).toBeGreaterThan(3);
    expect(body.rows).toHaveLength(eventsOn(graph));
    expect(body.events).toBe(body.rows.length);
    expect(body.truncated).toBe(false);
    expect(new Set(body.rows.map((row) => row.event_id)).size).toBe(body.rows.length);
    // Every row belongs to a line of the map, and each line gets as many rows as it counts events.
    for (const edge of graph.edges.filter((e) => isEventRelationType(e.attributes.type))) {
      const rows = body.rows.filter((row) => row.type === edge.attributes.type && row.source === edge.source && row.target === edge.target);
      expect(rows).toHaveLength(edge.attributes.count);
    }
    const row = body.rows.find((r) => r.type === 'SANCTIONS' && r.source === 'UN' && r.target === 'KP')!;
    expect(row.sentence).toBeTruthy();
    expect(row.article?.id).toBeTruthy();
    expect(row.rule).toMatch(/^(ar|en)\.sanctions\.\d+$/);
    expect(row.articles).toBeGreaterThanOrEqual(1);
    // The two samples are two articles; an outlet is counted only where the article names one.
    expect(body.articles).toBe(2);
    expect(body.outlets).toBe(new Set(body.rows.map((r) => r.article?.source).filter(Boolean)).size);
  });

  it("takes the map's filters: a time range, a minimum of events, the actor kinds", async () => {
    const all = await table(`?types=${EVENT_RELATION_TYPES.join(',')}`);
    const dates = all.body.rows
      .map((row) => row.date)
      .filter((d): d is string => d !== null)
      .sort();
    expect(dates.length).toBeGreaterThan(0);
    const month = dates[0]!.slice(0, 7);
    const search = `?types=${EVENT_RELATION_TYPES.join(',')}&from=${month}&to=${month}`;
    const ranged = await table(search);
    expect(ranged.body.rows.length).toBe(eventsOn(await network(search)));
    expect(ranged.body.rows.every((row) => row.date?.startsWith(month))).toBe(true);

    const none = await table(`?types=${EVENT_RELATION_TYPES.join(',')}&minEvents=1000`);
    expect(none.body).toMatchObject({ rows: [], events: 0, truncated: false });
    const countries = `?types=${EVENT_RELATION_TYPES.join(',')}&kinds=country`;
    expect((await table(countries)).body.rows.length).toBe(eventsOn(await network(countries)));
    expect((await table(countries)).body.rows.some((row) => row.source === 'UN')).toBe(false);
  });

  it('adds the events of the lines the user put on the map beyond the filter', async () => {
    const sanctions = await table('?preset=sanctions');
    expect(sanctions.body.rows.every((row) => row.type === 'SANCTIONS')).toBe(true);
    const pact = (await network('?preset=alliances')).edges.find((edge) => edge.attributes.type === 'DEFENSE_PACT')!;
    const also = [{ type: 'DEFENSE_PACT', source: pact.source, target: pact.target }];
    const withPact = await table('?preset=sanctions', { also });
    expect(withPact.body.rows.length).toBe(sanctions.body.rows.length + pact.attributes.count);
    expect(withPact.body.rows.filter((row) => row.type === 'DEFENSE_PACT')).toHaveLength(pact.attributes.count);
  });

  it('refuses what the map would refuse, and malformed additions', async () => {
    expect((await table('?types=NOPE')).status).toBe(400);
    expect((await table('?limit=0')).status).toBe(400);
    expect((await table('', { also: 'SANCTIONS' })).status).toBe(400);
    expect((await table('', { also: [{ type: 'NOPE', source: 'US', target: 'IR' }] })).status).toBe(400);
    expect((await table('', { also: [{ type: 'SANCTIONS', source: 'US' }] })).status).toBe(400);
    const many = Array.from({ length: 5001 }, (_, i) => ({ type: 'SANCTIONS', source: `A${i}`, target: 'B' }));
    expect((await table('', { also: many })).status).toBe(400);
  });

  it('stops at its bound and says so, the totals still counting every event', async () => {
    const store = new StoreReader(db.driver, db.database);
    const filter = { types: [...EVENT_RELATION_TYPES], limit: 5000 };
    const whole = await store.evidenceTable(filter, [], 10_000);
    const cut = await store.evidenceTable(filter, [], 2);
    expect(cut.rows).toHaveLength(2);
    expect(cut.truncated).toBe(true);
    expect(cut.events).toBe(whole.events);
  });
});
