// The FGD deck's own slides (the others reuse the dashboard's and the profile's slots): ODOC
// status, the quarter's activities, what is not yet reached, and the questions to discuss.
import type { Brief } from '../brief.ts';
import { kecamatanQuestions, lowestCoverage, names, regionQuestions } from '../narrative.ts';
import type { Profile } from '../profile.ts';
import { coverageMap } from '../charts/map.ts';
import { type RenderContext } from './dashboard.ts';
import { builder } from './dom.ts';

export const DECK_SLOTS = ['odoc', 'activities', 'gaps', 'questions'] as const;
export const KECAMATAN_DECK_SLOTS = ['unmentored', 'recent', 'questions'] as const;
/** The dashboard's and the profile's slots that the decks show too. */
export const DECK_DASHBOARD_SLOTS = ['figures', 'map', 'mentoring'] as const;
export const DECK_PROFILE_SLOTS = ['figures', 'desa', 'odoc'] as const;

/** The questions of one slide: few enough to read from the back of a hall. */
const QUESTIONS = 5;

function questions(list: readonly string[], c: RenderContext): HTMLElement {
  const h = builder(c.document);
  return h('ol', { class: 'questions' }, list.slice(0, QUESTIONS).map((q) => h('li', {}, [q])));
}

export function renderDeck(b: Brief, c: RenderContext): Record<(typeof DECK_SLOTS)[number], HTMLElement> {
  const { t, f } = c;
  const h = builder(c.document);
  const d = b.dashboard;
  const withoutOdoc = d.kecamatan.filter((k) => k.odoc === null).map((k) => k.nama_kecamatan);
  const quarter = t.brief.quarter(b.quarter.quarter, b.quarter.year);
  const idle = b.quarterActivity.filter((k) => k.kegiatan === 0).map((k) => k.nama_kecamatan);
  const busiest = [...b.quarterActivity].sort((a, z) => z.kegiatan - a.kegiatan).slice(0, 5);
  return {
    odoc: h('figure', { class: 'chart' }, [
      h('div', { class: 'chart-svg' }, [coverageMap(d.kecamatan, { ...c, metric: 'odoc', compared: null, href: c.kecamatanHref })]),
      h('div', {}, [
        h('p', { class: 'big' }, [t.deck.odocStatus(f.number(d.current.kecamatan_odoc), f.number(d.current.kecamatan_total))]),
        withoutOdoc.length > 0 ? h('p', {}, [h('strong', {}, [t.deck.odocMissing]), ' ', f.list(withoutOdoc)]) : null,
      ]),
    ]),
    activities: h('div', {}, [
      h('p', { class: 'big' }, [t.deck.activitiesQuarter(f.number(b.quarterActivity.reduce((s, k) => s + k.kegiatan, 0)), quarter)]),
      h('ul', { class: 'columns' }, busiest.map((k) => h('li', {}, [`${k.nama_kecamatan}: ${t.program.activities(f.number(k.kegiatan))}`]))),
    ]),
    gaps: h('div', { class: 'gaps' }, [
      h('div', {}, [
        h('h3', {}, [t.deck.lowest]),
        h('ul', {}, lowestCoverage(d.kecamatan, 5).map((k) => h('li', {}, [`${k.nama_kecamatan}: ${f.percent(k.persen_cakupan_pendampingan)}`]))),
      ]),
      h('div', {}, [h('h3', {}, [t.deck.noActivity]), h('p', {}, [idle.length === 0 ? t.deck.none : names(idle, f, t)])]),
      h('p', { class: 'big' }, [t.deck.inactiveKopdes(f.number(d.current.desa_kopdes_merah_putih - d.current.desa_kopdes_aktif))]),
    ]),
    questions: questions(regionQuestions(b, t, f), c),
  };
}

export function renderKecamatanDeck(p: Profile, c: RenderContext): Record<(typeof KECAMATAN_DECK_SLOTS)[number], HTMLElement> {
  const { t, f } = c;
  const h = builder(c.document);
  const shown = 24;
  return {
    unmentored: h('div', {}, [
      h('p', { class: 'big' }, [t.brief.kecamatanUnmentored(p.unmentored.length)]),
      h('ul', { class: 'columns' }, p.unmentored.slice(0, shown).map((k) => h('li', {}, [k.nama_koperasi]))),
      p.unmentored.length > shown ? h('p', {}, [t.brief.others(f.number(p.unmentored.length - shown))]) : null,
    ]),
    recent:
      p.activities.length === 0
        ? h('p', { class: 'plain' }, [t.profile.activitiesNone])
        : h('ul', { class: 'columns' }, p.activities.slice(0, 8).map((a) => h('li', {}, [`${f.date(a.tanggal)} — ${a.judul}`]))),
    questions: questions(kecamatanQuestions(p, t, f), c),
  };
}
