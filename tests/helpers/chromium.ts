// Pages in Debian's Chromium for the tests: a fresh context per page, every request and every
// console error recorded, screenshots kept for people to look at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/lib/node/chromium.ts';

export { launchChromium };

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1920, height: 1080 },
] as const;

export interface Opened {
  page: Page;
  requests: string[];
  /** URLs of requests that failed (blocked, aborted, offline). */
  failed: string[];
  errors: string[];
  /** Lets the held scripts load (`holdScripts`). */
  release(): void;
  close(): Promise<void>;
}

/**
 * A page in its own context, recording every request (workers included) and every error; `now`
 * fixes the page's clock (Date) at that time, for what depends on the reader's day; requests whose
 * URL matches `blocked` fail (as offline), and the browser's own line for each of those failures is
 * not counted among the errors (the test caused it; whether the page copes is the test's to check);
 * `holdScripts` keeps the site's scripts (`true`), or those whose URL matches, from loading until
 * `release()`, as on a phone still loading them.
 */
export async function open(browser: Browser, url: string, options: { width: number; height: number; javaScript?: boolean; now?: Date; blocked?: RegExp; holdScripts?: boolean | RegExp }): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height }, javaScriptEnabled: options.javaScript ?? true });
  if (options.now) await context.clock.setFixedTime(options.now);
  const { blocked } = options;
  if (blocked) await context.route(blocked, (route) => route.abort());
  let release = () => {};
  const { holdScripts } = options;
  if (holdScripts) {
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(holdScripts === true ? /\/_astro\/.*\.js$/ : holdScripts, async (route) => {
      await held;
      await route.continue();
    });
  }
  const requests: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => failed.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (blocked && m.text().startsWith('Failed to load resource') && blocked.test(m.location().url)) return;
    errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // Held scripts: the page as a reader sees it before they have run (its HTML, no more).
  await page.goto(url, holdScripts === true ? { waitUntil: 'commit' } : undefined);
  return { page, requests, failed, errors, release, close: () => context.close() };
}

export const SCREENSHOTS = join('test-results', 'screenshots');

export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
