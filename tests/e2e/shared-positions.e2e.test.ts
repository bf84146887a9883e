/**
 * Moving an actor by hand, on the sample articles' map: a drag moves its disc and opens no panel, a
 * plain click still does, and the link of the view places every actor where the analyst left it, in a
 * browser that has never seen the map (no saved positions).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExplorer } from './explorer-page.ts';

const { open } = useExplorer();

interface Disc {
  key: string;
  x: number;
  y: number;
  size: number;
}

interface Label {
  key: string;
  box: { x: number; y: number; width: number; height: number };
}

/** The labels the last frame drew, a few frames after the last change. */
async function labels(page: Page): Promise<Map<string, Label['box']>> {
  await page.waitForTimeout(300);
  const placed = await page.evaluate(() => (performance.getEntriesByName('entente:labels')[0] as PerformanceMark).detail as Label[]);
  return new Map(placed.map(({ key, box }) => [key, box]));
}

describe('positions an analyst sets', () => {
  it('a dragged disc stays where it was dropped, in a link opened in a fresh browser', async () => {
    const { page, context, errors } = await open('/?preset=all');
    await page.waitForFunction(() => performance.getEntriesByName('entente:layout-settled').length > 0, undefined, { timeout: 60_000 });
    const { discs } = await page.evaluate(() => (performance.getEntriesByName('entente:layout-settled')[0] as PerformanceMark).detail as { discs: Disc[] });
    // A large actor, always labelled, so that its label tells where its disc is drawn; not one at the
    // map's edge, whose move would change the map's extent, and the frame sigma fits it in.
    const xs = discs.map(({ x }) => x);
    const ys = discs.map(({ y }) => y);
    const inner = discs.filter(({ x, y }) => ![Math.min(...xs), Math.max(...xs)].includes(x) && ![Math.min(...ys), Math.max(...ys)].includes(y));
    const largest = inner.reduce((a, b) => (b.size > a.size ? b : a));
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    const before = (await labels(page)).get(largest.key)!;
    expect(page.url()).not.toContain('pos=');

    // Towards the map's centre, and not past its edges.
    const [dx, dy] = [Math.sign(canvas.width / 2 - largest.x) * 30, Math.sign(canvas.height / 2 - largest.y) * 20];
    await page.mouse.move(canvas.x + largest.x, canvas.y + largest.y);
    await page.mouse.down();
    await page.mouse.move(canvas.x + largest.x + dx, canvas.y + largest.y + dy, { steps: 8 });
    await page.mouse.up();
    // Off every disc, so that no neighbourhood stays lit.
    await page.mouse.move(canvas.x + canvas.width - 4, canvas.y + canvas.height - 4);
    const moved = (await labels(page)).get(largest.key)!;
    expect(Math.abs(moved.x - before.x - dx)).toBeLessThan(3);
    expect(Math.abs(moved.y - before.y - dy)).toBeLessThan(3);
    // A drag is not a click: no actor panel.
    expect(page.url()).not.toContain('actor=');
    expect(await page.locator('.actor-panel').count()).toBe(0);
    expect(page.url()).toContain('pos=');
    const link = new URL(page.url());
    expect(errors).toEqual([]);
    await context.close();

    const fresh = await open(link.pathname + link.search);
    expect(await fresh.page.evaluate(() => localStorage.getItem('entente.positions.v1'))).toBeNull();
    const shared = await labels(fresh.page);
    const there = shared.get(largest.key)!;
    expect(Math.abs(there.x - moved.x)).toBeLessThan(2);
    expect(Math.abs(there.y - moved.y)).toBeLessThan(2);
    // No layout ran over the positions the link brought.
    expect(await fresh.page.evaluate(() => performance.getEntriesByName('entente:layout-settled').length)).toBe(0);

    // A plain click still opens the actor's panel.
    const canvasThere = (await fresh.page.getByTestId('graph-canvas').boundingBox())!;
    await fresh.page.mouse.click(canvasThere.x + largest.x + dx, canvasThere.y + largest.y + dy);
    await expect.poll(() => new URL(fresh.page.url()).searchParams.get('actor')).toBe(largest.key);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });
});
