/**
 * Telling a solid line from a doubtful one, on the real Neo4j with the samples ingested: the map's
 * edges say how their events split by mode, and the map, the timeline and their cache narrow to some
 * modes or to a least confidence. In the samples the EU's sanctions on Iran are only announced (0.8),
 * the UN's on North Korea asserted (0.9), and North Korea's military aid to Russia is both.
 */
import { applySchema } from '@entente/store';
import { unpackNetwork, type ApiError, type EvidencePage, type NetworkGraph, type PackedNetwork, type TimelineResponse } from '@entente/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { connectDatabase } from '../support/neo4j.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function get<T>(path: string): Promise<{ status: number; body: T; cache: string | null }> {
  const response = await fetch(app.url + path);
  return { status: response.status, body: (await response.json()) as T, cache: response.headers.get('x-entente-cache') };
}

async function network(query: string): Promise<NetworkGraph> {
  const { status, body } = await get<PackedNetwork>(`/api/network?${query}`);
  expect(status).toBe(200);
  return unpackNetwork(body);
}

const edgeOf = (graph: NetworkGraph, source: string, type: string, target: string) =>
  graph.edges.find((e) => e.source === source && e.target === target && e.attributes.type === type)?.attributes;

const monthsTotal = (timeline: TimelineResponse) => timeline.months.reduce((sum, month) => sum + month.count, 0);

describe('the mode split of a line', () => {
  it('comes with every event edge of the map and adds up to its count', async () => {
    const graph = await network('preset=all');
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const { attributes } of graph.edges) {
      const { asserted, reported, announced } = attributes.modes!;
      expect(asserted + reported + announced).toBe(attributes.count);
    }
    expect(edgeOf(graph, 'EU', 'SANCTIONS', 'IR')!.modes).toEqual({ asserted: 0, reported: 0, announced: 1 });
    expect(edgeOf(graph, 'UN', 'SANCTIONS', 'KP')!.modes).toEqual({ asserted: 1, reported: 0, announced: 0 });
    expect(edgeOf(graph, 'KP', 'MILITARY_AID', 'RU')!.modes).toEqual({ asserted: 1, reported: 0, announced: 1 });
  });

  it('is left off structural relations, which have no events', async () => {
    const graph = await network('types=HOLDS_OFFICE,PART_OF');
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.edges.every((e) => e.attributes.modes === undefined)).toBe(true);
  });

  it('comes with the neighbours of an actor too', async () => {
    const { body } = await get<NetworkGraph>('/api/actors/KP/neighbors?types=MILITARY_AID');
    expect(body.edges.find((e) => e.target === 'RU')!.attributes.modes).toEqual({ asserted: 1, reported: 0, announced: 1 });
  });

  it('is counted again from the events for a graph derived before lines had it', async () => {
    const db = await connectDatabase();
    try {
      const { records } = await db.driver.executeQuery(
        'MATCH (:Actor)-[r:SANCTIONS|MILITARY_AID]->(:Actor) REMOVE r.asserted, r.reported, r.announced RETURN count(r) AS lines',
        {},
        { database: db.database },
      );
      expect(records[0]!.get('lines')).toBeGreaterThan(0);
      // The server's kept answers go stale with the graph's version, which applySchema replaces.
      await applySchema(db.driver, db.database);
    } finally {
      await db.close();
    }
    const graph = await network('preset=all');
    expect(edgeOf(graph, 'KP', 'MILITARY_AID', 'RU')!.modes).toEqual({ asserted: 1, reported: 0, announced: 1 });
    expect(edgeOf(graph, 'EU', 'SANCTIONS', 'IR')!.modes).toEqual({ asserted: 0, reported: 0, announced: 1 });
  });
});

describe('narrowing the map by mode and confidence', () => {
  it('modes=announced counts only announced events', async () => {
    const all = await network('preset=all');
    const announced = await network('preset=all&modes=announced');
    expect(announced.edges.length).toBeGreaterThan(0);
    expect(announced.edges.length).toBeLessThan(all.edges.length);
    for (const { attributes } of announced.edges) expect(attributes.modes).toEqual({ asserted: 0, reported: 0, announced: attributes.count });
    expect(edgeOf(announced, 'EU', 'SANCTIONS', 'IR')!.count).toBe(1);
    expect(edgeOf(announced, 'UN', 'SANCTIONS', 'KP')).toBeUndefined();
    // One of its two events is announced: the line stays, counting one.
    expect(edgeOf(all, 'KP', 'MILITARY_AID', 'RU')!.count).toBe(2);
    expect(edgeOf(announced, 'KP', 'MILITARY_AID', 'RU')!.count).toBe(1);
  });

  it('modes=asserted,reported leaves out what is only announced', async () => {
    const solid = await network('preset=all&modes=reported,asserted');
    expect(edgeOf(solid, 'EU', 'SANCTIONS', 'IR')).toBeUndefined();
    expect(edgeOf(solid, 'UN', 'SANCTIONS', 'KP')!.count).toBe(1);
    expect(edgeOf(solid, 'KP', 'MILITARY_AID', 'RU')!.modes).toEqual({ asserted: 1, reported: 0, announced: 0 });
  });

  it('every mode named is the map of all of them, and shares its kept answer', async () => {
    const first = await get<PackedNetwork>('/api/network?preset=conflict&modes=asserted,reported,announced');
    const second = await get<PackedNetwork>('/api/network?preset=conflict');
    expect(second.body).toEqual(first.body);
    expect(second.cache).toBe('hit');
  });

  it('minConfidence leaves out the events the extractor is less sure of', async () => {
    const sure = await network('minConfidence=0.85');
    expect(edgeOf(sure, 'UN', 'SANCTIONS', 'KP')!.count).toBe(1);
    expect(edgeOf(sure, 'EU', 'SANCTIONS', 'IR')).toBeUndefined();
    expect((await network('minConfidence=0.8')).edges.some((e) => e.source === 'EU' && e.target === 'IR')).toBe(true);
    expect((await network('minConfidence=1')).edges).toEqual([]);
  });

  it('keeps an answer per mode and confidence, not one for all', async () => {
    const all = await get<PackedNetwork>('/api/network?preset=sanctions');
    const announced = await get<PackedNetwork>('/api/network?preset=sanctions&modes=announced');
    const sure = await get<PackedNetwork>('/api/network?preset=sanctions&minConfidence=0.86');
    expect(announced.cache).toBe('miss');
    expect(sure.cache).toBe('miss');
    expect(announced.body.edges.length).toBeLessThan(all.body.edges.length);
    expect(sure.body.edges.length).toBeLessThan(all.body.edges.length);
  });

  it('the timeline counts the same events', async () => {
    const timeline = async (query: string) => {
      const { status, body } = await get<TimelineResponse>(`/api/timeline?preset=all${query}`);
      expect(status).toBe(200);
      return monthsTotal(body);
    };
    const [all, announced, solid, sure] = await Promise.all([timeline(''), timeline('&modes=announced'), timeline('&modes=asserted,reported'), timeline('&minConfidence=0.85')]);
    expect(announced).toBeGreaterThan(0);
    expect(announced + solid).toBe(all);
    expect(sure).toBeLessThan(all);
  });

  it("a line's evidence lists only the sentences of the events the filters select, and says how many there are without them", async () => {
    const evidence = async (query: string) => {
      const { status, body } = await get<EvidencePage>(`/api/evidence?type=MILITARY_AID&source=KP&target=RU${query}`);
      expect(status, query).toBe(200);
      return body;
    };
    const [all, asserted, announced, sure] = await Promise.all([evidence(''), evidence('&modes=asserted'), evidence('&modes=announced'), evidence('&minConfidence=1')]);
    expect(all.total).toBe(2);
    expect(all.unfiltered).toBe(2);
    expect(new Set(all.evidence.map((e) => e.mode))).toEqual(new Set(['asserted', 'announced']));
    expect(asserted).toMatchObject({ total: 1, unfiltered: 2 });
    expect(asserted.evidence.map((e) => e.mode)).toEqual(['asserted']);
    expect(announced).toMatchObject({ total: 1, unfiltered: 2 });
    expect(announced.evidence.map((e) => e.mode)).toEqual(['announced']);
    // Nothing is this sure: no sentence, and still the count without the filter.
    expect(sure).toEqual({ evidence: [], total: 0, unfiltered: 2, offset: 0 });
    // Past the end of a filtered list, the totals are the filtered list's.
    expect(await evidence('&modes=asserted&offset=5')).toEqual({ evidence: [], total: 1, unfiltered: 2, offset: 5 });
  });

  it('rejects modes that are never drawn, unknown ones and confidences outside 0..1 with a 400', async () => {
    const cases: [string, RegExp][] = [
      ['modes=negated', /modes must name some of asserted, reported, announced; unknown: negated/],
      ['modes=announced,sure', /unknown: sure/],
      ['modes=,', /modes must name some of/],
      ['minConfidence=2', /minConfidence must be a number from 0 to 1/],
      ['minConfidence=-0.1', /minConfidence must be a number from 0 to 1/],
      ['minConfidence=high', /minConfidence must be a number from 0 to 1/],
      ['minConfidence=0x1', /minConfidence must be a number from 0 to 1/],
    ];
    for (const [query, message] of cases) {
      for (const route of ['network', 'timeline', 'evidence?type=MILITARY_AID&source=KP&target=RU&']) {
        const { status, body } = await get<ApiError>(`/api/${route}${route.endsWith('&') ? '' : '?'}${query}`);
        expect(status, `${route}?${query}`).toBe(400);
        expect(body.error).toMatch(message);
      }
    }
    expect((await get<ApiError>('/api/network?minConfidence=0.5&minConfidence=0.6')).status).toBe(400);
  });
});
