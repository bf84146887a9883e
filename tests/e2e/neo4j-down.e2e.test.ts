/**
 * Neo4j really stopped under the open explorer, then started again: the page says so in one human
 * line with a Retry button, and Retry brings every panel back without a reload. Stops and starts the
 * test Neo4j with scripts/neo4j, so it is skipped against a remote server (or ENTENTE_E2E_URL's app)
 * and always leaves the server running for the files after it.
 */
import { describe, expect, it } from 'vitest';
import { controlNeo4j, localNeo4j, neo4jRunning } from '../support/neo4j.ts';
import { SCREENSHOTS, useExplorer, withoutFailedResponses } from './explorer-page.ts';

const { open: openExplorer } = useExplorer();

/** What the server's /api/health promises while its database is gone (HEALTH_DEADLINE_MS is 4 s). */
const HEALTH_ANSWER_MS = 5_000;
/** Neo4j's first reads after a start, the warm-up's included, may each take up to the 10 s read timeout. */
const SERVER_BACK_MS = 60_000;

describe.skipIf(!localNeo4j || Boolean(process.env.ENTENTE_E2E_URL))('the explorer with Neo4j stopped for real', () => {
  it('says so in one line, and Retry brings back the map, the timeline and the actor panel', { timeout: 240_000 }, async () => {
    const { page, context, errors } = await openExplorer('/?actor=RU');
    const actorName = page.locator('.actor-panel[data-actor="RU"] h2');
    const timelineBars = page.locator('.timeline .timeline-bar');
    await expect.poll(() => actorName.textContent()).toBe('Russia');
    await expect.poll(() => timelineBars.count()).toBeGreaterThan(0);
    const health = new URL('/api/health', page.url()).href;
    try {
      await controlNeo4j('stop');
      const asked = performance.now();
      const answer = await fetch(health);
      expect(answer.status).toBe(503);
      expect(performance.now() - asked).toBeLessThan(HEALTH_ANSWER_MS);

      await page.reload();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.locator('p').allTextContents()).toEqual(['The database (Neo4j) is not reachable: start it (npm run neo4j start), then press Retry.']);
      // The driver's words stay in the server's log.
      expect(await alert.textContent()).not.toMatch(/ServiceUnavailable|ECONNREFUSED|bolt:|Neo4jError/);
      // The timeline says it in the interface's words, not the server's, and is no second alert.
      await expect.poll(() => page.locator('.timeline .timeline-hint').textContent()).toBe('The timeline could not be loaded.');
      // So does the actor panel: one line in the interface's words, not a second copy of the server's.
      await expect.poll(() => page.locator('.actor-panel p').textContent()).toBe('This actor could not be loaded.');
      const retry = alert.getByRole('button', { name: 'Retry' });
      expect(await retry.isVisible()).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}/e2e-neo4j-down.png` });

      await controlNeo4j('start');
      // The server lets reads back in once it has found Neo4j again and warmed it (admission.ts's
      // Availability), which on a busy machine takes seconds after scripts/neo4j says it is ready.
      await expect.poll(async () => (await fetch(health)).status, { timeout: SERVER_BACK_MS, interval: 500 }).toBe(200);
      // Anything the page keeps in memory is lost if Retry reloads it.
      await page.evaluate(() => Object.assign(window, { beforeRetry: true }));
      await retry.click();
      await page.locator('.legend .stats').waitFor();
      expect(await alert.count()).toBe(0);
      await expect.poll(() => timelineBars.count()).toBeGreaterThan(0);
      await expect.poll(() => actorName.textContent()).toBe('Russia');
      expect(await page.evaluate(() => 'beforeRetry' in window)).toBe(true);
      expect(withoutFailedResponses(errors)).toEqual([]);
    } finally {
      if (!(await neo4jRunning())) await controlNeo4j('start');
      await context.close();
    }
  });
});
