/**
 * Curation in the browser: an analyst marks a line wrong from its evidence panel, the map drops it
 * and keeps it dropped after a reload, undo brings it back; a server that listens beyond loopback
 * without a token refuses the same click, and nothing changes.
 */
import { buildApp } from '@entente/server';
import { configFromEnv } from '@entente/store';
import { describe, expect, it } from 'vitest';
import { connectDatabase } from '../support/neo4j.ts';
import { SCREENSHOTS, useExplorer, withoutFailedResponses } from './explorer-page.ts';

const { open } = useExplorer();
const EU_IRAN = '/?relation=SANCTIONS|EU|IR';

const sanctionsCount = async (page: import('playwright-core').Page) => Number(await page.locator('.legend li[data-relation="SANCTIONS"] .count').textContent());

describe('curation in the explorer', () => {
  it('marks a line wrong from its panel; the map drops it, a reload keeps it so, undo restores it', async () => {
    const { page, context, errors } = await open(EU_IRAN);
    const panel = page.locator('.relation-panel[data-relation="SANCTIONS"]');
    await panel.locator('.evidence li').first().waitFor();
    const before = await sanctionsCount(page);

    await panel.locator('.relation-curation .curate-reject').click();
    await panel.locator('.relation-curation .reject-reason').fill('the hostages were not sanctioned by the EU');
    await panel.locator('.relation-curation .reject-save').click();
    await panel.locator('.relation-curation[data-curation="rejected"]').waitFor();
    await expect.poll(() => sanctionsCount(page).catch(() => 0)).toBe(before - 1);
    expect(await panel.locator('.relation-curation .curation-note').textContent()).toContain('Rejected by analyst');
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-curation-rejected.png` });

    await page.reload();
    await page.locator('.legend .stats').waitFor();
    await panel.locator('.relation-curation[data-curation="rejected"]').waitFor();
    expect(await sanctionsCount(page)).toBe(before - 1);
    expect(await panel.locator('.not-on-map').count()).toBe(1);

    // Shown on request, marked.
    await page.locator('.curation-button').click();
    await page.locator('.show-rejected input').check();
    await expect.poll(() => sanctionsCount(page).catch(() => 0)).toBe(before);
    expect(new URL(page.url()).searchParams.get('rejected')).toBe('show');
    await page.getByRole('tab', { name: 'History' }).click();
    expect(await page.locator('.curation-history li[data-curation]').first().textContent()).toContain('the hostages were not sanctioned');
    await page.locator('.show-rejected input').uncheck();

    await panel.locator('.relation-curation .curation-undo').click();
    await panel.locator('.relation-curation[data-curation="none"]').waitFor();
    await expect.poll(() => sanctionsCount(page).catch(() => 0)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks one event wrong: its sentence is struck through and no longer counted', async () => {
    const { page, context, errors } = await open(EU_IRAN);
    const panel = page.locator('.relation-panel[data-relation="SANCTIONS"]');
    const first = panel.locator('.evidence li').first();
    await first.waitFor();
    await first.locator('.curate-reject').click();
    await first.locator('.reject-reason').fill('a call for sanctions, not sanctions');
    await first.locator('.reject-save').click();
    await panel.locator('.evidence li.curated-rejected').waitFor();
    expect(await panel.locator('.evidence li.curated-rejected .curation-note').textContent()).toContain('Rejected');
    await panel.locator('.evidence li.curated-rejected .curation-undo').click();
    await expect.poll(() => panel.locator('.evidence li.curated-rejected').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a server listening beyond loopback without a token, the write is refused and nothing changes', async () => {
    const db = await connectDatabase();
    const guarded = await buildApp({ driver: db.driver, neo4j: configFromEnv(), editing: { token: null, loopback: false } });
    await guarded.listen({ host: '127.0.0.1', port: 0 });
    const { port } = guarded.server.address() as { port: number };
    const { page, context, errors } = await open('/');
    try {
      await page.goto(`http://127.0.0.1:${port}${EU_IRAN}&curations=1`);
      await page.locator('.curation-off').waitFor();
      const panel = page.locator('.relation-panel[data-relation="SANCTIONS"]');
      await panel.locator('.evidence li').first().waitFor();
      const before = await sanctionsCount(page);
      const curations = async () => ((await (await fetch(`http://127.0.0.1:${port}/api/curations`)).json()) as { curations: unknown[] }).curations.length;
      const made = await curations();
      await panel.locator('.relation-curation .curate-confirm').click();
      await expect.poll(() => panel.locator('.curation-error').textContent()).toMatch(/Curation is off/);
      expect(await curations()).toBe(made);
      expect(await panel.locator('.relation-curation[data-curation="none"]').count()).toBe(1);
      expect(await sanctionsCount(page)).toBe(before);
      expect(withoutFailedResponses(errors)).toEqual([]);
    } finally {
      await context.close();
      await guarded.close();
      await db.close();
    }
  });
});
