/** Ingest against the real Neo4j that `npm test` starts. */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, ingestPaths } from '@entente/store';
import { SAMPLES, freshDatabase, ingestSamples, type TestDatabase } from '../support/neo4j.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => db?.close());

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.database });
  return records.map((r) => r.toObject());
}

describe('ingesting the sample articles', () => {
  it('creates actors with their kind labels, articles, events and evidence', async () => {
    const summary = await ingestSamples(db);
    expect(summary).toMatchObject({ created: 2, unchanged: 0, updated: 0, failed: 0 });
    const [russia] = await query('MATCH (a:Actor:Country {id: "RU"}) RETURN a.name_en AS en, a.name_ar AS ar, a.aliases AS aliases');
    expect(russia).toMatchObject({ en: 'Russia', ar: 'روسيا' });
    expect(russia!.aliases).toContain('موسكو');
    expect(await query('MATCH (a:Actor:Organization {id: "UN"}) RETURN a.id AS id')).toHaveLength(1);
    expect(await query('MATCH (a:Actor:Person {id: "vladimir-putin"})-[h:HOLDS_OFFICE]->(:Actor {id: "RU"}) RETURN h.title AS t')).toEqual([{ t: 'president' }]);
    expect(await query('MATCH (:Actor {id: "IRGC"})-[r:PART_OF]->(:Actor {id: "IR"}) RETURN count(r) AS n')).toEqual([{ n: 1 }]);
    // Memberships are the gazetteer's facts, linked once both actors are in the graph.
    expect(await query('MATCH (:Actor {id: "FR"})-[r:MEMBER_OF]->(:Actor {id: "EU"}) RETURN count(r) AS n')).toEqual([{ n: 1 }]);
  });

  it('derives "UN sanctions North Korea" from an event with its sentence and article', async () => {
    const rows = await query(
      `MATCH (:Actor {id: 'UN'})-[r:SANCTIONS]->(:Actor {id: 'KP'})
       MATCH (:Actor {id: 'UN'})-[:ACTOR]->(e:Event {type: 'SANCTIONS'})-[:RECIPIENT]->(:Actor {id: 'KP'})
       MATCH (m:Mention)-[:EVIDENCES]->(e), (m)-[:IN]->(a:Article)
       RETURN r.events AS events, r.articles AS articles, m.text AS sentence, a.title AS title, a.date AS date`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ events: 1, articles: 1, date: '2024-12-05' });
    expect(rows[0]!.sentence).toContain('لعقوبات من الأمم المتحدة');
  });

  it('stores an undirected relation once, in a stable order', async () => {
    const rows = await query('MATCH (a:Actor)-[r:DEFENSE_PACT]-(b:Actor) WHERE a.id IN ["KP", "RU"] RETURN DISTINCT id(r) AS r, startNode(r).id AS s');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.s).toBe('KP');
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await graphCounts(db.driver, db.database);
    const summary = await ingestSamples(db);
    expect(summary).toMatchObject({ created: 0, unchanged: 2, updated: 0 });
    expect(await graphCounts(db.driver, db.database)).toEqual(before);
  });
});

describe('an edited article', () => {
  it('replaces its own events, and edges whose last event is gone disappear', async () => {
    await freshDatabase().then((fresh) => fresh.close());
    const dir = await mkdtemp(join(tmpdir(), 'entente-edit-'));
    const file = join(dir, 'ru-kp.md');
    await copyFile(join(SAMPLES, 'ru-kp-defense-pact.ar.md'), file);
    await ingestPaths(db.driver, db.database, [file]);
    const sanctions = async () => (await query("MATCH (:Actor {id: 'UN'})-[r:SANCTIONS]->(t:Actor) RETURN t.id AS target ORDER BY target")).map((r) => r.target);
    expect(await sanctions()).toEqual(['KP', 'RU']);
    const before = await graphCounts(db.driver, db.database);

    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace(/^.*لعقوبات من الأمم المتحدة.*$/m, 'وتواصلت المحادثات بين الجانبين.'));
    const summary = await ingestPaths(db.driver, db.database, [file]);

    expect(summary).toMatchObject({ updated: 1, created: 0, unchanged: 0 });
    expect(await query('MATCH (a:Article {file: $file}) RETURN a.id AS id', { file })).toHaveLength(1);
    expect(await sanctions()).toEqual([]);
    expect(await query('MATCH (e:Event) WHERE NOT (e)<-[:EVIDENCES]-(:Mention) RETURN e.id')).toEqual([]);
    const after = await graphCounts(db.driver, db.database);
    expect(after.articles).toBe(before.articles);
    expect(after.events).toBeLessThan(before.events);
  });
});
