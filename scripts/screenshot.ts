/**
 * The README's screenshots: the explorer at a running Entente (default http://127.0.0.1:8080).
 *   tsx scripts/screenshot.ts [base URL]
 */
import { launchBrowser } from '../tests/support/browser.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const views = [
  { file: 'docs/screenshot.png', query: '?preset=sanctions&lang=en' },
  { file: 'docs/screenshot-ar.png', query: '?preset=alliances&lang=ar&actor=RU' },
];

const browser = await launchBrowser();
try {
  for (const view of views) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(base + view.query);
    await page.waitForSelector('canvas');
    // Let ForceAtlas2 settle; it stops by itself after a few seconds.
    await page.waitForTimeout(9000);
    await page.screenshot({ path: view.file });
    await page.close();
    console.log(`wrote ${view.file}`);
  }
} finally {
  await browser.close();
}
