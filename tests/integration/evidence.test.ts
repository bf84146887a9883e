/**
 * A relation's evidence: each distinct sentence once, with the number of articles carrying it
 * (syndicated copies), newest first, a page at a time with the total.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@entente/server';
import { StoreReader, configFromEnv, ingestPaths } from '@entente/store';
import type { EvidencePage } from '@entente/protocol';
import { freshDatabase, type TestDatabase } from '../support/neo4j.ts';

let db: TestDatabase;
const SENTENCES = 25;
beforeAll(async () => {
  db = await freshDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'entente-evidence-'));
  const lines = [];
  // 25 distinct sentences on different days, the first of them syndicated by three outlets.
  for (let i = 0; i < SENTENCES; i++) {
    const day = String(1 + i).padStart(2, '0');
    const text = `فرضت الولايات المتحدة عقوبات جديدة على إيران يوم ${i + 1} مارس بسبب برنامجها الصاروخي رقم ${i + 1}.`;
    for (let copy = 0; copy < (i === 0 ? 3 : 1); copy++) {
      lines.push(JSON.stringify({ id: `a${i}-${copy}`, title: `عقوبات ${i} ${copy}`, date: `2018-03-${day}`, source: `outlet${copy}`, lang: 'ar', text }));
    }
  }
  const file = join(dir, 'evidence.jsonl');
  await writeFile(file, `${lines.join('\n')}\n`);
  await ingestPaths(db.driver, db.database, [file]);
});
afterAll(async () => db?.close());

describe('evidence of a relation', () => {
  it('gives each sentence once with its copies, newest first, and pages through all with the total', async () => {
    const store = new StoreReader(db.driver, db.database);
    const first = await store.evidence('SANCTIONS', 'US', 'IR', 20, 0);
    expect(first.total).toBe(SENTENCES);
    expect(first.evidence).toHaveLength(20);
    const second = await store.evidence('SANCTIONS', 'US', 'IR', 20, 20);
    expect(second.evidence).toHaveLength(SENTENCES - 20);
    const all = [...first.evidence, ...second.evidence];
    expect(new Set(all.map((e) => e.sentence)).size).toBe(SENTENCES);
    const dates = all.map((e) => e.article.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    const syndicated = all.find((e) => e.sentence.includes('يوم 1 مارس'))!;
    expect(syndicated.copies).toBe(3);
    // The earliest of the copies is the one shown.
    expect(syndicated.article.id).toBeDefined();
    expect(all.filter((e) => e !== syndicated).every((e) => e.copies === 1)).toBe(true);
    // Each piece names the rule that read it and how sure the reading is, so a bad rule can be found from the map.
    expect(all.every((e) => /^ar\.sanctions\.\d+$/.test(e.rule ?? '') && e.confidence! > 0 && e.confidence! <= 1)).toBe(true);
    const past = await store.evidence('SANCTIONS', 'US', 'IR', 20, 100);
    expect(past).toEqual({ evidence: [], total: SENTENCES, unfiltered: SENTENCES, offset: 100 });
  });

  it('GET /api/evidence takes an offset and answers the page with its total', async () => {
    const app = await buildApp({ driver: db.driver, neo4j: configFromEnv() });
    try {
      const page = (await app.inject({ url: '/api/evidence?type=SANCTIONS&source=US&target=IR&limit=10&offset=10' })).json<EvidencePage>();
      expect(page.total).toBe(SENTENCES);
      expect(page.offset).toBe(10);
      expect(page.evidence).toHaveLength(10);
      expect((await app.inject({ url: '/api/evidence?type=SANCTIONS&source=US&target=IR&offset=-1' })).statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });

  it('GET /api/evidence marks the trigger and both actors in each sentence, syndicated copies included', async () => {
    const app = await buildApp({ driver: db.driver, neo4j: configFromEnv() });
    try {
      const page = (await app.inject({ url: '/api/evidence?type=SANCTIONS&source=US&target=IR&limit=200' })).json<EvidencePage>();
      expect(page.evidence).toHaveLength(SENTENCES);
      for (const e of page.evidence) {
        const cut = (span: [number, number] | null) => (span ? e.sentence.slice(...span) : null);
        expect(e.marks!.trigger.map(cut)).toEqual(['فرضت', 'عقوبات', 'على']);
        expect(cut(e.marks!.source)).toBe('الولايات المتحدة');
        expect(cut(e.marks!.target)).toBe('إيران');
      }
    } finally {
      await app.close();
    }
  });
});
