// Debian's Chromium, headless, driven by playwright-core (the tests, the brief PDFs and the
// benchmark use it). As root it needs --no-sandbox; the rest keeps it from calling home.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh headless Chromium (a new temporary profile each time). Missing: an error, never a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} tidak ada: pasang dengan \`apt-get install chromium\``);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
