/**
 * Curation on the real Neo4j: rejections drop counts and lines, merges fold actors, and both outlive
 * a re-ingest, a re-ingest by another extractor version, an export and an import; undo restores.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@entente/server';
import { Curator, StoreReader, configFromEnv, ingestPaths, resetGraph } from '@entente/store';
import type { Curation, CurationExport, PackedNetwork } from '@entente/protocol';
import { freshDatabase, type TestDatabase } from '../support/neo4j.ts';

let db: TestDatabase;
let file: string;
let store: StoreReader;
let curator: Curator;

const ARTICLES = [
  { id: 'us-ir-march', date: '2018-03-05', text: 'فرضت الولايات المتحدة عقوبات جديدة على إيران يوم 1 مارس بسبب برنامجها الصاروخي.' },
  { id: 'us-ir-april', date: '2018-04-05', text: 'فرضت الولايات المتحدة عقوبات جديدة على إيران يوم 2 أبريل.' },
  { id: 'gb-ir-may', date: '2018-05-05', text: 'فرضت بريطانيا عقوبات جديدة على إيران يوم 3 مايو.' },
  { id: 'fr-de', date: '2018-03-05', text: 'انتقدت فرنسا ألمانيا بشدة يوم 4 مارس.' },
];

const ingest = () => ingestPaths(db.driver, db.database, [file]);

/** The map's lines of a type as `source>target: events`, rejected ones marked. */
async function lines(type: 'SANCTIONS' | 'CRITICIZES', rejected = false): Promise<string[]> {
  const network: PackedNetwork = await store.network({ types: [type], limit: 100, rejected });
  return network.edges.map(([s, t, , count, , , , curation]) => `${network.actors[s]![0]}>${network.actors[t]![0]}: ${count}${curation ? ` ${curation}` : ''}`).sort();
}

async function eventsOf(source: string, target: string) {
  return (await store.evidence('SANCTIONS', source, target, 20)).evidence;
}

beforeAll(async () => {
  db = await freshDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'entente-curation-'));
  file = join(dir, 'curation.jsonl');
  await writeFile(file, ARTICLES.map((a) => JSON.stringify({ ...a, title: '', lang: 'ar', source: 'outlet' })).join('\n') + '\n');
  await ingest();
  store = new StoreReader(db.driver, db.database);
  curator = new Curator(db.driver, db.database);
});
afterAll(async () => db?.close());

describe('curating events and relations', () => {
  let rejectedMarch: Curation;

  it('rejecting an event drops its line’s count, and the line goes with its last event', async () => {
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1', 'US>IR: 2']);
    const [april, march] = await eventsOf('US', 'IR');
    expect(march!.date).toBe('2018-03');
    rejectedMarch = await curator.curate({ action: 'reject', event: march!.event_id, reason: 'a test rejection', by: 'tester' });
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1', 'US>IR: 1']);
    // The evidence still lists it, rejected, with who did it and why.
    const listed = (await eventsOf('US', 'IR')).find((e) => e.event_id === march!.event_id)!;
    expect(listed.curation).toBe('rejected');
    expect(listed.curations).toEqual([expect.objectContaining({ action: 'reject', by: 'tester', reason: 'a test rejection' })]);
    const last = await curator.curate({ action: 'reject', event: april!.event_id });
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1']);
    await curator.undo(last.id);
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1', 'US>IR: 1']);
  });

  it('a rejected line is hidden unless asked for, a confirmed one marked', async () => {
    const rejected = await curator.curate({ action: 'reject', relation: { type: 'CRITICIZES', source: 'FR', target: 'DE' }, reason: 'not a criticism' });
    expect(await lines('CRITICIZES')).toEqual([]);
    expect(await lines('CRITICIZES', true)).toEqual(['FR>DE: 1 rejected']);
    expect((await store.actor('FR'))!.relations.find((r) => r.type === 'CRITICIZES')!.curation).toBe('rejected');
    await curator.curate({ action: 'confirm', relation: { type: 'SANCTIONS', source: 'GB', target: 'IR' } });
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1 confirmed', 'US>IR: 1']);
    const listed = await curator.list(rejected.on);
    expect(listed.map((c) => c.reason)).toEqual(['not a criticism']);
  });

  it('curations survive a re-ingest of the same files and one by another extractor version', async () => {
    const unchanged = await ingest();
    expect(unchanged.unchanged).toBe(ARTICLES.length);
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1 confirmed', 'US>IR: 1']);
    // Every article as if read by an older extractor: all of them are read again and rewritten.
    await db.driver.executeQuery(`MATCH (a:Article) SET a.extractor = 'older'`, {}, { database: db.database });
    const updated = await ingest();
    expect(updated.updated).toBe(ARTICLES.length);
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1 confirmed', 'US>IR: 1']);
    expect(await lines('CRITICIZES', true)).toEqual(['FR>DE: 1 rejected']);
    expect((await eventsOf('US', 'IR')).find((e) => e.event_id === rejectedMarch.event)!.curation).toBe('rejected');
  });

  it('undo restores the state before', async () => {
    await curator.undo(rejectedMarch.id);
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1 confirmed', 'US>IR: 2']);
    await expect(curator.undo(rejectedMarch.id)).rejects.toThrow(/already undone/);
  });
});

describe('merging actors', () => {
  let merge: Curation;

  it('folds one actor into another: one node with both sets of relations and aliases', async () => {
    merge = await curator.curate({ action: 'merge', actor: 'GB', into: 'US', reason: 'a test merge' });
    // GB → IR was confirmed: the line it is now part of is.
    expect(await lines('SANCTIONS')).toEqual(['US>IR: 3 confirmed']);
    expect(await store.actor('GB')).toBeNull();
    const us = (await store.actor('US'))!;
    expect(us.actor.absorbed).toEqual(['GB']);
    expect(us.actor.aliases).toContain('بريطانيا');
    expect((await store.search('بريطانيا', 5)).map((a) => a.id)).toContain('US');
  });

  it('a merge survives a re-ingest by another extractor version', async () => {
    await db.driver.executeQuery(`MATCH (a:Article) SET a.extractor = 'older'`, {}, { database: db.database });
    await ingest();
    expect(await lines('SANCTIONS')).toEqual(['US>IR: 3 confirmed']);
    expect(await store.actor('GB')).toBeNull();
  });

  it('undoing it splits them again', async () => {
    await curator.undo(merge.id);
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1 confirmed', 'US>IR: 2']);
    const us = (await store.actor('US'))!;
    expect(us.actor.absorbed).toEqual([]);
    expect(us.actor.aliases).not.toContain('بريطانيا');
    expect((await store.actor('GB'))!.actor.name_en).toBe('United Kingdom');
  });

  it('renames and aliases change the actor and are undone', async () => {
    const rename = await curator.curate({ action: 'rename', actor: 'DE', name_en: 'Federal Republic of Germany', kind: 'organization' });
    const de = (await store.actor('DE'))!.actor;
    expect([de.name_en, de.kind]).toEqual(['Federal Republic of Germany', 'organization']);
    const { records } = await db.driver.executeQuery(`MATCH (x:Actor {id: 'DE'}) RETURN labels(x) AS labels`, {}, { database: db.database });
    expect(records[0]!.get('labels')).toEqual(expect.arrayContaining(['Actor', 'Organization']));
    const alias = await curator.curate({ action: 'alias', actor: 'DE', alias: 'Bundesrepublik' });
    expect((await store.search('Bundesrepublik', 5)).map((a) => a.id)).toContain('DE');
    await curator.undo(alias.id);
    await curator.undo(rename.id);
    const back = (await store.actor('DE'))!.actor;
    expect([back.name_en, back.kind, back.aliases.includes('Bundesrepublik')]).toEqual(['Germany', 'country', false]);
  });

  it('refuses what it cannot do, and changes nothing', async () => {
    await expect(curator.curate({ action: 'merge', actor: 'US', into: 'US' })).rejects.toThrow(/already one actor/);
    await expect(curator.curate({ action: 'reject', event: 'no-such-event' })).rejects.toThrow(/no event/);
    await expect(curator.curate({ action: 'reject', relation: { type: 'SANCTIONS', source: 'FR', target: 'DE' } })).rejects.toThrow(/no SANCTIONS line/);
    expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1 confirmed', 'US>IR: 2']);
  });
});

describe('the curation API', () => {
  it('the review queue offers uncurated lines, new ones first', async () => {
    const app = await buildApp({ driver: db.driver, neo4j: configFromEnv() });
    try {
      const all = (await app.inject({ url: '/api/review?limit=10' })).json<{ items: { type: string; source: string; target: string; recent: boolean }[] }>().items;
      expect(all.map((i) => `${i.type}:${i.source}>${i.target}`)).toContain('SANCTIONS:US>IR');
      expect(all.every((i) => !i.recent)).toBe(true);
      const future = (await app.inject({ url: '/api/review?since=2000-01-01T00:00:00Z' })).json<{ items: { recent: boolean }[] }>().items;
      expect(future.every((i) => i.recent)).toBe(true);
      expect((await app.inject({ url: '/api/review?since=yesterday' })).statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });

  it('exports, and imports into a graph read again from scratch', async () => {
    const app = await buildApp({ driver: db.driver, neo4j: configFromEnv() });
    try {
      await curator.curate({ action: 'merge', actor: 'GB', into: 'US' });
      const exported = (await app.inject({ url: '/api/curations/export' })).json<CurationExport>();
      expect(exported.curations.length).toBeGreaterThan(5);
      const before = [await lines('SANCTIONS'), await lines('CRITICIZES', true)];
      await resetGraph(db.driver, db.database);
      await ingest();
      expect(await lines('SANCTIONS')).toEqual(['GB>IR: 1', 'US>IR: 2']);
      const imported = await app.inject({ method: 'POST', url: '/api/curations/import', payload: exported });
      expect(imported.json()).toEqual({ imported: exported.curations.length, skipped: 0 });
      expect([await lines('SANCTIONS'), await lines('CRITICIZES', true)]).toEqual(before);
      const again = await app.inject({ method: 'POST', url: '/api/curations/import', payload: exported });
      expect(again.json()).toEqual({ imported: 0, skipped: exported.curations.length });
      const bad = await app.inject({ method: 'POST', url: '/api/curations/import', payload: { ...exported, curations: [{ ...exported.curations[0], action: 'explode' }] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatch(/curation 1: explode does not apply/);
    } finally {
      await app.close();
    }
  });

  it('refuses writes without the token, from another site, or off loopback, and changes nothing', async () => {
    const relation = { type: 'SANCTIONS', source: 'US', target: 'IR' };
    const post = (app: Awaited<ReturnType<typeof buildApp>>, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/api/curations', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ action: 'reject', relation }) });
    const count = async () => (await curator.list()).length;
    const before = await count();
    const open = await buildApp({ driver: db.driver, neo4j: configFromEnv(), editing: { token: null, loopback: false } });
    const guarded = await buildApp({ driver: db.driver, neo4j: configFromEnv(), editing: { token: 'a-token-of-sixteen+', loopback: false } });
    try {
      expect((await open.inject({ url: '/api/editing' })).json()).toEqual({ enabled: false, tokenRequired: false });
      expect((await post(open)).statusCode).toBe(403);
      expect((await post(guarded)).statusCode).toBe(401);
      expect((await post(guarded, { authorization: 'Bearer wrong-token-wrong-token' })).statusCode).toBe(401);
      expect((await post(guarded, { authorization: 'Bearer a-token-of-sixteen+', origin: 'https://evil.example' })).statusCode).toBe(403);
      expect(await count()).toBe(before);
      expect(await lines('SANCTIONS')).toEqual(['US>IR: 3 confirmed']);
      const made = await post(guarded, { authorization: 'Bearer a-token-of-sixteen+' });
      expect(made.statusCode).toBe(201);
      expect(await lines('SANCTIONS')).toEqual([]);
      const undo = await guarded.inject({
        method: 'POST',
        url: `/api/curations/${made.json<Curation>().id}/undo`,
        headers: { authorization: 'Bearer a-token-of-sixteen+' },
        payload: {},
      });
      expect(undo.statusCode).toBe(200);
      expect(await lines('SANCTIONS')).toEqual(['US>IR: 3 confirmed']);
      // Reads stay open to all.
      expect((await open.inject({ url: '/api/curations' })).statusCode).toBe(200);
      expect((await open.inject({ url: '/api/review?limit=5' })).statusCode).toBe(200);
    } finally {
      await Promise.all([open.close(), guarded.close()]);
    }
  });
});
