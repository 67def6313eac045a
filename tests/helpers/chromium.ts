// Debian's Chromium driven by playwright-core, as root, headless, with a fresh profile. A missing
// browser is a failure, never a skip.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1920, height: 1080 },
] as const;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} tidak ada: pasang dengan \`apt-get install chromium\``);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
  close(): Promise<void>;
}

/** A page in its own context, recording every request (workers included) and every error. */
export async function open(browser: Browser, url: string, options: { width: number; height: number; javaScript?: boolean }): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height }, javaScriptEnabled: options.javaScript ?? true });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, requests, errors, close: () => context.close() };
}

export const SCREENSHOTS = join('test-results', 'screenshots');

export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
