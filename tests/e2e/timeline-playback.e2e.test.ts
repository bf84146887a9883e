/**
 * The timeline's playback over the sample articles (events from June to December 2024): the timeline
 * opens on the dense span of the data, Play moves the view's range a month at a time and the map is
 * drawn anew for each month, Pause stops it, and a run stops by itself at the last month.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unpackNetwork, type PackedNetwork } from '@entente/protocol';
import { useExplorer } from './explorer-page.ts';

const { open } = useExplorer();

const MONTHS = ['2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12'];

/** What the legend said while the address held a range: recorded in the page at each change of the legend. */
interface Frame {
  from: string | null;
  to: string | null;
  stats: string;
}

async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: { from: string | null; to: string | null; stats: string }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    const record = () => {
      const stats = document.querySelector('.legend .stats')?.textContent;
      const params = new URLSearchParams(location.search);
      if (stats) frames.push({ from: params.get('from'), to: params.get('to'), stats });
    };
    new MutationObserver(record).observe(document.querySelector('.legend')!, { subtree: true, childList: true, characterData: true });
  });
}

const frames = (page: Page) => page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
const search = (page: Page) => new URL(page.url()).searchParams;

describe('timeline playback', () => {
  it('plays the dense span month by month, the map following; Pause stops it', async () => {
    /** The map the API sent for each month, by the month the request started at. */
    const sent = new Map<string, Promise<PackedNetwork>>();
    const { page, context, errors } = await open('/?preset=all', {
      before: async (page: Page) => {
        page.on('response', (response) => {
          const url = new URL(response.url());
          const from = url.searchParams.get('from');
          if (url.pathname === '/api/network' && from && response.ok()) sent.set(from, response.json() as Promise<PackedNetwork>);
        });
      },
    });
    const months = page.locator('.timeline-chart g[data-month]');
    await months.first().waitFor();
    // The dense span of the samples is all their months.
    expect(await months.evaluateAll((groups) => groups.map((group) => group.getAttribute('data-month')))).toEqual(MONTHS);
    expect(await page.locator('.timeline-dense').getAttribute('aria-pressed')).toBe('true');
    expect(search(page).get('from')).toBeNull();
    await recordFrames(page);

    const play = page.locator('.timeline-play');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    expect(await play.textContent()).toBe('Pause');
    // Playback starts on the span's first month alone, then moves on.
    await expect.poll(() => search(page).get('from'), { timeout: 20_000 }).toBe('2024-08');
    await play.click();
    expect(await play.textContent()).toBe('Play month by month');
    const paused = page.url();
    // At one month a second, two seconds would have moved it twice.
    await page.waitForTimeout(2500);
    expect(page.url()).toBe(paused);
    expect(await play.getAttribute('aria-pressed')).toBe('false');

    // Play again, at four months a second: it goes on from the paused month and stops by itself at the last one.
    const speed = page.locator('.timeline-speed');
    await speed.click();
    await speed.click();
    expect(await speed.textContent()).toBe('4×');
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('false');
    expect([search(page).get('from'), search(page).get('to')]).toEqual(['2024-12', '2024-12']);
    expect(await page.locator('.timeline-range').textContent()).toBe('2024-12 – 2024-12');

    // Every month was shown, in order, one at a time, and the legend counted the map the API sent for it.
    const seen = await frames(page);
    const ranges = seen.map(({ from, to }) => `${from}/${to}`).filter((range, i, all) => range !== all[i - 1]);
    expect(ranges).toEqual(MONTHS.map((month) => `${month}/${month}`));
    const shown: string[] = [];
    for (const month of MONTHS) {
      const network = unpackNetwork(await sent.get(month)!);
      const last = seen.filter(({ from }) => from === month).at(-1)!;
      expect(last.stats).toBe(`${network.nodes.length} actors · ${network.edges.length} relations`);
      shown.push(last.stats);
    }
    // The map changes from month to month: the samples' months do not all hold the same relations.
    expect(new Set(shown).size).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
