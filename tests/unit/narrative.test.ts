// The brief's sentences are written from the figures: each branch (0, 1, many; no previous
// snapshot; nothing fell) reads as a sentence, and none shows a raw value.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Brief, loadBrief } from '../../src/lib/brief.ts';
import { quarterUntil } from '../../src/lib/period.ts';
import { formatFor } from '../../src/lib/format.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { kecamatanNarrative, kecamatanQuestions, regionNarrative, regionQuestions } from '../../src/lib/narrative.ts';
import { names } from '../../src/lib/words.ts';
import { loadProfile, parseProfileView } from '../../src/lib/profile.ts';
import { cssString } from '../../src/lib/render/brief.ts';
import { defaultView } from '../../src/lib/view.ts';
import { engineFor } from '../helpers/engine.ts';
import { KECIL } from '../helpers/folders.ts';

const f = formatFor('id');

function sentences(lines: string[]) {
  for (const line of lines) {
    expect(line).toMatch(/^[A-Z0-9].*[.?]$/);
    expect(line).not.toMatch(/NaN|undefined|null|\[object/);
  }
  return lines;
}

describe('the region brief', () => {
  let brief: Brief;
  beforeAll(async () => {
    const k = await engineFor(KECIL);
    brief = await loadBrief(k.engine, defaultView(k.options), k.options);
  });
  const vary = (change: (b: Brief) => void): string[] => {
    const copy = structuredClone(brief);
    change(copy);
    return sentences(regionNarrative(copy, t, f));
  };

  it('says what the small fixture shows, in sentences', () => {
    const lines = vary(() => {});
    expect(lines[0]).toBe(t.brief.state(f.date('2025-12-31'), '6', '5', f.percent((100 * 5) / 6)));
    expect(lines).toContain(t.brief.noneFell);
    expect(lines).toContain(t.brief.odocLag(1, 'Tanjungsari'));
    expect(lines).toContain(t.brief.budget(2025, f.date('2025-12-31'), f.rupiah(60_100_000), f.rupiah(72_500_000), f.percent((100 * 60.1) / 72.5)));
    expect(lines).toContain(t.brief.targets(2025, 3, 3, '', ''));
  });

  it('handles none, one and many kecamatan without ODOC', () => {
    expect(vary((b) => b.dashboard.kecamatan.forEach((k) => (k.odoc = 'X')))).toContain(t.brief.odocNone('3'));
    expect(vary(() => {}).join(' ')).toContain('Satu kecamatan belum punya koperasi ODOC: Tanjungsari.');
    expect(vary((b) => b.dashboard.kecamatan.forEach((k) => (k.odoc = null)))).toContain('3 kecamatan belum punya koperasi ODOC: Kota Lama, Sukamaju, dan Tanjungsari.');
  });

  it('handles none, one and many kecamatan without activity this quarter', () => {
    const quarter = t.brief.quarter(4, 2025);
    expect(vary((b) => b.quarterActivity.forEach((k) => (k.kegiatan = 2)))).toContain(t.brief.allActive(quarter));
    expect(vary((b) => b.quarterActivity.forEach((k, i) => (k.kegiatan = i === 0 ? 0 : 1)))).toContain(`Satu kecamatan belum mendapat kegiatan pada ${quarter}: Kota Lama.`);
    expect(vary((b) => b.quarterActivity.forEach((k) => (k.kegiatan = 0)))).toContain(`3 kecamatan belum mendapat kegiatan pada ${quarter}: Kota Lama, Sukamaju, dan Tanjungsari.`);
  });

  it('writes the first snapshot, a fall, no budget, no active Kopdes and unmet targets plainly', () => {
    expect(vary((b) => (b.dashboard.previous = null))).toContain(t.brief.firstSnapshot);
    const fell = vary((b) => (b.dashboard.previous!.aktif = 9));
    expect(fell.join(' ')).toContain(`Penurunan terbesar: koperasi aktif dari 9 menjadi 5 (${f.change(-4)}).`);
    expect(vary((b) => (b.yearToDate.anggaran = 0))).toContain(t.brief.budgetNone(2025));
    expect(vary((b) => (b.dashboard.current.desa_kopdes_aktif = 0)).join(' ')).toContain('belum ada yang aktif.');
    expect(vary((b) => (b.dashboard.targets = { persen_koperasi_aktif: 99 }))).toContain('Satu-satunya target 2025 (persentase koperasi aktif) belum tercapai.');
    expect(vary((b) => (b.dashboard.targets = { persen_koperasi_aktif: 1 }))).toContain('Satu-satunya target 2025 (persentase koperasi aktif) sudah tercapai.');
    expect(vary((b) => (b.dashboard.targets = { persen_koperasi_aktif: 99, kecamatan_odoc: 3 }))).toContain(
      'Belum ada dari 2 target 2025 yang tercapai: persentase koperasi aktif dan kecamatan dengan ODOC.',
    );
    expect(vary((b) => b.dashboard.kecamatan.forEach((k) => (k.persen_cakupan_pendampingan = 0)))).toContain(
      '3 kecamatan belum punya satu pun koperasi aktif yang didampingi: Kota Lama, Sukamaju, dan Tanjungsari.',
    );
  });

  it('always leaves the FGD something to discuss', () => {
    const questions = regionQuestions(brief, t, f);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q).toMatch(/\?$/);
  });
});

describe('a kecamatan brief', () => {
  it('reads right for a full, a small and an empty kecamatan', async () => {
    const k = await engineFor(KECIL);
    const load = (kode: string, search = '') => loadProfile(k.engine, kode, { '99.01.01': 'Kota Lama', '99.01.03': 'Tanjungsari' }[kode]!, parseProfileView(new URLSearchParams(search), k.options, kode), k.options);
    const full = sentences(kecamatanNarrative(await load('99.01.01'), t, f));
    expect(full[0]).toBe(`Kecamatan Kota Lama punya 3 koperasi; 3 aktif (${f.percent(100)}, peringkat 1 dari 2).`);
    expect(full).toContain(t.brief.kecamatanUnmentored(0));
    expect(full).toContain(t.brief.kecamatanOdoc('Koperasi Pasar Sejahtera', f.date('2025-06-30')));
    const earlier = sentences(kecamatanNarrative(await load('99.01.01', 'snapshot=2025-06-30'), t, f));
    expect(earlier).toContain('Satu koperasi aktif belum didampingi.');
    const empty = sentences(kecamatanNarrative(await load('99.01.03'), t, f));
    expect(empty).toEqual([t.brief.kecamatanEmpty('Tanjungsari'), t.brief.kecamatanNoOdoc, t.brief.kopdesNone, t.brief.kecamatanNoActivity(t.brief.quarter(4, 2025))]);
    expect(kecamatanQuestions(await load('99.01.03'), t, f).length).toBeGreaterThan(0);
  });
});

describe('helpers', () => {
  it('shortens long lists of names', () => {
    expect(names(['A'], f, t)).toBe('A');
    expect(names(['A', 'B', 'C', 'D'], f, t, 2)).toBe('A, B, dan 2 lainnya');
  });

  it('finds the quarter of a snapshot', () => {
    expect(quarterUntil('2026-09-30')).toEqual({ start: '2026-07-01', end: '2026-09-30', quarter: 3, year: 2026 });
    expect(quarterUntil('2025-02-14')).toMatchObject({ start: '2025-01-01', quarter: 1 });
  });

  it('keeps names from the data inside a CSS string', () => {
    expect(cssString('Dinas "A" \\ </style><script>')).toBe('"Dinas \\"A\\" \\\\ \\3c /style>\\3c script>"');
  });
});
