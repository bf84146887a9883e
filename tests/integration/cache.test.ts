/** The server keeps network answers only while the graph is unchanged. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackNetwork, type PackedNetwork } from '@entente/protocol';
import { ingestPaths } from '@entente/store';
import { startTestApp, type TestApp } from '../support/app.ts';
import { connectDatabase, type TestDatabase } from '../support/neo4j.ts';

let app: TestApp;
let db: TestDatabase;
beforeAll(async () => {
  app = await startTestApp();
  db = await connectDatabase();
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function network(query: string) {
  const response = await fetch(`${app.url}/api/network?${query}`);
  const body = unpackNetwork((await response.json()) as PackedNetwork);
  return { cache: response.headers.get('x-entente-cache'), edges: body.edges.map((e) => `${e.source}-${e.attributes.type}->${e.target}`) };
}

describe('answers kept between writes', () => {
  it('serves a repeated network request from memory, however its filter is spelled', async () => {
    const first = await network('types=SANCTIONS,ALLIED_WITH');
    expect(first.cache).toBe('miss');
    const again = await network('types=SANCTIONS,ALLIED_WITH');
    expect(again).toEqual({ ...first, cache: 'hit' });
    expect((await network('types=ALLIED_WITH,SANCTIONS&kinds=person,country,organization,bloc')).cache).toBe('hit');
  });

  it('reads the graph again after an ingest, which shows the new relation', async () => {
    const before = await network('preset=sanctions');
    expect(before.edges).not.toContain('CA-SANCTIONS->VE');
    const folder = mkdtempSync(join(tmpdir(), 'entente-cache-'));
    writeFileSync(join(folder, 'canada.md'), '---\ntitle: كندا وفنزويلا\ndate: 2024-12-06\nlang: ar\n---\nفرضت كندا عقوبات جديدة على فنزويلا يوم الخميس.\n');
    await ingestPaths(db.driver, db.database, [folder]);
    const after = await network('preset=sanctions');
    expect(after.cache).toBe('miss');
    expect(after.edges).toContain('CA-SANCTIONS->VE');
  });
});
