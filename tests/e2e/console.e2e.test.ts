/**
 * The Cypher console as a user works it: typing and running queries, examples, history, the result
 * as a table, a graph and JSON, the console's refusals and Neo4j's errors, and results added to the map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, typeCypher, useExplorer, withoutFailedResponses } from './explorer-page.ts';

const { open } = useExplorer();

const openConsole = (path = '/?console=1') => open(path, { ready: '.cypher-editor .cm-content' });

/** Replaces the editor's text as a user would, then runs it with the keyboard shortcut. */
async function typeAndRun(page: Page, query: string): Promise<void> {
  const editor = await typeCypher(page, query);
  expect(await editor.textContent()).toBe(query);
  await page.keyboard.press('ControlOrMeta+Enter');
}

async function rowCount(page: Page): Promise<number> {
  const summary = page.locator('.console-summary');
  await summary.waitFor();
  return Number(await summary.getAttribute('data-rows'));
}

describe('the Cypher console', () => {
  it('runs a typed query with Ctrl+Enter and shows the rows as a table, a graph and JSON', async () => {
    const { page, context, errors } = await openConsole();
    await typeAndRun(page, 'MATCH (a:Actor)-[r:SANCTIONS]->(b:Actor) RETURN a.name_en AS sanctioner, r, b ORDER BY sanctioner');

    expect(await rowCount(page)).toBe(3);
    expect(await page.locator('.console-summary').textContent()).toMatch(/^3 rows · \d+ ms$/);
    const table = page.locator('.result-table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['#', 'sanctioner', 'r', 'b']);
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('tbody td:nth-child(2)').allTextContents()).toEqual(['European Union', 'United Nations', 'United Nations']);
    // Relationships by type, nodes by label and name.
    expect(await table.locator('.cypher-relationship').first().textContent()).toBe(':SANCTIONS');
    expect(await table.locator('tbody tr').first().locator('.cypher-node').textContent()).toContain('Iran');
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-console-table.png` });

    await page.getByRole('tab', { name: 'Graph' }).click();
    const graph = page.locator('.result-graph');
    await graph.locator('canvas').first().waitFor();
    expect(Number(await graph.getAttribute('data-nodes'))).toBe(5);
    expect(Number(await graph.getAttribute('data-relationships'))).toBe(3);
    await page.waitForTimeout(500); // labels redraw once the font is in
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-console-graph.png` });

    await page.getByRole('tab', { name: 'JSON' }).click();
    const records = JSON.parse((await page.locator('.result-json').textContent()) ?? '') as { sanctioner: string; b: { labels: string[] } }[];
    expect(records.map((record) => record.sanctioner)).toEqual(['European Union', 'United Nations', 'United Nations']);
    expect(records[0]?.b.labels).toContain('Actor');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('completes labels from the live schema', async () => {
    const { page, context, errors } = await openConsole();
    const editor = page.locator('.cypher-editor .cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('MATCH (n:Ar');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents()).toContain(':Article');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads an example with its parameters and runs it', async () => {
    const { page, context, errors } = await openConsole();
    await page.locator('button[data-example="03-mutual-allies"]').click();
    expect(await page.locator('.cypher-editor .cm-content').textContent()).toContain('MATCH (a:Actor {id: $a})');
    expect(JSON.parse(await page.locator('textarea[name="params"]').inputValue())).toEqual({ a: 'CN', b: 'RU' });
    // China and Russia are both allied with North Korea in the samples.
    expect(await rowCount(page)).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.result-table').textContent()).toContain('North Korea');

    await page.locator('button[data-example="01-who-sanctions-whom"]').click();
    await expect.poll(() => page.locator('textarea[name="params"]').inputValue()).toBe('');
    await expect.poll(() => page.locator('.console-summary').getAttribute('data-rows')).toBe('3');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a write query and says why', async () => {
    const { page, context, errors } = await openConsole();
    await typeAndRun(page, 'CREATE (n:X) RETURN n');
    const failure = page.locator('.console-failure[data-status="403"]');
    await failure.waitFor();
    expect(await failure.locator('.console-failure-headline').textContent()).toBe('The console refused this query.');
    expect(await failure.locator('.console-failure-message').textContent()).toMatch(/read-only/);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-console-refused.png` });
    expect(withoutFailedResponses(errors)).toEqual([]);
    await context.close();
  });

  it("shows Neo4j's syntax error and marks where it is in the query", async () => {
    const { page, context, errors } = await openConsole();
    await typeAndRun(page, 'MATCH (n:Actor) RETRN n');
    const failure = page.locator('.console-failure[data-status="400"]');
    await failure.waitFor();
    expect(await failure.locator('.console-failure-message').textContent()).toContain("Invalid input 'RETRN'");
    expect(await failure.locator('.console-failure-where').textContent()).toContain('Line 1, column 17');
    await expect.poll(() => page.locator('.cypher-editor .cm-lintRange-error').allTextContents()).toEqual(['RETRN']);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-console-syntax-error.png` });
    expect(withoutFailedResponses(errors)).toEqual([]);
    await context.close();
  });

  it('says when a query timed out, and when the console is busy', async () => {
    // A test cannot make the shared Neo4j slow or busy: the API's answers for those cases stand in.
    const answers = [
      { status: 408, json: { error: 'The query ran longer than 10 s and was stopped.' } },
      { status: 429, json: { error: '4 console queries are already running; try again when one finishes.' } },
    ];
    const { page, context, errors } = await openConsole('/?console=1');
    await page.route(
      (url) => url.pathname === '/api/cypher',
      (route) => route.fulfill(answers.shift()!),
    );
    await typeAndRun(page, 'MATCH (n) RETURN count(n) AS nodes');
    const timeout = page.locator('.console-failure[data-status="408"]');
    await timeout.waitFor();
    expect(await timeout.locator('.console-failure-headline').textContent()).toBe('The query took too long and was stopped.');
    expect(await timeout.locator('.console-failure-message').textContent()).toBe('The query ran longer than 10 s and was stopped.');

    await page.getByRole('button', { name: /^Run .*Enter/ }).click();
    const busy = page.locator('.console-failure[data-status="429"]');
    await busy.waitFor();
    expect(await busy.locator('.console-failure-headline').textContent()).toBe('Too many console queries are running at once: try again in a moment.');
    expect(withoutFailedResponses(errors)).toEqual([]);
    await context.close();
  });

  it('says what is wrong with invalid parameters without asking the server', async () => {
    const { page, context, errors } = await openConsole();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/cypher') requests.push(request.method());
    });
    await page.locator('textarea[name="params"]').fill('{"id": ');
    expect(await page.locator('textarea[name="params"]').getAttribute('aria-invalid')).toBe('true');
    await typeAndRun(page, 'MATCH (a:Actor {id: $id}) RETURN a');
    const failure = page.locator('.console-failure[data-status="params"]');
    await failure.waitFor();
    expect(await failure.locator('.console-failure-headline').textContent()).toContain('must be a JSON object');
    expect(requests).toEqual([]);

    await page.locator('textarea[name="params"]').fill('{"id": "RU"}');
    await page.getByRole('button', { name: /^Run .*Enter/ }).click();
    expect(await rowCount(page)).toBe(1);
    expect(requests).toEqual(['POST']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the history across a reload, each entry one click from running again', async () => {
    const { page, context, errors } = await openConsole();
    const query = 'MATCH (a:Actor) WHERE a.kind = "bloc" RETURN a.name_en AS bloc';
    await typeAndRun(page, query);
    await rowCount(page);
    await page.reload();
    await page.locator('.cypher-editor .cm-content').waitFor();
    const latest = page.locator('.console-history li').first();
    expect(await latest.locator('code').textContent()).toBe(query);
    // The console reopens on the last query.
    expect(await page.locator('.cypher-editor .cm-content').textContent()).toBe(query);

    await page.locator('button[data-example="05-most-sanctioned"]').click();
    await rowCount(page);
    await page.locator('.console-history li', { hasText: query }).locator('button').click();
    await expect.poll(() => page.locator('.result-table thead th').allTextContents()).toEqual(['#', 'bloc']);
    expect(await page.locator('.console-history li').first().locator('code').textContent()).toBe(query);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds the actors and relations of a result to the map, and undoes it', async () => {
    const { page, context, errors } = await openConsole();
    await typeAndRun(page, "MATCH (a:Actor {id: 'RU'})-[r:DEFENSE_PACT|ATTACKS]-(b:Actor) RETURN a, r, b");
    expect(await rowCount(page)).toBe(2);
    await page.getByRole('button', { name: 'Add to map' }).click();

    // Back on the (sanctions) map, which now also holds the defence pact and the attack.
    await expect.poll(() => new URL(page.url()).searchParams.get('console')).toBeNull();
    const legend = page.locator('.legend');
    await legend.locator('li[data-relation="DEFENSE_PACT"]').waitFor();
    expect(await legend.locator('li[data-relation="ATTACKS"] .count').textContent()).toBe('1');
    const undo = page.getByRole('button', { name: 'Undo: console result' });
    await undo.click();
    await expect.poll(() => legend.locator('li[data-relation="DEFENSE_PACT"]').count()).toBe(0);
    expect(await undo.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the examples Arabic titles in Arabic, and keeps the words of the result whole', async () => {
    const { page, context, errors } = await openConsole('/?console=1&lang=ar');
    const example = page.locator('button[data-example="01-who-sanctions-whom"]');
    expect(await example.textContent()).toBe('من يفرض العقوبات على من');
    const titles = await page.locator('.console-examples button').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^[\u0600-\u06FF\s،]+$/);

    await typeAndRun(page, 'MATCH (a:Actor) RETURN a.name_ar AS arabic, a.name_en AS english, a.aliases AS aliases LIMIT 30');
    await rowCount(page);
    // Each cell is at least as wide as its widest word (words shorter than the cell's cap of 420 px):
    // a word cut in two would have a narrower cell than itself.
    const cut = await page.locator('.result-table td:not(.row-number)').evaluateAll((cells) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
      document.body.append(probe);
      const narrow: string[] = [];
      for (const cell of cells) {
        const style = getComputedStyle(cell);
        probe.style.font = style.font;
        const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        for (const word of (cell.textContent ?? '').split(/\s+/).filter(Boolean)) {
          probe.textContent = word;
          if (probe.offsetWidth < 400 && probe.offsetWidth > room + 1) narrow.push(word);
        }
      }
      probe.remove();
      return narrow;
    });
    expect(cut).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-console-arabic.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
