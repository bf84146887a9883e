/**
 * The explorer as a user meets it: the built web app and the API over the two sample articles,
 * driven in headless Chromium. Assertions go through what a user sees or downloads (buttons, legend,
 * panel, URL, exported files), so the canvas needs no test-only hook.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { isEventRelationType, relationSpec } from '@entente/ontology';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useExplorer, withoutFailedResponses } from './explorer-page.ts';

const RU_KP_ARTICLE_TITLE = 'الاتفاقية تكرس التقارب العسكري بين موسكو وبيونغ يانغ';

const { open: openExplorer } = useExplorer();

async function download(page: Page, format: 'png' | 'json' | 'gexf' | 'csv' | 'evidence'): Promise<{ name: string; content: Buffer }> {
  const menu = page.locator('.export-menu');
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.locator(`button[data-format="${format}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), content: await readFile(path) };
}

/** Enough CSV for our own export: quoted cells, doubled quotes, CRLF rows, a leading BOM. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) {
      cell += char;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    }
  }
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ''])));
}

describe('the explorer', () => {
  it('opens on the sanctions network: UN → North Korea and EU → Iran', async () => {
    const { page, context, errors } = await openExplorer();
    await expect.poll(() => page.getByRole('button', { name: 'Sanctions' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.legend li[data-relation]').evaluateAll((items) => items.map((item) => item.getAttribute('data-relation')))).toEqual(['SANCTIONS']);
    expect(Number(await page.locator('.legend li[data-relation="SANCTIONS"] .count').textContent())).toBeGreaterThanOrEqual(2);

    const relations = parseCsv((await download(page, 'csv')).content.toString('utf8').replace(/^\uFEFF/, ''));
    const edges = relations.map((relation) => `${relation.source} ${relation.relation} ${relation.target}`);
    expect(edges).toContain('UN SANCTIONS KP');
    expect(edges).toContain('EU SANCTIONS IR');
    expect(new Set(relations.map((relation) => relation.relation))).toEqual(new Set(['SANCTIONS']));

    await page.waitForTimeout(4500); // the automatic layout run, so the screenshot shows the settled map
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-default-sanctions.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds Russia from "موسكو" and shows the defence pact with North Korea and its evidence', async () => {
    const { page, context, errors } = await openExplorer();
    const search = page.getByRole('combobox');
    await search.fill('موسكو');
    const russia = page.locator('[role="option"][data-actor="RU"]');
    await russia.waitFor();
    const options = page.getByRole('option');
    await expect.poll(() => options.first().getAttribute('aria-selected')).toBe('true');
    // Arrow keys cycle through the results; Enter picks the highlighted one.
    const count = await options.count();
    await search.press('ArrowDown');
    if (count > 1) expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await search.press('ArrowUp');
    const russiaIndex = await options.evaluateAll((items) => items.findIndex((item) => item.getAttribute('data-actor') === 'RU'));
    for (let step = 0; step < russiaIndex; step++) await search.press('ArrowDown');
    await search.press('Enter');

    const panel = page.locator('.actor-panel[data-actor="RU"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('Russia');
    expect(new URL(page.url()).searchParams.get('actor')).toBe('RU');

    // The Sanctions view puts Russia's sanctions first and folds its other relations.
    const folded = panel.locator('.other-relations');
    expect(await folded.locator('.relation-group[data-relation="DEFENSE_PACT"]').count()).toBe(1);
    expect(await folded.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await folded.locator('summary').click();
    const pact = panel.locator('.relation-group[data-relation="DEFENSE_PACT"] .relation[data-other="KP"]');
    await pact.waitFor();
    expect(await pact.locator('.relation-other').textContent()).toBe('North Korea');
    await pact.locator('.relation-toggle').click();
    const evidence = pact.locator('.evidence li').first();
    await evidence.waitFor();
    expect((await evidence.locator('blockquote').textContent())?.trim()).not.toBe('');
    expect(await pact.locator('.evidence-source').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(RU_KP_ARTICLE_TITLE)]));
    // The rule that read the sentence and its confidence, so a bad rule can be found from the map.
    expect(await evidence.locator('.rule').textContent()).toMatch(/^ar\.defense_pact\.\d+$/);
    expect(await evidence.locator('.confidence').textContent()).toMatch(/^confidence \d+%$/);
    // A reported relation names whom the sentence attributes it to.
    const troops = panel.locator('.relation-group[data-relation="DEPLOYS_TROOPS_TO"] .relation[data-other="KP"]');
    await troops.locator('.relation-toggle').click();
    await expect.poll(() => troops.locator('.evidence .attribution').allTextContents()).toContain('according to United States Department of Defense');

    await page.screenshot({ path: `${SCREENSHOTS}/e2e-search-russia-evidence.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sums up a line under the pointer and opens its evidence on a click', async () => {
    const { page, context, errors } = await openExplorer();
    await page.waitForTimeout(4500); // the automatic layout run: lines move until it settles
    const canvas = page.getByTestId('graph-canvas');
    const box = (await canvas.boundingBox())!;
    // Where a sanctions line is drawn, found as a user finds it: by its colour on the screen.
    const screenshot = await page.screenshot({ clip: box });
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(relationSpec('SANCTIONS').color.slice(i, i + 2), 16));
    const points = await page.evaluate(
      async ({ png, colour }) => {
        const image = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const pixels = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        pixels.drawImage(image, 0, 0);
        const { data, width, height } = pixels.getImageData(0, 0, image.width, image.height);
        const found: { x: number; y: number }[] = [];
        for (let y = 0; y < height; y += 2)
          for (let x = 0; x < width; x += 2) {
            const i = (y * width + x) * 4;
            if (Math.abs(data[i]! - colour[0]!) + Math.abs(data[i + 1]! - colour[1]!) + Math.abs(data[i + 2]! - colour[2]!) < 30) found.push({ x, y });
          }
        // Spread over the lines, not bunched at one end.
        return found.filter((_, i) => i % Math.max(1, Math.floor(found.length / 40)) === 0);
      },
      { png: screenshot.toString('base64'), colour: [r, g, b] },
    );
    expect(points.length).toBeGreaterThan(0);

    const tooltip = page.getByRole('tooltip');
    let hovered = false;
    for (const point of points) {
      await page.mouse.move(box.x + point.x, box.y + point.y);
      // The tooltip follows sigma's next frame, which a busy machine may draw late.
      hovered = await tooltip
        .waitFor({ state: 'visible', timeout: 400 })
        .then(() => true)
        .catch(() => false);
      if (hovered) break;
    }
    expect(hovered).toBe(true);
    expect(await tooltip.locator('.edge-tooltip-type').textContent()).toBe('sanctions');
    expect(await tooltip.locator('.edge-tooltip-ends').textContent()).toMatch(/^.+ → .+$/);
    expect(await tooltip.locator('.edge-tooltip-meta').textContent()).toMatch(/^\d+ events? · in \d+ articles?/);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-line-hover.png` });

    await page.mouse.down();
    await page.mouse.up();
    const panel = page.locator('.relation-panel[data-relation="SANCTIONS"]');
    await panel.waitFor();
    const [source, target] = (new URL(page.url()).searchParams.get('relation') ?? '').split('|').slice(1);
    expect(source && target).toBeTruthy();
    const ends = await panel.locator('.relation-end').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-actor')));
    expect(ends).toEqual([source, target]);
    const evidence = panel.locator('.evidence li');
    await evidence.first().waitFor();
    expect((await evidence.first().locator('blockquote').textContent())?.trim()).not.toBe('');
    expect(await panel.locator('.evidence-count').textContent()).toMatch(/^\d+ of \d+ distinct sentences$/);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-line-evidence.png` });

    // The open line is part of the view: a reload brings it back, and an actor replaces it.
    await page.reload();
    await panel.locator('.evidence li').first().waitFor();
    await panel.locator('.relation-end').first().click();
    await page.locator(`.actor-panel[data-actor="${source}"]`).waitFor();
    expect(await panel.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('relation')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('turns right-to-left in Arabic, mirroring the layout', async () => {
    const { page, context, errors } = await openExplorer('/?actor=RU');
    await page.locator('.actor-panel[data-actor="RU"]').waitFor();
    await page.locator('.language-switch').click();

    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    expect(await page.locator('.actor-panel h2').textContent()).toBe('روسيا');
    await page.getByRole('button', { name: 'العقوبات' }).waitFor();
    // The legend moves from the left edge to the right one, the panel the other way.
    const sidebar = (await page.locator('.sidebar').boundingBox())!;
    const panel = (await page.locator('.actor-panel').boundingBox())!;
    expect(sidebar.x).toBeGreaterThan(700);
    expect(panel.x).toBeLessThan(700);

    await page.waitForTimeout(1000); // labels redraw once the Arabic font is in
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-arabic-rtl.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restores a shared URL, and back/forward walk through the views', async () => {
    const { page, context, errors } = await openExplorer('/?preset=alliances&actor=RU&lang=ar');
    expect(await page.getByRole('button', { name: 'التحالفات' }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('.actor-panel[data-actor="RU"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('.legend li[data-relation="DEFENSE_PACT"]').count()).toBe(1);

    await page.getByRole('button', { name: 'النزاعات' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('conflict');
    await page.goBack();
    await expect.poll(() => page.getByRole('button', { name: 'التحالفات' }).getAttribute('aria-pressed')).toBe('true');
    await page.goForward();
    await expect.poll(() => page.getByRole('button', { name: 'النزاعات' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters the map in place and says when nothing matches', async () => {
    const { page, context, errors } = await openExplorer('/?preset=all');
    await page.locator('.filters summary').click();
    await page.locator('input[name="min-events"]').fill('1000');
    await page.getByText('No relations match these filters.').waitFor();
    expect(new URL(page.url()).searchParams.get('minEvents')).toBe('1000');

    await page.locator('input[name="min-events"]').fill('1');
    await page.locator('.legend .stats').waitFor();
    await page.locator('input[name="relation-type"][value="SANCTIONS"]').uncheck();
    await expect.poll(() => page.locator('.legend li[data-relation="SANCTIONS"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('types')).not.toContain('SANCTIONS');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says that the timeline failed in Arabic in the Arabic interface, and loads it again on request', async () => {
    let failing = true;
    const { page, context, errors } = await openExplorer('/?lang=ar', {
      before: async (page) => {
        await page.route(
          (url) => url.pathname === '/api/timeline',
          (route) => (failing ? route.fulfill({ status: 503, json: { error: 'The graph database is not reachable. Is Neo4j running? (npm run neo4j start)' } }) : route.fallback()),
        );
      },
    });
    await expect.poll(() => page.locator('.timeline .timeline-hint').textContent()).toBe('تعذر تحميل الخط الزمني.');
    expect(await page.locator('.timeline').textContent()).not.toContain('not reachable');
    failing = false;
    await page.getByRole('button', { name: 'أعد تحميل الخط الزمني' }).click();
    await expect.poll(() => page.locator('.timeline .timeline-bar').count()).toBeGreaterThan(0);
    expect(withoutFailedResponses(errors)).toEqual([]);
    await context.close();
  });

  it('says when an actor is unknown', async () => {
    const { page, context, errors } = await openExplorer('/?actor=NO-SUCH-ACTOR');
    await page.getByText('This actor is not in the database.').waitFor();
    expect(withoutFailedResponses(errors)).toEqual([]);
    await context.close();
  });

  it('exports PNG with legend and caption, JSON, GEXF of both edge types, and CSV files that parse', async () => {
    const { page, context, errors } = await openExplorer('/?preset=all');

    const png = await download(page, 'png');
    expect(png.name).toMatch(/^entente-all-.*\.png$/);
    expect(png.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const map = (await page.getByTestId('graph-canvas').boundingBox())!;
    const image = await page.evaluate(
      async ({ png, mapHeight }) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const pixels = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        pixels.drawImage(bitmap, 0, 0);
        // Below the map: the band of legend and caption, which must hold drawn (non-white) pixels.
        const { data } = pixels.getImageData(0, mapHeight, bitmap.width, bitmap.height - mapHeight);
        let inked = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
        return { width: bitmap.width, height: bitmap.height, inked };
      },
      { png: png.content.toString('base64'), mapHeight: Math.round(map.height) },
    );
    expect(image.width).toBe(Math.round(map.width));
    expect(image.height).toBeGreaterThan(Math.round(map.height) + 60);
    expect(image.inked).toBeGreaterThan(500);

    const json = await download(page, 'json');
    const graph = JSON.parse(json.content.toString('utf8')) as { nodes: { key: string }[]; edges: { attributes: { type: string; count: number } }[] };
    expect(graph.nodes.map((node) => node.key)).toEqual(expect.arrayContaining(['RU', 'KP', 'UN', 'EU', 'IR']));
    expect(graph.edges.length).toBeGreaterThan(0);

    const gexf = await download(page, 'gexf');
    const parsed = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      const edges = [...document.getElementsByTagName('edge')];
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        root: [document.documentElement.namespaceURI, document.documentElement.getAttribute('version')],
        nodes: document.getElementsByTagName('node').length,
        edges: edges.length,
        types: [...new Set(edges.map((edge) => edge.getAttribute('type')))].sort(),
        ends: edges.every((edge) => edge.getAttribute('source') && edge.getAttribute('target')),
      };
    }, gexf.content.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toEqual(['http://gexf.net/1.3', '1.3']);
    expect(parsed.nodes).toBe(graph.nodes.length);
    expect(parsed.edges).toBe(graph.edges.length);
    expect(parsed.types).toEqual(['directed', 'undirected']);
    expect(parsed.ends).toBe(true);

    const csv = parseCsv((await download(page, 'csv')).content.toString('utf8').replace(/^\uFEFF/, ''));
    expect(csv).toHaveLength(graph.edges.length);
    expect(csv.find((row) => row.source === 'KP' || row.target === 'KP')?.target_name_ar).toBeTruthy();

    // The evidence: one row per event of every line on the map, as many as the lines count.
    const evidence = await download(page, 'evidence');
    expect(evidence.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const events = parseCsv(evidence.content.toString('utf8').replace(/^\uFEFF/, ''));
    const counted = graph.edges.filter((edge) => isEventRelationType(edge.attributes.type)).reduce((sum, edge) => sum + edge.attributes.count, 0);
    expect(counted).toBeGreaterThan(0);
    expect(events).toHaveLength(counted);
    expect(events.every((row) => row.sentence && row.article_id && row.event_id)).toBe(true);
    expect(events.some((row) => /[\u0600-\u06FF]/.test(row.sentence!))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
