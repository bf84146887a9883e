/**
 * A map past the dense threshold (5,000 relations): drawn with the light programs, and still
 * following the pointer. Thousands of generated relations are written next to the samples.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_RELATION_TYPES } from '@entente/ontology';
import { touchGraph } from '@entente/store';
import { connectDatabase } from '../support/neo4j.ts';
import { SCREENSHOTS, useExplorer } from './explorer-page.ts';

const ACTORS = 1500;
const EDGES_PER_ACTOR = 4;

const { open } = useExplorer();

/** Actor i relates to four others spread over the list; types take turns, so all of them are drawn. */
beforeAll(async () => {
  const db = await connectDatabase();
  try {
    const actors = Array.from({ length: ACTORS }, (_, i) => ({ id: `G${i}`, kind: 'organization', name_en: `Generated ${i}`, name_ar: `مولد ${i}` }));
    await db.driver.executeQuery('UNWIND $actors AS row CREATE (a:Actor:Organization) SET a = row', { actors }, { database: db.database });
    for (const [t, type] of EVENT_RELATION_TYPES.entries()) {
      const edges = [];
      for (let i = 0; i < ACTORS; i++) {
        for (let k = 1; k <= EDGES_PER_ACTOR; k++) {
          if ((i * EDGES_PER_ACTOR + k) % EVENT_RELATION_TYPES.length !== t) continue;
          edges.push({ s: `G${i}`, t: `G${(i + k * 97) % ACTORS}`, events: 1 + ((i + k) % 5) });
        }
      }
      // The type comes from the ontology's list, never from data.
      await db.driver.executeQuery(
        `UNWIND $edges AS row MATCH (a:Actor {id: row.s}), (b:Actor {id: row.t})
         CREATE (a)-[:${type} {events: row.events, articles: row.events, first_date: '2018-01-01', last_date: '2018-06-30'}]->(b)`,
        { edges },
        { database: db.database },
      );
    }
    const session = db.driver.session({ database: db.database });
    await session.executeWrite((tx) => touchGraph(tx)).finally(() => session.close());
  } finally {
    await db.close();
  }
});

describe('a map of thousands of relations', () => {
  it('is drawn whole and pans with the pointer', async () => {
    const { page, errors } = await open('/?preset=all&limit=20000');
    const stats = await page.locator('.legend .stats').textContent();
    const relations = Number(/(\d[\d,]*) relations/.exec(stats ?? '')?.[1]?.replaceAll(',', ''));
    expect(relations).toBeGreaterThanOrEqual(ACTORS * EDGES_PER_ACTOR);

    await page.waitForFunction(() => performance.getEntriesByName('entente:first-frame').length > 0);
    const layout = page.locator('.layout-control');
    if ((await layout.getAttribute('aria-pressed')) === 'true') await layout.click();
    await expect.poll(() => layout.getAttribute('aria-pressed')).toBe('false');

    const canvas = page.locator('[data-testid="graph-canvas"]');
    const before = await canvas.screenshot();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 100, { steps: 10 });
    await page.mouse.up();
    const after = await canvas.screenshot({ path: `${SCREENSHOTS}/large-map.png` });
    expect(after.equals(before)).toBe(false);
    expect(errors).toEqual([]);
  });
});
