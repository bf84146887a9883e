/**
 * What the user added to the map lives in the address: a console result, an actor's neighbours and a
 * shortest path (lit, with its status line) come back on a reload, and undo and back/forward go through them as before.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { typeCypher, useExplorer } from './explorer-page.ts';

const { open } = useExplorer();

const stats = (page: Page) => page.locator('.legend .stats').textContent();
/** The relation types on the map with their counts, as the legend lists them. */
const legend = (page: Page) => page.locator('.legend li[data-relation]').evaluateAll((items) => items.map((item) => item.textContent));
const undo = (page: Page) => page.locator('.undo');

async function addConsoleResult(page: Page, query: string): Promise<void> {
  await page.getByRole('button', { name: 'Cypher console' }).click();
  await typeCypher(page, query);
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.locator('.console-summary').waitFor();
  await page.getByRole('button', { name: 'Add to map' }).click();
}

async function choosePathEnd(page: Page, search: string, actor: string): Promise<void> {
  await page.locator('.actor-panel .path-to').click();
  await page.locator('.actor-actions input[role="combobox"]').fill(search);
  await page.locator(`.actor-actions [role="option"][data-actor="${actor}"]`).click();
}

describe('additions in the URL', () => {
  it('a reload draws the same map, and undo and back take the additions back one by one', async () => {
    // Only relations of two events or more: Russia's single-event ones are off the map until added.
    const { page, context, errors } = await open('/?preset=all&minEvents=2&actor=RU');
    await page.locator('.actor-panel[data-actor="RU"]').waitFor();
    const filtered = await stats(page);
    expect(filtered).toBe('2 actors · 3 relations');

    // Iran is in no relation of the result, and in none of Russia's on this map: it is added alone.
    await addConsoleResult(page, "MATCH (a:Actor {id: 'RU'})-[r:ATTACKS]-(b:Actor) MATCH (c:Actor {id: 'IR'}) RETURN a, r, b, c");
    await undo(page).getByText('console result').waitFor();
    await expect.poll(() => stats(page)).not.toBe(filtered);
    const afterConsole = await stats(page);

    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(() => page.locator('.actor-actions .action-status').textContent()).toMatch(/^Added \d+ actors? and \d+ relations?\.$/);
    await expect.poll(() => stats(page)).not.toBe(afterConsole);
    const afterExpand = await stats(page);

    await choosePathEnd(page, 'United States', 'US');
    await expect.poll(() => page.locator('.path-status').getAttribute('data-length')).toBe('2');
    await undo(page).getByText('path Russia → United States').waitFor();
    const drawn = { stats: await stats(page), legend: await legend(page) };

    const { searchParams } = new URL(page.url());
    expect(searchParams.getAll('add')).toEqual(['query:IR,ATTACKS|RU|UA', 'neighbours:RU', 'path:RU,US']);

    await page.reload();
    await page.locator('.legend .stats').waitFor();
    await expect.poll(() => stats(page)).toBe(drawn.stats);
    expect(await legend(page)).toEqual(drawn.legend);
    expect(await undo(page).textContent()).toBe('Undo: path Russia → United States');
    // The path is lit again, with its status line.
    await expect.poll(() => page.locator('.path-status').getAttribute('data-length')).toBe('2');

    await undo(page).click();
    await undo(page).getByText('neighbours of Russia').waitFor();
    expect(await stats(page)).toBe(afterExpand);
    await undo(page).click();
    await expect.poll(() => stats(page)).toBe(afterConsole);
    await undo(page).click();
    await expect.poll(() => stats(page)).toBe(filtered);
    expect(await undo(page).count()).toBe(0);

    // Back restores the view before the last undo: the console result, fetched again.
    await page.goBack();
    await expect.poll(() => stats(page)).toBe(afterConsole);
    expect(new URL(page.url()).searchParams.getAll('add')).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
