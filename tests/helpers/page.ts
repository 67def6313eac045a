// Reading a page as a person does, and what the independent computation says it must show.
import type { Page } from 'playwright-core';
import { formatFor } from '../../src/lib/format.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { type RawFolder, type RawView, expectedIndicators } from './independent.ts';

export const f = formatFor('id');

/** The figure cards as the page shows them: key → value. */
export function figuresOnPage(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-figure]', (cards) =>
    Object.fromEntries(cards.map((c) => [(c as HTMLElement).dataset.figure!, c.querySelector('.value')!.textContent!])),
  );
}

/** The headline figures the independent computation says the page must show. */
export function expectedFigures(folder: RawFolder, view: RawView) {
  const i = expectedIndicators(folder, view);
  const percent = (p: number | null) => (p === null ? t.figures.undefinedPercent : f.percent(p));
  return {
    terdaftar: f.number(i.terdaftar),
    aktif: f.number(i.aktif),
    persen_rat_tepat_waktu: percent(i.persen_rat_tepat_waktu),
    persen_cakupan_pendampingan: percent(i.persen_cakupan_pendampingan),
    kecamatan_odoc: t.figures.ofTotal(f.number(i.kecamatan_odoc), f.number(i.kecamatan_total)),
    desa_kopdes_merah_putih: t.figures.ofTotal(f.number(i.desa_kopdes_merah_putih), f.number(i.desa_total)),
    anggota: f.number(i.anggota),
    volume_usaha: f.rupiah(i.volume_usaha),
    shu: f.rupiah(i.shu),
    modal_sendiri_per_anggota: f.rupiah(i.anggota === 0 ? null : i.modal_sendiri / i.anggota),
  };
}

/** Waits until the page has redrawn the view it was asked for (`ready`: the page's language). */
export async function redrawn(page: Page, ready = t.filters.ready) {
  await page.waitForFunction(
    (ready) => !document.querySelector('[data-page]')!.hasAttribute('aria-busy') && document.querySelector('[data-status]')!.textContent === ready,
    ready,
    { timeout: 60_000 },
  );
}

/** A request for the DuckDB engine or the site's database. */
export const engineRequest = (url: string) => /\.wasm|\.duckdb|worker/.test(url);

/** Nothing wider than the screen. */
export function noHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
