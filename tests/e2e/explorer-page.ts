/**
 * What every end-to-end file needs: the built web app and the API over the sample articles (or an
 * explorer already running, from ENTENTE_E2E_URL), a headless Chromium, and pages that record the
 * console errors a user's browser would show.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';

export const SCREENSHOTS = 'test-results';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export interface OpenOptions {
  /** Runs before the page loads, e.g. to stand in for a failing API. */
  before?: (page: Page) => Promise<void>;
  /** What to wait for; by default the legend's count line, which appears once the network is drawn. */
  ready?: string;
}

/** ENTENTE_E2E_URL points the suite at an explorer already running (e.g. `vite dev`) instead of starting one. */
function startApp(): Promise<TestApp> {
  const url = process.env.ENTENTE_E2E_URL;
  return url ? Promise.resolve({ url, close: async () => {} }) : startTestApp();
}

/** Starts the app and the browser around the file's tests; `open` loads a path of the explorer in a fresh context. */
export function useExplorer(): { open: (path?: string, options?: OpenOptions) => Promise<OpenedPage> } {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  return {
    async open(path = '/', { before, ready = '.legend .stats' } = {}) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
      const page = await context.newPage();
      await before?.(page);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(path, app.url).href);
      await page.locator(ready).waitFor();
      return { page, context, errors };
    },
  };
}

/** The browser logs every 4xx/5xx response itself; a test expecting one keeps only the other errors. */
export function withoutFailedResponses(errors: readonly string[]): string[] {
  return errors.filter((error) => !error.startsWith('Failed to load resource'));
}

/**
 * Replaces the Cypher editor's text as a user would; returns the editor. Typed without the editor's
 * automatic closing brackets getting in the way: they are typed over, and Escape closes completion.
 */
export async function typeCypher(page: Page, query: string): Promise<Locator> {
  const editor = page.locator('.cypher-editor .cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query);
  await page.keyboard.press('Escape');
  return editor;
}
