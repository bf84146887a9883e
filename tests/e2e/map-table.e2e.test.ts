/**
 * The table of what is on the map, in headless Chromium over the samples: it lists the actors and
 * lines the map draws, sorts and filters them in both scripts, opens what a row stands for as a
 * click on the map does, and stays open across a reload and back/forward. The evidence a line opens
 * follows the map's mode filter (the samples' North Korean military aid to Russia is one asserted
 * and one announced event).
 */
import type { Page } from 'playwright-core';
import { touchGraph } from '@entente/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../support/neo4j.ts';
import { useExplorer } from './explorer-page.ts';

const { open } = useExplorer();

const table = (page: Page) => page.locator('.map-table');
const rows = (page: Page) => table(page).locator('tbody tr');
const cellTexts = (page: Page, column: number) =>
  rows(page).evaluateAll((trs, index) => trs.map((tr) => tr.children[index]!.querySelector('.table-name, .table-open')!.textContent!), column);
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The legend's "N actors · M relations". */
const mapCounts = async (page: Page) => (await page.locator('.legend .stats').textContent())!.match(/\d+/g)!.map(Number);

describe('the table of the map', () => {
  it('lists what the map draws, sorts, filters in English and Arabic, and opens an actor as its disc does', async () => {
    const { page, context, errors } = await open('/?preset=all');
    await page.locator('.table-button').click();
    await table(page).waitFor();
    expect(searchParam(page, 'table')).toBe('actors');
    const [actors, relations] = await mapCounts(page);
    expect(actors).toBeGreaterThan(3);
    await expect.poll(() => rows(page).count()).toBe(actors);
    expect(
      await table(page)
        .getByRole('tab', { name: `Lines (${relations})` })
        .count(),
    ).toBe(1);

    // Sorted by events at first; the name column sorts A to Z, then Z to A.
    const events = table(page).locator('th', { has: page.locator('[data-sort="events"]') });
    const name = table(page).locator('th', { has: page.locator('[data-sort="name"]') });
    expect(await events.getAttribute('aria-sort')).toBe('descending');
    await name.locator('button').click();
    expect(await name.getAttribute('aria-sort')).toBe('ascending');
    expect(await events.getAttribute('aria-sort')).toBe('none');
    const ascending = await cellTexts(page, 0);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en')));
    await name.locator('button').click();
    expect(await name.getAttribute('aria-sort')).toBe('descending');
    expect(await cellTexts(page, 0)).toEqual([...ascending].reverse());

    const filter = table(page).getByRole('searchbox');
    await filter.fill('iran');
    await expect.poll(() => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor')))).toEqual(['IR']);
    expect(await table(page).locator('.map-table-count').textContent()).toBe(`Showing 1–1 of 1 (${actors} on the map)`);
    // Arabic without its hamza still finds إيران.
    await filter.fill('ايران');
    await expect.poll(() => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor')))).toEqual(['IR']);
    await filter.fill('Atlantis');
    await expect.poll(() => rows(page).count()).toBe(0);
    expect(await table(page).locator('.map-table-nothing').textContent()).toBe('Nothing on the map matches.');

    await filter.fill('ايران');
    await rows(page).first().click();
    await page.locator('.actor-panel[data-actor="IR"]').waitFor();
    expect(searchParam(page, 'actor')).toBe('IR');
    // The table stays beside the panel, its row marked.
    expect(await rows(page).first().getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a line’s evidence from its row, and stays open on its tab across a reload and back/forward', async () => {
    const { page, context, errors } = await open('/?preset=all&table=actors');
    await table(page).waitFor();
    await table(page)
      .getByRole('tab', { name: /^Lines/ })
      .click();
    expect(searchParam(page, 'table')).toBe('lines');
    const [, relations] = await mapCounts(page);
    await expect.poll(() => rows(page).count()).toBe(relations);

    await table(page).getByRole('searchbox').fill('North Korea Russia');
    const aid = table(page).locator('tbody tr[data-edge^="MILITARY_AID"]');
    expect(await aid.count()).toBe(1);
    await aid.click();
    const panel = page.locator('.relation-panel[data-relation="MILITARY_AID"]');
    await panel.locator('.evidence li').first().waitFor();
    expect(searchParam(page, 'relation')).toBe('MILITARY_AID|KP|RU');

    await page.reload();
    await table(page).waitFor();
    expect(await table(page).getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('lines');
    await panel.waitFor();

    // Back past the relation and the tab: the actors' tab again; forward: the lines'.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => table(page).getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('actors');
    await page.goForward();
    await expect.poll(() => table(page).getByRole('tab', { selected: true }).getAttribute('data-tab')).toBe('lines');
    await table(page).getByRole('button', { name: 'Close the table' }).click();
    expect(await table(page).count()).toBe(0);
    expect(searchParam(page, 'table')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('agrees with a map narrowed by mode, and the evidence list says it is filtered', async () => {
    const path = '/?preset=all&table=lines&relation=MILITARY_AID|KP|RU';
    const { page, context, errors } = await open(path);
    const evidence = page.locator('.relation-panel .evidence li');
    await evidence.first().waitFor();
    expect(await evidence.count()).toBe(2);
    expect(await page.locator('.evidence-filtered').count()).toBe(0);
    const allLines = await rows(page).count();

    await page.goto(new URL('/?preset=all&modes=asserted&table=lines&relation=MILITARY_AID|KP|RU', page.url()).href);
    await page.locator('.legend .stats').waitFor();
    await expect.poll(() => page.locator('.evidence-filtered').textContent()).toBe('1 of 2 sentences, filtered by how events are stated');
    expect(await evidence.count()).toBe(1);
    expect(await evidence.locator('.mode').textContent()).toBe('asserted');
    // The only announced lines leave the map, and the table.
    const [, relations] = await mapCounts(page);
    await expect.poll(() => rows(page).count()).toBe(relations);
    expect(relations).toBeLessThan(allLines);
    expect(await table(page).locator('tbody tr[data-edge^="MILITARY_AID"] td').nth(4).textContent()).toBe('1 · 0 · 0');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads right to left in Arabic, with Arabic names, and filters by either script', async () => {
    const { page, context, errors } = await open('/?preset=all&lang=ar&table=actors');
    await table(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await table(page).getByRole('tab', { selected: true }).textContent()).toMatch(/^الفاعلون \(\d+\)$/);
    const filter = table(page).getByRole('searchbox');
    const names = () => rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelector('.table-name')!.textContent));
    await filter.fill('ايران');
    await expect.poll(names).toEqual(['إيران']);
    expect(await table(page).locator('.map-table-count').textContent()).toMatch(/^عرض 1–1 من 1 \(\d+ على الخريطة\)$/);
    await filter.fill('Iran');
    await expect.poll(names).toEqual(['إيران']);
    expect(await table(page).locator('tbody tr .table-other-script').textContent()).toBe('Iran');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the table of a map of ten thousand actors', () => {
  const ACTORS = 10_000;
  // Written after the tests above, which read the samples alone: a ring of generated sanctions.
  beforeAll(async () => {
    const db = await connectDatabase();
    try {
      const actors = Array.from({ length: ACTORS }, (_, i) => ({ id: `G${i}`, kind: 'organization', name_en: `Generated ${i}`, name_ar: `مولد ${i}` }));
      await db.driver.executeQuery('UNWIND $actors AS row CREATE (a:Actor:Organization) SET a = row', { actors }, { database: db.database });
      await db.driver.executeQuery(
        `WITH toInteger($n) AS n UNWIND range(0, n - 1) AS i MATCH (a:Actor {id: 'G' + i}), (b:Actor {id: 'G' + ((i + 1) % n)})
         CREATE (a)-[:SANCTIONS {events: 1 + i % 5, articles: 1, first_date: '2018-01-01', last_date: '2018-06-30'}]->(b)`,
        { n: ACTORS },
        { database: db.database },
      );
      const session = db.driver.session({ database: db.database });
      await session.executeWrite((tx) => touchGraph(tx)).finally(() => session.close());
    } finally {
      await db.close();
    }
  });

  it('draws a page of rows at a time, says how many there are, and sorts and filters without freezing the page', async () => {
    const { page, context, errors } = await open('/?limit=20000&table=actors');
    await rows(page).first().waitFor();
    const [actors] = await mapCounts(page);
    expect(actors).toBeGreaterThanOrEqual(ACTORS);
    expect(await rows(page).count()).toBe(100);
    const count = table(page).locator('.map-table-count');
    expect(await count.textContent()).toBe(`Showing 1–100 of ${actors}`);
    await table(page).locator('.map-table-next').click();
    expect(await count.textContent()).toBe(`Showing 101–200 of ${actors}`);

    const started = Date.now();
    await table(page).locator('[data-sort="name"]').click();
    expect(await count.textContent()).toBe(`Showing 1–100 of ${actors}`);
    await table(page).getByRole('searchbox').fill('مولد 9999');
    await expect.poll(() => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor')))).toEqual(['G9999']);
    // Sorting ten thousand names and filtering them answer within seconds on a loaded two-core machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});
