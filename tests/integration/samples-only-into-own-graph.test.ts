/** npm start loads the sample articles only into a graph that holds no other articles. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, ingestPaths } from '@entente/store';
import { freshDatabase, type TestDatabase } from '../support/neo4j.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let db: TestDatabase;
let own: string;
beforeAll(async () => {
  db = await freshDatabase();
  own = mkdtempSync(join(tmpdir(), 'entente-own-'));
});
afterAll(async () => {
  await db?.close();
  rmSync(own, { recursive: true, force: true });
});

function ingestSamples() {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli/ingest.ts', 'data/articles', '--only-into-own-graph'], {
    cwd: ROOT,
    env: process.env,
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('ingest --only-into-own-graph', () => {
  it('loads the samples into an empty graph, and again over themselves', async () => {
    expect(ingestSamples().status).toBe(0);
    const { articles } = await graphCounts(db.driver, db.database);
    expect(articles).toBeGreaterThan(0);
    expect(ingestSamples().status).toBe(0);
    expect((await graphCounts(db.driver, db.database)).articles).toBe(articles);
  });

  it('loads nothing into a graph that holds a user’s own articles, and says so', async () => {
    await freshDatabase();
    writeFileSync(join(own, 'mine.md'), '---\ntitle: Mine\ndate: 2018-06-01\nlang: en\n---\nThe European Union imposed new sanctions on Russia.\n');
    await ingestPaths(db.driver, db.database, [own]);
    const before = await graphCounts(db.driver, db.database);
    expect(before.articles).toBe(1);
    const { status, output } = ingestSamples();
    expect(status).toBe(0);
    expect(output).toMatch(/holds 1 article from other files: data\/articles not loaded/);
    expect(await graphCounts(db.driver, db.database)).toEqual(before);
  });
});
