/**
 * What the map does beyond its filters: expanding an actor's neighbours and undoing it, the shortest
 * path between two actors, the article behind a piece of evidence, and the timeline's brushed range.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useExplorer } from './explorer-page.ts';

const { open } = useExplorer();

const stats = (page: Page) => page.locator('.legend .stats').textContent();

async function choosePathEnd(page: Page, search: string, actor: string): Promise<void> {
  await page.locator('.actor-panel .path-to').click();
  await page.locator('.actor-actions input[role="combobox"]').fill(search);
  await page.locator(`.actor-actions [role="option"][data-actor="${actor}"]`).click();
}

describe('the map tools', () => {
  it("expands an actor's neighbours onto the map, and undoes it", async () => {
    // Only the relations with two events or more: Russia's single-event ones are off the map.
    const { page, context, errors } = await open('/?preset=all&minEvents=2&actor=RU');
    await page.locator('.actor-panel[data-actor="RU"]').waitFor();
    expect(await stats(page)).toBe('2 actors · 3 relations');

    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(() => page.locator('.actor-actions .action-status').textContent()).toMatch(/^Added 2 actors and \d+ relations\.$/);
    await expect.poll(() => stats(page)).toMatch(/^4 actors · /);
    expect(await page.locator('.legend li[data-relation="ATTACKS"]').count()).toBe(1);
    await page.waitForTimeout(4500); // the layout places the newcomers
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-expand-neighbours.png` });

    await page.getByRole('button', { name: 'Undo: neighbours of Russia' }).click();
    await expect.poll(() => stats(page)).toBe('2 actors · 3 relations');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the shortest path between two actors, and says when there is none', async () => {
    const { page, context, errors } = await open('/?preset=all&actor=RU');
    await page.locator('.actor-panel[data-actor="RU"]').waitFor();

    await choosePathEnd(page, 'Iran', 'IR');
    const status = page.locator('.path-status');
    await expect.poll(() => status.locator('p').textContent()).toBe('No path between Russia and Iran within six relations of the selected types.');

    await choosePathEnd(page, 'أمريكا', 'US');
    // Russia and North Korea are allies; the United States criticizes North Korea.
    await expect.poll(() => status.getAttribute('data-length')).toBe('2');
    expect(await status.locator('p').textContent()).toBe('Russia → United States: 2 steps');
    await page.getByRole('button', { name: 'Undo: path Russia → United States' }).waitFor();
    await page.waitForTimeout(800); // the camera frames the path
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-path-russia-united-states.png` });

    await page.getByRole('button', { name: 'Clear the path' }).click();
    expect(await status.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the article behind a piece of evidence, its actors highlighted and clickable', async () => {
    const { page, context, errors } = await open('/?preset=all&actor=RU');
    const pact = page.locator('.actor-panel .relation-group[data-relation="DEFENSE_PACT"] .relation[data-other="KP"]');
    await pact.locator('.relation-toggle').click();
    const evidence = pact.locator('.evidence li').first();
    const sentence = ((await evidence.locator('blockquote').textContent()) ?? '').trim();
    await evidence.getByRole('button', { name: 'Read the article' }).click();

    const article = page.locator('.article-panel[data-article]');
    await article.waitFor();
    const articleId = await article.getAttribute('data-article');
    expect(new URL(page.url()).searchParams.get('article')).toBe(articleId);
    expect(await article.locator('h2').textContent()).toBe('الاتفاقية تكرس التقارب العسكري بين موسكو وبيونغ يانغ');
    // Mentions are tinted by their actor's kind; the evidence sentence is marked.
    expect(await article.locator('.mention[data-actor="RU"]').count()).toBeGreaterThan(0);
    expect(await article.locator('.mention[data-actor="KP"][data-kind="country"]').count()).toBeGreaterThan(0);
    expect(await article.locator('.mention[data-kind="person"]').count()).toBeGreaterThan(0);
    expect((await article.locator('.article-text .marked').allTextContents()).join('')).toBe(sentence);
    expect(await article.locator('.article-relations li[data-relation="DEFENSE_PACT"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-article.png` });

    await article.locator('.mention[data-actor="KP"]').first().click();
    await page.locator('.actor-panel[data-actor="KP"]').waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe('KP');

    // The address carries the open article: a reload shows it again.
    await page.reload();
    await page.locator(`.article-panel[data-article="${articleId}"] .mention`).first().waitFor();
    await page.getByRole('button', { name: 'Close the article' }).click();
    expect(new URL(page.url()).searchParams.get('article')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('brushes months on the timeline: the URL takes the range and the map re-aggregates', async () => {
    const { page, context, errors } = await open('/?preset=all');
    const months = page.locator('.timeline-chart g[data-month]');
    await months.first().waitFor();
    expect(await months.evaluateAll((groups) => groups.map((group) => group.getAttribute('data-month')))).toEqual([
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    const allTime = await stats(page);
    expect(await page.locator('.legend li[data-relation="DEFENSE_PACT"]').count()).toBe(1);

    const centre = async (month: string) => {
      const box = (await page.locator(`.timeline-chart g[data-month="${month}"] .timeline-slot`).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const from = await centre('2024-10');
    const to = await centre('2024-12');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();

    await expect.poll(() => new URL(page.url()).search).toContain('from=2024-10&to=2024-12');
    // The defence pact was signed in June: outside the range, it leaves the map.
    await expect.poll(() => page.locator('.legend li[data-relation="DEFENSE_PACT"]').count()).toBe(0);
    expect(await stats(page)).not.toBe(allTime);
    expect(await page.locator('.timeline-range').textContent()).toBe('2024-10 – 2024-12');
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-timeline-brush.png` });

    await page.getByRole('button', { name: 'Show all time' }).click();
    await expect.poll(() => stats(page)).toBe(allTime);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();

    // From the keyboard: the arrows take the latest month, then move the range a month at a time.
    await page.locator('.timeline-chart svg').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).search).toContain('from=2024-12&to=2024-12');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => new URL(page.url()).search).toContain('from=2024-11&to=2024-12');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lays the new tools out right-to-left in Arabic', async () => {
    const { page, context, errors } = await open('/?preset=all&actor=RU&lang=ar');
    await page.locator('.actor-panel[data-actor="RU"]').waitFor();
    await page.getByRole('button', { name: 'توسيع الجوار' }).waitFor();
    await choosePathEnd(page, 'أمريكا', 'US');
    await expect.poll(() => page.locator('.path-status p').textContent()).toBe('روسيا ← الولايات المتحدة: 2 خطوات');
    // The panel is on the left in Arabic, the timeline's title on the right.
    expect((await page.locator('.actor-panel').boundingBox())!.x).toBeLessThan(700);
    expect((await page.locator('.timeline h2').boundingBox())!.x).toBeGreaterThan(700);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-map-tools-arabic.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
