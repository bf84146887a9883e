/**
 * A solid line from a doubtful one, in headless Chromium over the samples: the EU's sanctions on Iran
 * are only announced (confidence 0.8), the UN's on North Korea and Russia asserted (0.9).
 */
import { describe, expect, it } from 'vitest';
import { useExplorer } from './explorer-page.ts';

const { open: openExplorer } = useExplorer();

const sanctionsCount = async (page: import('playwright-core').Page) => Number(await page.locator('.legend li[data-relation="SANCTIONS"] .count').textContent());

describe('modes and confidence', () => {
  it('"announced only" leaves only announced lines, all of them marked dashed in the legend', async () => {
    const { page, context, errors } = await openExplorer('/?modes=announced');
    await expect.poll(() => page.locator('.legend-announced').getAttribute('data-count')).toBe(String(await sanctionsCount(page)));
    expect(await sanctionsCount(page)).toBeGreaterThan(0);
    await page.locator('.filters summary').click();
    expect(await page.locator('input[name="mode"][value="announced"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="mode"][value="asserted"]').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the least confidence takes lines off the map and goes into the URL', async () => {
    const { page, context, errors } = await openExplorer('/');
    const before = await sanctionsCount(page);
    await page.locator('.filters summary').click();
    await page.locator('input[name="min-confidence"]').fill('85');
    await expect.poll(() => new URL(page.url()).searchParams.get('minConfidence')).toBe('0.85');
    await expect.poll(() => sanctionsCount(page)).toBeLessThan(before);
    await expect.poll(() => page.locator('.legend-announced').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
