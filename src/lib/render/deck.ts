// The FGD deck's own slides (the others reuse the dashboard's and the profile's slots): ODOC
// status, the quarter's activities, what is not yet reached, and the questions to discuss.
import type { Brief } from '../brief.ts';
import { kecamatanQuestions, lowestCoverage, regionQuestions } from '../narrative.ts';
import { names } from '../words.ts';
import type { Profile } from '../profile.ts';
import { shorten, topWithTies } from '../rank.ts';
import { coverageMap } from '../charts/map.ts';
import type { RenderContext } from './kit.ts';
import { builder } from './dom.ts';

export const DECK_SLOTS = ['odoc', 'activities', 'gaps', 'questions'] as const;
export const KECAMATAN_DECK_SLOTS = ['unmentored', 'recent', 'questions'] as const;
/** The dashboard's and the profile's slots that the decks show too. */
export const DECK_DASHBOARD_SLOTS = ['figures', 'map', 'mentoring'] as const;
export const DECK_PROFILE_SLOTS = ['figures', 'desa', 'odoc'] as const;

/** Places in the slides' busiest and lowest-coverage lists, ties included. */
const PLACES = 5;
/** Items of a slide's list before the rest is counted (at least PLACES, so that what is counted is tied with the last item shown). */
const LISTED = 8;

/** List items of ranked rows, at most LISTED, then one item that counts the rest (tied with the last one shown). */
function rankedItems<R>(rows: readonly R[], item: (row: R) => string, rest: (n: string, last: R) => string, c: RenderContext): HTMLElement[] {
  const h = builder(c.document);
  const { shown, rest: more } = shorten(rows, LISTED);
  return [...shown.map((r) => h('li', {}, [item(r)])), ...(more > 0 ? [h('li', { class: 'more' }, [rest(c.f.number(more), rows.at(-1)!)])] : [])];
}

/** Every question the gaps raise (regionQuestions gives at most six, kecamatanQuestions five): none is dropped unseen. */
function questions(list: readonly string[], c: RenderContext): HTMLElement {
  const h = builder(c.document);
  return h('ol', { class: 'questions' }, list.map((q) => h('li', {}, [q])));
}

/** The title slide's line under the heading: the date of the slides' figures (the view's snapshot) and the publisher. */
export function deckSubtitle(snapshot: string, c: RenderContext): HTMLElement {
  return builder(c.document)('p', { class: 'subtitle' }, [c.t.deck.subtitle(c.f.date(snapshot), c.dataset.penerbit)]);
}

export function renderDeck(b: Brief, c: RenderContext): Record<(typeof DECK_SLOTS)[number], HTMLElement> {
  const { t, f } = c;
  const h = builder(c.document);
  const d = b.dashboard;
  const withoutOdoc = d.kecamatan.filter((k) => k.odoc === null).map((k) => k.nama_kecamatan);
  const quarter = t.brief.quarter(b.quarter.quarter, b.quarter.year);
  const idle = b.quarterActivity.filter((k) => k.kegiatan === 0).map((k) => k.nama_kecamatan);
  const busiest = topWithTies(b.quarterActivity.filter((k) => k.kegiatan > 0), PLACES, (k) => k.kegiatan);
  const inactive = topWithTies(
    d.kecamatan.map((k) => ({ nama_kecamatan: k.nama_kecamatan, n: k.desa_kopdes_merah_putih - k.desa_kopdes_aktif })).filter((k) => k.n > 0),
    PLACES,
    (k) => k.n,
  );
  const inactiveRest = d.current.desa_kopdes_merah_putih - d.current.desa_kopdes_aktif - inactive.reduce((sum, k) => sum + k.n, 0);
  const activities = (k: (typeof busiest)[number]) => t.program.activities(k.kegiatan, f.number(k.kegiatan));
  return {
    odoc: h('figure', { class: 'chart' }, [
      h('div', { class: 'chart-svg' }, [coverageMap(d.kecamatan, { ...c, metric: 'odoc', compared: null, href: c.kecamatanHref })]),
      h('div', {}, [
        h('p', { class: 'big' }, [t.deck.odocStatus(f.number(d.current.kecamatan_odoc), f.number(d.current.kecamatan_total))]),
        withoutOdoc.length > 0 ? h('p', {}, [h('strong', {}, [t.deck.odocMissing]), ' ', names(withoutOdoc, f, t)]) : null,
      ]),
    ]),
    activities: h('div', {}, [
      h('p', { class: 'big' }, [t.deck.activitiesQuarter(f.number(b.quarterActivity.reduce((s, k) => s + k.kegiatan, 0)), quarter)]),
      h('ul', { class: 'columns' }, rankedItems(busiest, (k) => `${k.nama_kecamatan}: ${activities(k)}`, (n, last) => t.brief.othersEach(n, activities(last)), c)),
    ]),
    gaps: h('div', { class: 'gaps' }, [
      h('div', {}, [
        h('h3', {}, [t.deck.lowest]),
        h('ul', {}, rankedItems(lowestCoverage(d.kecamatan, PLACES), (k) => `${k.nama_kecamatan}: ${f.percent(k.persen_cakupan_pendampingan)}`, (n, last) => t.brief.othersEach(n, f.percent(last.persen_cakupan_pendampingan)), c)),
      ]),
      h('div', {}, [h('h3', {}, [t.deck.noActivity]), h('p', {}, [idle.length === 0 ? t.deck.none : names(idle, f, t)])]),
      // Where the inactive Kopdes are: the kecamatan with the most, ties included.
      h('div', {}, [
        h('h3', {}, [t.deck.inactiveKopdes(f.number(d.current.desa_kopdes_merah_putih - d.current.desa_kopdes_aktif))]),
        inactive.length === 0
          ? h('p', {}, [t.deck.none])
          : h('ul', {}, rankedItems(inactive, (k) => `${k.nama_kecamatan}: ${f.number(k.n)}`, (n, last) => t.brief.othersEach(n, f.number(last.n)), c)),
        // The list is the kecamatan with the most: the rest are counted, so the column adds up to its heading.
        inactiveRest > 0 ? h('p', {}, [t.brief.others(f.number(inactiveRest))]) : null,
      ]),
    ]),
    questions: questions(regionQuestions(b, t, f), c),
  };
}

export function renderKecamatanDeck(p: Profile, c: RenderContext): Record<(typeof KECAMATAN_DECK_SLOTS)[number], HTMLElement> {
  const { t, f } = c;
  const h = builder(c.document);
  const unmentored = shorten(p.unmentored, 24);
  // The most recent activities (newest first), with every one of the last day shown.
  const recent = topWithTies(p.activities, LISTED, (a) => Date.parse(a.tanggal));
  return {
    unmentored: h('div', {}, [
      h('p', { class: 'big' }, [t.brief.kecamatanUnmentored(p.unmentored.length)]),
      h('ul', { class: 'columns' }, unmentored.shown.map((k) => h('li', {}, [k.nama_koperasi]))),
      unmentored.rest > 0 ? h('p', {}, [t.brief.others(f.number(unmentored.rest))]) : null,
    ]),
    recent:
      p.activities.length === 0
        ? h('p', { class: 'plain' }, [t.profile.activitiesNone])
        : h('ul', { class: 'columns' }, rankedItems(recent, (a) => `${f.date(a.tanggal)} — ${a.judul}`, (n, last) => t.deck.recentMore(n, f.date(last.tanggal)), c)),
    questions: questions(kecamatanQuestions(p, t, f), c),
  };
}
