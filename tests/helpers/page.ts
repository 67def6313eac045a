// Reading a page as a person does, and what the independent computation says it must show.
import type { Page } from 'playwright-core';
import { formatFor } from '../../src/lib/format.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { type Lang, dictionary } from '../../src/lib/i18n/index.ts';
import { type RawFolder, type RawView, expectedIndicators } from './independent.ts';

export const f = formatFor('id');

/** The figure cards as the page shows them: key → value. */
export function figuresOnPage(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-figure]', (cards) =>
    Object.fromEntries(cards.map((c) => [(c as HTMLElement).dataset.figure!, c.querySelector('.value')!.textContent!])),
  );
}

/** A figure card as shown: its value and its change line (null when the card has none). */
export interface Card {
  value: string;
  change: string | null;
}

/** The figure cards as the page shows them: key → value and change. */
export function cardsOnPage(page: Page, within = ''): Promise<Record<string, Card>> {
  return page.$$eval(`${within} [data-figure]`, (cards) =>
    Object.fromEntries(
      cards.map((c) => [(c as HTMLElement).dataset.figure!, { value: c.querySelector('.value')!.textContent!, change: c.querySelector('.change')?.textContent ?? null }]),
    ),
  );
}

/**
 * The headline figure cards the independent computation says a page must show, in a language:
 * the value, and the change since `baseline` (a snapshot; none: "no previous snapshot").
 * Percentages change in points, rupiah with a sign; an undefined percentage has no change.
 */
export function expectedCards(folder: RawFolder, view: RawView, lang: Lang = 'id', baseline: string | null = null): Record<string, Card> {
  const t = dictionary(lang);
  const f = formatFor(lang);
  const i = expectedIndicators(folder, view);
  const p = baseline ? expectedIndicators(folder, { ...view, snapshot: baseline }) : null;
  const perMember = (x: typeof i) => (x.anggota === 0 ? null : x.modal_sendiri / x.anggota);
  const since = (change: string) => t.figures.change(change, f.date(baseline!));
  const count = (now: number, then: number | undefined): Card['change'] => (p ? since(f.change(now - then!)) : t.figures.noPrevious);
  const points = (now: number | null, then: number | null | undefined): Card['change'] =>
    !p ? t.figures.noPrevious : now === null || then === null ? null : since(`${f.change(now - then!, 1)} ${t.figures.points}`);
  const rupiah = (now: number | null, then: number | null | undefined): Card['change'] =>
    !p ? t.figures.noPrevious : now === null || then === null ? null : since(`${now - then! > 0 ? '+' : now - then! < 0 ? '−' : ''}${f.rupiah(Math.abs(now - then!))}`);
  const percent = (x: number | null) => (x === null ? t.figures.undefinedPercent : f.percent(x));
  return {
    terdaftar: { value: f.number(i.terdaftar), change: count(i.terdaftar, p?.terdaftar) },
    aktif: { value: f.number(i.aktif), change: count(i.aktif, p?.aktif) },
    persen_rat_tepat_waktu: { value: percent(i.persen_rat_tepat_waktu), change: points(i.persen_rat_tepat_waktu, p?.persen_rat_tepat_waktu) },
    persen_cakupan_pendampingan: { value: percent(i.persen_cakupan_pendampingan), change: points(i.persen_cakupan_pendampingan, p?.persen_cakupan_pendampingan) },
    kecamatan_odoc: { value: t.figures.ofTotal(f.number(i.kecamatan_odoc), f.number(i.kecamatan_total)), change: count(i.kecamatan_odoc, p?.kecamatan_odoc) },
    desa_kopdes_merah_putih: { value: t.figures.ofTotal(f.number(i.desa_kopdes_merah_putih), f.number(i.desa_total)), change: count(i.desa_kopdes_merah_putih, p?.desa_kopdes_merah_putih) },
    anggota: { value: f.number(i.anggota), change: count(i.anggota, p?.anggota) },
    volume_usaha: { value: f.rupiah(i.volume_usaha), change: rupiah(i.volume_usaha, p?.volume_usaha) },
    shu: { value: f.rupiah(i.shu), change: rupiah(i.shu, p?.shu) },
    modal_sendiri_per_anggota: { value: f.rupiah(perMember(i)), change: rupiah(perMember(i), p ? perMember(p) : null) },
  };
}

/** The headline figures' values the independent computation says the page must show (id). */
export function expectedFigures(folder: RawFolder, view: RawView): Record<string, string> {
  return Object.fromEntries(Object.entries(expectedCards(folder, view)).map(([key, card]) => [key, card.value]));
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
