// Lists in generated text, as each audience reads them: a "top N" keeps the items tied with the
// Nth, a shortened list never ends with "and 1 other", one conjunction per list (Intl.ListFormat
// through f.list), and acronyms and names written as the dictionary writes them. The inputs are
// plain objects, so every case (0, 1, 2, many, tied) is exact; both languages.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Brief } from '../../src/lib/brief.ts';
import { quarterUntil } from '../../src/lib/period.ts';
import { formatFor } from '../../src/lib/format.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { type Strings, id } from '../../src/lib/i18n/id.ts';
import type { Indicators, KecamatanIndicators } from '../../src/lib/indicators.ts';
import { kecamatanNarrative, regionNarrative, regionQuestions } from '../../src/lib/narrative.ts';
import { names } from '../../src/lib/words.ts';
import type { ActivityItem, CooperativeItem, Profile } from '../../src/lib/profile.ts';
import type { KecamatanActivity } from '../../src/lib/program.ts';
import { shorten, topWithTies } from '../../src/lib/rank.ts';
import { renderDashboard } from '../../src/lib/render/dashboard.ts';
import type { RenderContext } from '../../src/lib/render/kit.ts';
import type { Dashboard } from '../../src/lib/indicators.ts';
import { defaultView } from '../../src/lib/view.ts';
import { renderDeck, renderKecamatanDeck } from '../../src/lib/render/deck.ts';
import { inSentence } from '../../src/lib/words.ts';
import { metricChangeLabel, metricLabel } from '../../src/lib/metrics.ts';

const LANGS = { id: { t: id, f: formatFor('id') }, en: { t: en as Strings, f: formatFor('en') } };

const counts = {
  terdaftar: 10,
  aktif: 10,
  persen_koperasi_aktif: 100,
  rat_tepat_waktu: 10,
  persen_rat_tepat_waktu: 100,
  didampingi: 5,
  didampingi_dinas: 5,
  didampingi_camat: 0,
  didampingi_pkk: 0,
  persen_cakupan_pendampingan: 50,
  desa_kopdes_merah_putih: 0,
  desa_kopdes_aktif: 0,
  desa_total: 5,
};

function kecamatan(nama: string, cakupan: number | null, kegiatan = 1): KecamatanIndicators {
  return { ...counts, kode_kecamatan: `99.01.${nama}`, nama_kecamatan: nama, persen_cakupan_pendampingan: cakupan, odoc: `Koperasi ${nama}`, kecamatan_odoc: 1, persen_desa_kopdes: 0, anggota: 100, volume_usaha: 1000, shu: 10, modal_sendiri: 1000, modal_sendiri_per_anggota: 10, kegiatan };
}

function indicators(snapshot: string, over: Partial<Indicators> = {}): Indicators {
  return { ...counts, snapshot, kecamatan_odoc: 0, kecamatan_total: 0, persen_desa_kopdes: 0, anggota: 100, volume_usaha: 1000, shu: 10, modal_sendiri: 1000, modal_sendiri_per_anggota: 10, ...over };
}

function activity(nama: string, kegiatan: number): KecamatanActivity {
  return { kode_kecamatan: `99.01.${nama}`, nama_kecamatan: nama, kegiatan, dinas: kegiatan, camat: 0, pkk: 0, peserta: 0, bazar: 0, tenda: 0, genset: 0, lainnya: 0 };
}

/** A region at 2025-12-31 whose kecamatan have these coverages; every other figure stays put. */
function brief(rows: KecamatanIndicators[], over: { previous?: Indicators | null; current?: Partial<Indicators>; targets?: Brief['dashboard']['targets']; activity?: KecamatanActivity[] } = {}): Brief {
  const current = indicators('2025-12-31', { kecamatan_odoc: rows.length, kecamatan_total: rows.length, ...over.current });
  const previous = over.previous === undefined ? { ...current, snapshot: '2025-06-30' } : over.previous;
  const dashboard = { current, previous, targets: over.targets ?? {}, kecamatan: rows, compared: null, composition: [], trend: [current] };
  return {
    dashboard,
    quarter: quarterUntil('2025-12-31'),
    quarterActivity: over.activity ?? rows.map((k) => activity(k.nama_kecamatan, 1)),
    yearToDate: { anggaran: 0, realisasi: 0, start: '2025-01-01', end: '2025-12-31' },
  } as unknown as Brief;
}

const letters = (n: number, from = 0) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + from + i));
const lowestSentence = (b: Brief, t: Strings, f: ReturnType<typeof formatFor>) =>
  regionNarrative(b, t, f).find((s) => s.startsWith(t.brief.lowestCoverage('').slice(0, 12))) ?? null;

describe('the shared ranking and shortening', () => {
  it('keeps every row tied with the nth, leaves out rows without a value, and keeps the order within a tie', () => {
    const rows = [['A', 3], ['B', 5], ['C', 1], ['D', 3], ['E', null], ['F', 3]] as const;
    const top = (n: number, order?: 'highest' | 'lowest') => topWithTies(rows, n, (r) => r[1], order).map((r) => r[0]);
    expect(top(0)).toEqual([]);
    expect(top(1)).toEqual(['B']);
    expect(top(2)).toEqual(['B', 'A', 'D', 'F']);
    expect(top(5)).toEqual(['B', 'A', 'D', 'F', 'C']);
    expect(top(1, 'lowest')).toEqual(['C']);
    expect(top(2, 'lowest')).toEqual(['C', 'A', 'D', 'F']);
    expect(topWithTies([Infinity, Infinity, 2], 1, (x) => x)).toEqual([Infinity, Infinity]);
  });

  it('cuts a list only when at least two would be left', () => {
    expect(shorten([], 2)).toEqual({ shown: [], rest: 0 });
    expect(shorten(['A', 'B', 'C'], 2)).toEqual({ shown: ['A', 'B', 'C'], rest: 0 });
    expect(shorten(['A', 'B', 'C', 'D'], 2)).toEqual({ shown: ['A', 'B'], rest: 2 });
  });
});

describe('names', () => {
  it('names 0, 1, 2 and one past the limit, and counts only two or more', () => {
    const { t, f } = LANGS.id;
    expect(names([], f, t)).toBe('');
    expect(names(['A'], f, t)).toBe('A');
    expect(names(['A', 'B'], f, t)).toBe('A dan B');
    expect(names(['A', 'B', 'C'], f, t, 2)).toBe('A, B, dan C');
    expect(names(['A', 'B', 'C', 'D'], f, t, 2)).toBe('A, B, dan 2 lainnya');
    expect(names(letters(9), f, t)).toBe('A, B, C, D, E, F, G, H, dan I');
    expect(names(letters(10), f, t)).toBe('A, B, C, D, E, F, G, H, dan 2 lainnya');
  });

  it('in English', () => {
    const { t, f } = LANGS.en;
    expect(names(['A', 'B'], f, t)).toBe('A and B');
    expect(names(['A', 'B', 'C'], f, t, 2)).toBe('A, B and C');
    expect(names(['A', 'B', 'C', 'D'], f, t, 2)).toBe('A, B and 2 more');
  });
});

describe('the brief: lowest mentoring coverage', () => {
  const cases = (rows: KecamatanIndicators[]) => [lowestSentence(brief(rows), id, LANGS.id.f), lowestSentence(brief(rows), en, LANGS.en.f)];

  it('names none, one, two, and the kecamatan tied with the third', () => {
    expect(regionNarrative(brief([]), id, LANGS.id.f)).toContain(id.brief.noCoverageData);
    expect(cases([kecamatan('A', 10)])).toEqual(['Cakupan pendampingan terendah: A (10,0%).', 'Lowest mentoring coverage: A (10.0%).']);
    expect(cases([kecamatan('B', 20), kecamatan('A', 10)])).toEqual([
      'Cakupan pendampingan terendah: A (10,0%) dan B (20,0%).',
      'Lowest mentoring coverage: A (10.0%) and B (20.0%).',
    ]);
    expect(cases([kecamatan('A', 10), kecamatan('B', 20), kecamatan('C', 30), kecamatan('D', 30), kecamatan('E', 40)])).toEqual([
      'Cakupan pendampingan terendah: A (10,0%), B (20,0%), C (30,0%), dan D (30,0%).',
      'Lowest mentoring coverage: A (10.0%), B (20.0%), C (30.0%) and D (30.0%).',
    ]);
  });

  it('says how many more share the last place when the tie is long', () => {
    const nine = [kecamatan('A', 10), ...letters(8, 1).map((n) => kecamatan(n, 30))];
    expect(cases(nine)[0]).toBe('Cakupan pendampingan terendah: A (10,0%), B (30,0%), C (30,0%), D (30,0%), E (30,0%), F (30,0%), G (30,0%), H (30,0%), dan I (30,0%).');
    const twelve = [kecamatan('A', 10), ...letters(11, 1).map((n) => kecamatan(n, 30))];
    expect(cases(twelve)).toEqual([
      'Cakupan pendampingan terendah: A (10,0%), B (30,0%), C (30,0%), D (30,0%), E (30,0%), F (30,0%), G (30,0%), H (30,0%), dan 4 kecamatan lain (masing-masing 30,0%).',
      'Lowest mentoring coverage: A (10.0%), B (30.0%), C (30.0%), D (30.0%), E (30.0%), F (30.0%), G (30.0%), H (30.0%) and 4 other districts (30.0% each).',
    ]);
  });
});

describe('the brief: what rose and fell most', () => {
  const previous = indicators('2025-06-30', { aktif: 12, kecamatan_odoc: 0, desa_kopdes_merah_putih: 0 });
  const b = brief([kecamatan('A', 50)], { previous, current: { kecamatan_odoc: 2, desa_kopdes_merah_putih: 3, kecamatan_total: 2 } });

  it('names every indicator tied for the largest rise, once joined', () => {
    expect(regionNarrative(b, id, LANGS.id.f)).toContain(
      'Kenaikan terbesar sejak 30 Juni 2025: kecamatan dengan ODOC dari 0 menjadi 2 (+2) dan desa/kelurahan dengan Kopdes Merah Putih dari 0 menjadi 3 (+3).',
    );
    expect(regionNarrative(b, en, LANGS.en.f)).toContain(
      'Largest rise since 30 June 2025: districts with an ODOC flagship from 0 to 2 (+2) and villages with a Merah Putih cooperative from 0 to 3 (+3).',
    );
  });

  it('names a single largest fall', () => {
    expect(regionNarrative(b, id, LANGS.id.f)).toContain('Penurunan terbesar: koperasi aktif dari 12 menjadi 10 (−2).');
    expect(regionNarrative(b, en, LANGS.en.f)).toContain('Largest fall: active cooperatives from 12 to 10 (−2).');
  });
});

describe('the brief: targets met and not met', () => {
  it('keeps one conjunction per list', () => {
    const targets = { persen_rat_tepat_waktu: 90, persen_koperasi_aktif: 101, kecamatan_odoc: 5 };
    const b = brief([kecamatan('A', 50)], { targets });
    expect(regionNarrative(b, id, LANGS.id.f)).toContain('Dari 3 target 2025, 1 sudah tercapai (RAT tepat waktu); 2 belum (persentase koperasi aktif dan kecamatan dengan ODOC).');
    expect(regionNarrative(b, en, LANGS.en.f)).toContain('Of 3 targets for 2025, 1 is met (annual meetings on time); 2 are not (share of active cooperatives and districts with an ODOC flagship).');
  });
});

describe('the FGD questions of the region', () => {
  const coverage = (rows: KecamatanIndicators[], lang: 'id' | 'en') => {
    const { t, f } = LANGS[lang];
    const probe = t.deck.questions.coverage('\u0001').split('\u0001')[0]!;
    return regionQuestions(brief(rows), t, f).find((q) => q.startsWith(probe)) ?? null;
  };
  const best = (rows: KecamatanIndicators[], lang: 'id' | 'en') => {
    const { t, f } = LANGS[lang];
    const probe = t.deck.questions.bestPractice('\u0001').split('\u0001')[0]!;
    return regionQuestions(brief(rows), t, f).find((q) => q.startsWith(probe)) ?? null;
  };

  it('asks about the lowest coverage once joined, with the kecamatan tied with the third', () => {
    expect(coverage([], 'id')).toBeNull();
    expect(coverage([kecamatan('A', 10)], 'id')).toBe('Apa yang menghambat pendampingan, dan siapa — camat atau PKK — yang bisa menjangkau koperasi di A?');
    expect(coverage([kecamatan('A', 10), kecamatan('B', 20)], 'id')).toBe('Apa yang menghambat pendampingan, dan siapa — camat atau PKK — yang bisa menjangkau koperasi di A dan B?');
    const tied = [kecamatan('A', 10), kecamatan('B', 20), kecamatan('C', 30), kecamatan('D', 30), kecamatan('E', 40)];
    expect(coverage(tied, 'id')).toBe('Apa yang menghambat pendampingan, dan siapa — camat atau PKK — yang bisa menjangkau koperasi di A, B, C, dan D?');
    expect(coverage(tied, 'en')).toBe('What holds mentoring back, and who — district head or PKK — can reach the cooperatives in A, B, C and D?');
    const many = [kecamatan('A', 10), ...letters(6, 1).map((n) => kecamatan(n, 30))];
    expect(coverage(many, 'id')).toBe('Apa yang menghambat pendampingan, dan siapa — camat atau PKK — yang bisa menjangkau koperasi di A, B, C, D, dan 3 lainnya?');
    expect(coverage(many, 'en')).toBe('What holds mentoring back, and who — district head or PKK — can reach the cooperatives in A, B, C, D and 3 more?');
  });

  it('asks about the best practice of every kecamatan tied for the highest coverage, and of none without coverage', () => {
    expect(best([kecamatan('A', 0), kecamatan('B', 0)], 'id')).toBeNull();
    expect(best([kecamatan('A', 80), kecamatan('B', 40)], 'id')).toBe('Apa yang berhasil di A (cakupan pendampingan tertinggi) yang bisa ditiru kecamatan lain?');
    expect(best([kecamatan('A', 80), kecamatan('B', 40), kecamatan('C', 80)], 'id')).toBe('Apa yang berhasil di A dan C (cakupan pendampingan tertinggi) yang bisa ditiru kecamatan lain?');
    expect(best([kecamatan('A', 80), kecamatan('B', 40), kecamatan('C', 80)], 'en')).toBe('What works in A and C (highest mentoring coverage) that other districts could adopt?');
  });
});

// A kecamatan's profile, plain: `unmentored` active cooperatives, `activities` as given.
function profile(over: { unmentored?: number; activities?: ActivityItem[]; current?: Partial<Indicators> } = {}): Profile {
  const current = indicators('2025-12-31', { ...over.current });
  const cooperative = (i: number): CooperativeItem => ({
    id_koperasi: `K${i}`,
    nama_koperasi: `Koperasi ${i + 1}`,
    jenis_koperasi: 'konsumen',
    status: 'aktif',
    tahun_rat_terakhir: 2024,
    jumlah_anggota: 20,
    volume_usaha: 0,
    pendampingan: false,
    jalur_pendampingan: null,
    nama_desa: null,
  });
  return {
    kode: '99.01.A',
    nama: 'A',
    view: { snapshot: '2025-12-31' },
    current,
    previous: null,
    all: [kecamatan('A', current.persen_cakupan_pendampingan)],
    flagship: null,
    unmentored: Array.from({ length: over.unmentored ?? 0 }, (_, i) => cooperative(i)),
    desa: [],
    activities: over.activities ?? [],
  } as unknown as Profile;
}

function kegiatan(tanggal: string, judul: string, jenis: ActivityItem['jenis_kegiatan'] = 'pelatihan_usaha'): ActivityItem {
  return { id_kegiatan: judul, tanggal, jenis_kegiatan: jenis, pelaksana: 'dinas', judul, peserta: 0, barang: null, jumlah_unit: null, anggaran: 500_000, realisasi: 0 };
}

describe("a kecamatan's brief", () => {
  it('writes acronyms as the dictionary does, inside a sentence', () => {
    const p = profile({ activities: [kegiatan('2025-11-02', 'Diskusi', 'fgd'), kegiatan('2025-10-01', 'Pelatihan')] });
    expect(kecamatanNarrative(p, id, LANGS.id.f)).toContain('Pada triwulan IV 2025 ada 2 kegiatan (FGD dan pelatihan usaha), anggaran Rp\u00a01 juta.');
    expect(kecamatanNarrative(p, en, LANGS.en.f)).toContain('In Q4 2025 there were 2 activities (focus group and business training), budget Rp\u00a01 million.');
  });

  it('joins the mentoring channels as one list', () => {
    const p = profile({ current: { didampingi: 5, didampingi_dinas: 3, didampingi_camat: 1, didampingi_pkk: 1 } });
    expect(kecamatanNarrative(p, id, LANGS.id.f)).toContain('5 koperasi aktif didampingi (50,0%, peringkat 1 dari 1): Dinas 3, Camat 1, dan PKK 1.');
    expect(kecamatanNarrative(p, en, LANGS.en.f)).toContain('5 active cooperatives are in mentoring (50.0%, rank 1 of 1): Office 3, District head 1 and PKK 1.');
  });
});

describe('labels inside a sentence', () => {
  it('lower-cases all but the words the dictionary keeps', () => {
    expect(id.summary.trendChange(metricLabel('aktif', id), '1', '2')).toBe('persentase koperasi aktif (%) 1 → 2');
    expect(id.summary.trendChange(id.indicators.persen_rat_tepat_waktu.label, '1', '2')).toBe('RAT tepat waktu 1 → 2');
    expect(id.summary.trendChange(id.indicators.shu.label, '1', '2')).toBe('SHU 1 → 2');
    expect(id.map.change(metricLabel('odoc', id))).toBe('Perubahan kecamatan dengan ODOC');
    expect(metricChangeLabel('kopdes', id)).toBe('Perubahan persentase desa dengan Kopdes Merah Putih (poin)');
    expect(en.summary.trendChange(en.indicators.shu.label, '1', '2')).toBe('surplus (SHU) 1 → 2');
    expect(en.map.change(metricLabel('odoc', en))).toBe('Change in districts with an ODOC flagship');
    expect(metricChangeLabel('kopdes', en)).toBe('Change in share of villages with a Merah Putih cooperative (points)');
    expect(inSentence('RAT tepat waktu (%)', id.words.keepCase)).toBe('RAT tepat waktu (%)');
    expect(inSentence('Desa/kelurahan dengan Kopdes Merah Putih', id.words.keepCase)).toBe('desa/kelurahan dengan Kopdes Merah Putih');
  });
});

describe('the FGD deck', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const context = (lang: 'id' | 'en') =>
    ({
      document,
      ...LANGS[lang],
      dataset: { penerbit: 'Dinas', contoh: true },
      geojson: { type: 'FeatureCollection', features: [] },
      schematic: true,
      names: new Map(),
      kecamatanHref: (kode: string) => `/kecamatan/${kode}/`,
    }) as unknown as RenderContext;
  const items = (el: Element) => [...el.querySelectorAll('li')].map((li) => li.textContent);

  it('lists the busiest kecamatan with those tied with the fifth, and none without activity', () => {
    const activity5 = [activity('A', 5), activity('B', 4), activity('C', 3), activity('D', 2), activity('E', 1), activity('F', 1), activity('G', 0)];
    const b = brief([], { activity: activity5 });
    expect(items(renderDeck(b, context('id')).activities)).toEqual(['A: 5 kegiatan', 'B: 4 kegiatan', 'C: 3 kegiatan', 'D: 2 kegiatan', 'E: 1 kegiatan', 'F: 1 kegiatan']);
    expect(items(renderDeck(b, context('en')).activities)).toEqual(['A: 5 activities', 'B: 4 activities', 'C: 3 activities', 'D: 2 activities', 'E: 1 activity', 'F: 1 activity']);
    expect(items(renderDeck(brief([], { activity: [activity('A', 0)] }), context('id')).activities)).toEqual([]);
  });

  it('counts a long tie for the last place', () => {
    const b = brief([], { activity: [activity('A', 3), ...letters(10, 1).map((n) => activity(n, 1))] });
    expect(items(renderDeck(b, context('id')).activities)).toEqual([
      'A: 3 kegiatan', 'B: 1 kegiatan', 'C: 1 kegiatan', 'D: 1 kegiatan', 'E: 1 kegiatan', 'F: 1 kegiatan', 'G: 1 kegiatan', 'H: 1 kegiatan',
      '3 kecamatan lain (masing-masing 1 kegiatan)',
    ]);
    expect(items(renderDeck(b, context('en')).activities).at(-1)).toBe('3 other districts (1 activity each)');
  });

  it('asks every question the gaps raise, and shortens a long list of kecamatan without ODOC', () => {
    // Every gap at once: no ODOC, low coverage, no activity, inactive Kopdes, RAT below target, a best practice.
    const rows = letters(12).map((n, i) => ({ ...kecamatan(n, i * 5), odoc: null }));
    const b = brief(rows, { activity: [activity('A', 0)], current: { desa_kopdes_merah_putih: 4, desa_kopdes_aktif: 1, persen_rat_tepat_waktu: 50 }, targets: { persen_rat_tepat_waktu: 90 } });
    const asked = regionQuestions(b, id, LANGS.id.f);
    expect(asked).toHaveLength(6);
    expect(items(renderDeck(b, context('id')).questions)).toEqual(asked);
    const odoc = renderDeck(b, context('id')).odoc.textContent!;
    expect(odoc).toContain(`${letters(8).join(', ')}, dan 4 lainnya`);
  });

  it('says where the inactive Kopdes Merah Putih are, under their count', () => {
    const rows = [{ ...kecamatan('A', 50), desa_kopdes_merah_putih: 4, desa_kopdes_aktif: 1 }, { ...kecamatan('B', 50), desa_kopdes_merah_putih: 2, desa_kopdes_aktif: 2 }];
    const b = brief(rows, { current: { desa_kopdes_merah_putih: 6, desa_kopdes_aktif: 3 } });
    const gaps = renderDeck(b, context('id')).gaps;
    const column = [...gaps.children].find((el) => el.querySelector('h3')?.textContent === id.deck.inactiveKopdes('3'))!;
    expect(items(column)).toEqual(['A: 3']);
  });

  it('lists the lowest coverage with those tied with the fifth', () => {
    const rows = [kecamatan('A', 0), kecamatan('B', 10), kecamatan('C', 20), kecamatan('D', 30), kecamatan('E', 40), kecamatan('F', 40), kecamatan('G', 50)];
    const gaps = renderDeck(brief(rows), context('id')).gaps;
    expect(items(gaps)).toEqual(['A: 0,0%', 'B: 10,0%', 'C: 20,0%', 'D: 30,0%', 'E: 40,0%', 'F: 40,0%']);
    const many = renderDeck(brief(letters(12).map((n) => kecamatan(n, 0))), context('en')).gaps;
    expect(items(many)).toEqual([...letters(8).map((n) => `${n}: 0.0%`), '4 other districts (0.0% each)']);
  });

  it('names one unmentored cooperative past the limit, and counts two or more', () => {
    const text = (n: number, lang: 'id' | 'en') => renderKecamatanDeck(profile({ unmentored: n }), context(lang)).unmentored;
    expect(items(text(25, 'id'))).toHaveLength(25);
    expect(text(25, 'id').textContent).not.toContain('lainnya');
    expect(items(text(26, 'id'))).toHaveLength(24);
    expect(text(26, 'id').querySelector('ul + p')?.textContent).toBe('2 lainnya');
    expect(text(26, 'en').querySelector('ul + p')?.textContent).toBe('2 more');
  });

  it('lists the most recent activities with every one of the last day', () => {
    const seven = Array.from({ length: 7 }, (_, i) => kegiatan(`2025-12-${String(20 - i).padStart(2, '0')}`, `K${i + 1}`));
    const sameDay = (n: number) => Array.from({ length: n }, (_, i) => kegiatan('2025-12-01', `S${i + 1}`));
    const recent = (activities: ActivityItem[], lang: 'id' | 'en') => items(renderKecamatanDeck(profile({ activities }), context(lang)).recent);
    expect(recent([...seven, ...sameDay(2)], 'id')).toHaveLength(9);
    expect(recent([...seven, ...sameDay(5)], 'id')).toEqual([...seven.map((a) => `${LANGS.id.f.date(a.tanggal)} — ${a.judul}`), '1 Desember 2025 — S1', '4 kegiatan lain pada 1 Desember 2025']);
    expect(recent([...seven, ...sameDay(5)], 'en').at(-1)).toBe('4 more activities on 1 December 2025');
  });
});

describe('the summaries under charts', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const context = (lang: 'id' | 'en') =>
    ({ document, ...LANGS[lang], dataset: { penerbit: 'Dinas', contoh: true }, geojson: { type: 'FeatureCollection', features: [] }, schematic: true, names: new Map(), kecamatanHref: (kode: string) => `/kecamatan/${kode}/` }) as unknown as RenderContext;
  const dashboard = (rows: KecamatanIndicators[]) =>
    ({ view: { ...defaultView({ snapshots: ['2025-12-31'], kecamatan: [] }) }, kecamatan: rows, compared: null, current: indicators('2025-12-31'), trend: [indicators('2025-12-31')], composition: [] }) as unknown as Dashboard;
  const summary = (rows: KecamatanIndicators[], lang: 'id' | 'en') => renderDashboard(dashboard(rows), context(lang), ['ranking']).ranking.querySelector('figcaption')!.textContent;

  it('names every kecamatan tied for the highest and the lowest value on the map', () => {
    const rows = [kecamatan('A', 80), kecamatan('B', 80), kecamatan('C', 20), kecamatan('D', 50), kecamatan('E', 20)];
    expect(summary(rows, 'id')).toBe('Cakupan pendampingan (%): tertinggi di A dan B (80,0%), terendah di C dan E (20,0%).');
    expect(summary(rows, 'en')).toBe('Mentoring coverage (%): highest in A and B (80.0%), lowest in C and E (20.0%).');
  });

  it('names one kecamatan when it alone has the highest value', () => {
    expect(summary([kecamatan('A', 90), kecamatan('B', 80)], 'id')).toBe('Cakupan pendampingan (%): tertinggi di A (90,0%), terendah di B (80,0%).');
  });
});
