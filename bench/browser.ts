// What a visitor's browser sees, measured through playwright-core and the DevTools protocol:
// bytes and paints of a page load (as is, and as a cheap phone on a slow network), the time
// from an interaction to the redrawn view, and the tab's memory.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';

const DESKTOP: BrowserContextOptions = { viewport: { width: 1920, height: 1080 } };
const MOBILE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** What Lighthouse calls mobile: 150 ms RTT, 1.6 Mbps down, 750 kbps up, and a 4× slower CPU. */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

export interface Load {
  /** Bytes received (headers and bodies, compressed as sent) until the network is idle. */
  bytes: number;
  requests: number;
  fcp: number;
  lcp: number;
  /** How the server sent the HTML (br, gzip or none), for reading the bytes right. */
  encoding: string;
}

async function session(page: Page, mobile: boolean): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (mobile) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return cdp;
}

/** One cold load (fresh profile, empty cache), without touching the page. */
export async function load(browser: Browser, url: string, mobile: boolean): Promise<Load> {
  const context = await browser.newContext(mobile ? MOBILE : DESKTOP);
  try {
    const page = await context.newPage();
    const cdp = await session(page, mobile);
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests++;
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number };
      w.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const paints = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      lcp: (window as unknown as { __lcp: number }).__lcp,
    }));
    const encoding = (await response!.allHeaders())['content-encoding'] ?? 'none';
    return { bytes, requests, ...paints, encoding };
  } finally {
    await context.close();
  }
}

/**
 * The page loaded, its scripts run: Playwright's network idle can come before a revisit's scripts,
 * served from the cache, have run, and a change made then is one the page picks up only as its
 * script starts (src/scripts/page.ts) — a measure of the script's loading, not of the change.
 */
async function loaded(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.readyState === 'complete');
}

/** Longer than any change takes: the first on a province's phone downloads 22 MB at 1.6 Mbps (about 140 s). */
const CHANGE_TIMEOUT_MS = 600_000;

/**
 * The n-th change of a deterministic sequence on the page's view form: another snapshot, then a
 * filter box on or off, by turns. Resolves with the time from the change to the first frame
 * painted after the redraw (the page marks `dasbor:change:*` and measures `dasbor:redraw`).
 */
function change(page: Page, n: number): Promise<number> {
  return page.evaluate(async ([n, TIMEOUT_MS]) => {
    const form = document.querySelector<HTMLFormElement>('form[data-view]')!;
    const select = form.querySelector<HTMLSelectElement>('select[name="snapshot"]')!;
    const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not([name="kecamatan"])'));
    const before = performance.getEntriesByName('dasbor:redraw').length;
    const drawn = new Promise<number>((resolve, reject) => {
      // A view that never comes (a failed query, a change the page did not see) fails the run
      // with what the page says, rather than leaving the benchmark waiting for ever.
      const timer = setTimeout(() => reject(new Error(`change ${n}: not redrawn in ${TIMEOUT_MS} ms; the page says "${document.querySelector('[data-status]')?.textContent ?? ''}"`)), TIMEOUT_MS);
      const observer = new PerformanceObserver(() => {
        if (performance.getEntriesByName('dasbor:redraw').length <= before) return;
        observer.disconnect();
        clearTimeout(timer);
        // The next frame is the first with the new view in it.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe({ type: 'measure' });
    });
    const started = performance.now();
    const control: HTMLInputElement | HTMLSelectElement = n % 2 === 0 || boxes.length === 0 ? select : boxes[((n - 1) / 2) % boxes.length]!;
    if (control instanceof HTMLSelectElement) control.value = control.options[(n / 2 + 1) % control.options.length]!.value;
    else control.checked = !control.checked;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    return (await drawn) - started;
  }, [n, CHANGE_TIMEOUT_MS] as const);
}

/**
 * The first interaction on a cheap phone (Lighthouse's mobile network and CPU, cold cache): the
 * page loaded, then another snapshot chosen; ms from the change to the redrawn view.
 */
export async function firstInteractionMobile(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext(MOBILE);
  try {
    const page = await context.newPage();
    await session(page, true);
    await loaded(page, url);
    return await change(page, 0);
  } finally {
    await context.close();
  }
}

/** Proportional set size of the largest renderer: the tab, its DuckDB worker included. */
async function rendererMemory(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  await cdp.detach();
  let largest = 0;
  for (const p of processInfo.filter((p) => p.type === 'renderer')) {
    const rollup = await readFile(`/proc/${p.id}/smaps_rollup`, 'utf8').catch(() => '');
    const kb = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    largest = Math.max(largest, kb * 1024);
  }
  return largest;
}

export interface Interaction {
  /** First interaction on a cold cache → view drawn. */
  cold: number;
  /** The same on a second visit (HTTP cache warm). */
  warm: number;
  /** The first change whose view was not computed at build (a filter box): the engine's first query. */
  engineCold: number;
  /** Each change after that → view drawn. */
  changes: number[];
  /** Of each of those changes: ms to have the result (a precomputed file, or DuckDB-WASM), apart from drawing it. */
  loads: number[];
  /** Main-thread JS heap in use after the changes. */
  heap: number;
  /** The tab's memory (renderer PSS) after the changes. */
  memory: number;
}

/**
 * The first interaction, the engine's first query, then `changes` more, on a desktop (or, with
 * `mobile`, Lighthouse's phone: its network and CPU) — and the tab's memory after them.
 */
export async function interact(browser: Browser, url: string, changes: number, mobile = false): Promise<Interaction> {
  const context = await browser.newContext(mobile ? MOBILE : DESKTOP);
  try {
    const page = await context.newPage();
    if (mobile) await session(page, true);
    await loaded(page, url);
    const cold = await change(page, 0);
    const engineCold = await change(page, 1);
    const later: number[] = [];
    for (let n = 2; n <= changes + 1; n++) later.push(await change(page, n));
    const loads = await page.evaluate((n) => performance.getEntriesByName('dasbor:load').slice(-n).map((e) => e.duration), changes);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
    const memory = await rendererMemory(browser);
    await page.goto('about:blank');
    await loaded(page, url);
    const warm = await change(page, 0);
    return { cold, warm, engineCold, changes: later, loads, heap, memory };
  } finally {
    await context.close();
  }
}
