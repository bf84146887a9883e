/**
 * Neo4j stopped in the middle of an ingest: the ingest fails with a clear message, no article is
 * half-written, and a rerun after Neo4j is back ends with the same graph as an uninterrupted run.
 * Needs the Neo4j that `npm test` starts (it stops and starts it); skipped against a remote server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildApp } from '@entente/server';
import { configFromEnv, createDriver, graphCounts, ingestPaths } from '@entente/store';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { connectDatabase, controlNeo4j, freshDatabase, ingestSamples, localNeo4j, type TestDatabase } from '../support/neo4j.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function orphans(db: TestDatabase) {
  const { records } = await db.driver.executeQuery(
    `CALL () { MATCH (e:Event) WHERE NOT (e)<-[:EVIDENCES]-(:Mention) RETURN count(e) AS events }
     CALL () { MATCH (m:Mention) WHERE NOT (m)-[:IN]->(:Article) RETURN count(m) AS mentions }
     RETURN events, mentions`,
    {},
    { database: db.database },
  );
  return records[0]!.toObject();
}

describe.skipIf(!localNeo4j)('Neo4j stopped during an ingest', () => {
  it('loses nothing: a rerun gives the same counts as a clean run, with no orphans', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'entente-crash-'));
    const corpus = join(dir, 'generated.jsonl.gz');
    await generateCorpus(2400, corpus);

    let db = await freshDatabase();
    await ingestPaths(db.driver, db.database, [corpus], { batchSize: 200 });
    const clean = await graphCounts(db.driver, db.database);
    await db.close();

    db = await freshDatabase();
    const ingest = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli/ingest.ts', '--batch-size', '200', corpus], { cwd: ROOT, env: process.env });
    let output = '';
    ingest.stdout.on('data', (d) => (output += d));
    ingest.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => ingest.on('exit', resolve));
    // Stop the server once some batches are in, and long before the end.
    for (;;) {
      const { articles } = await graphCounts(db.driver, db.database);
      if (articles >= 400) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await db.close();
    await controlNeo4j('stop');
    const code = await exited;
    expect(code).not.toBe(0);
    expect(output).toMatch(/entente ingest: .+/);

    await controlNeo4j('start');
    db = await connectDatabase();
    const partial = await graphCounts(db.driver, db.database);
    expect(partial.articles).toBeLessThan(clean.articles);
    expect(partial.articles % 200).toBe(0); // whole batches only
    expect(await orphans(db)).toEqual({ events: 0, mentions: 0 });

    await ingestPaths(db.driver, db.database, [corpus], { batchSize: 200 });
    expect(await graphCounts(db.driver, db.database)).toEqual(clean);
    expect(await orphans(db)).toEqual({ events: 0, mentions: 0 });
    await db.close();
  });
});

describe.skipIf(!localNeo4j)('Neo4j killed under a running server', () => {
  it('is restarted by scripts/neo4j, and the server answers 503 fast meanwhile, then 200 again', { timeout: 180_000 }, async () => {
    const db = await freshDatabase();
    await ingestSamples(db);
    await db.close();
    const config = configFromEnv();
    const driver = createDriver(config, 'interactive');
    const app = await buildApp({ driver, neo4j: config });
    try {
      expect((await app.inject({ url: '/api/network' })).statusCode).toBe(200);
      const pid = Number(readFileSync(join(process.env.ENTENTE_NEO4J_DATA!, 'neo4j.pid'), 'utf8'));
      process.kill(pid, 'SIGKILL');

      // Down: every answer a 503 within a few seconds, never a hang.
      let sawDown = false;
      let sawUp = false;
      const started = Date.now();
      while (Date.now() - started < 150_000) {
        const asked = Date.now();
        const answer = await app.inject({ url: '/api/actors/KP' });
        expect(Date.now() - asked).toBeLessThan(5_000);
        if (answer.statusCode === 503) {
          sawDown = true;
          expect(answer.headers['retry-after']).toBeDefined();
        } else if (sawDown && answer.statusCode === 200) {
          sawUp = true;
          break;
        } else {
          expect([200, 503]).toContain(answer.statusCode);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(sawDown).toBe(true);
      expect(sawUp).toBe(true);
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      const status = spawnSync(join(ROOT, 'scripts', 'neo4j'), ['status'], { env: process.env, encoding: 'utf8' });
      expect(status.stdout).toMatch(/died and was restarted 1 time\(s\).*status 137/);
    } finally {
      await app.close();
      await driver.close();
    }
  });
});
