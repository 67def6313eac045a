// The program's SQL against the independent computation: totals, budget per SIPD level, reach.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFor } from '../../src/lib/format.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { serverDocument } from '../../src/lib/node/dom.ts';
import { loadBrief } from '../../src/lib/brief.ts';
import { reportingYears } from '../../src/lib/period.ts';
import { loadProfile, parseProfileView } from '../../src/lib/profile.ts';
import { defaultView } from '../../src/lib/view.ts';
import { loadProgram, parseProgramView, programPeriod, programSearch } from '../../src/lib/program.ts';
import { renderProgram } from '../../src/lib/render/program.ts';
import { engineFor } from '../helpers/engine.ts';
import { KECIL } from '../helpers/folders.ts';
import { expectedProgram, readRawFolder } from '../helpers/independent.ts';

type Loaded = Awaited<ReturnType<typeof engineFor>>;

describe('program on the sample data', () => {
  let s: Loaded;
  const raw = readRawFolder('data');
  const years = [2024, 2025, 2026];
  beforeAll(async () => {
    s = await engineFor('data');
  });

  for (const search of ['', 'tahun=2025', 'tahun=2026&triwulan=2', 'tahun=2024&triwulan=4']) {
    it(`equals the independent computation for "${search}"`, async () => {
      const view = parseProgramView(new URLSearchParams(search), years, s.options);
      const p = await loadProgram(s.engine, view, s.options);
      const { start, end } = programPeriod(view, s.options);
      const e = expectedProgram(raw, start, end);
      expect(p.totals).toEqual({
        kegiatan: e.kegiatan, peserta_pelatihan: e.peserta_pelatihan, bazar: e.bazar, koperasi_bazar: e.koperasi_bazar,
        tenda: e.tenda, genset: e.genset, anggaran: e.anggaran, realisasi: e.realisasi,
        kecamatan_tanpa_kegiatan: e.kecamatan_tanpa_kegiatan, kecamatan_hanya_camat_pkk: e.kecamatan_hanya_camat_pkk,
      });
      for (const node of p.budget) expect({ kegiatan: node.kegiatan, anggaran: node.anggaran, realisasi: node.realisasi }, node.kode).toEqual(e.budget(node.kode));
      // Every level adds up to the activity log.
      for (const level of ['program', 'kegiatan', 'sub_kegiatan'] as const) {
        const nodes = p.budget.filter((b) => b.tingkat === level);
        expect(nodes.reduce((sum, b) => sum + b.anggaran, 0), level).toBe(e.anggaran);
        expect(nodes.reduce((sum, b) => sum + b.realisasi, 0), level).toBe(e.realisasi);
      }
      expect(p.kinds.reduce((sum, k) => sum + k.kegiatan, 0)).toBe(e.kegiatan);
      expect(p.months.reduce((sum, m) => sum + m.kegiatan, 0)).toBe(e.kegiatan);
      expect(p.pelaksana.reduce((sum, r) => sum + r.anggaran, 0)).toBe(e.anggaran);
      for (const k of p.kecamatan) expect(k.kegiatan, k.kode_kecamatan).toBe(e.perKecamatan.get(k.kode_kecamatan)!.length);
    });
  }

  it('keeps the period in the URL, canonical', () => {
    expect(programSearch(parseProgramView(new URLSearchParams('triwulan=3&tahun=2026'), years, s.options), years)).toBe('?triwulan=3');
    expect(programSearch(parseProgramView(new URLSearchParams('tahun=1999&triwulan=9'), years, s.options), years)).toBe('');
    expect(programPeriod({ year: 2024, quarter: 1 }, s.options)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('never reports an activity after the data date (the latest snapshot, 30 September 2026 in the sample)', () => {
    expect(s.options.snapshots.at(-1)).toBe('2026-09-30');
    // The sample's log runs to December; the year and its third quarter end at the data date, the fourth has not begun.
    expect(raw.kegiatan.some((g) => g.tanggal! > '2026-09-30')).toBe(true);
    expect(programPeriod({ year: 2026, quarter: null }, s.options)).toEqual({ start: '2026-01-01', end: '2026-09-30' });
    expect(programPeriod({ year: 2026, quarter: 3 }, s.options)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(parseProgramView(new URLSearchParams('tahun=2026&triwulan=4'), years, s.options)).toEqual({ year: 2026, quarter: null });
    expect(reportingYears([2024, 2025, 2026, 2027], s.options)).toEqual([2024, 2025, 2026]);
  });

  it('reports the same realisation and the same activities per kecamatan as the brief and the kecamatan pages', async () => {
    const program = await loadProgram(s.engine, parseProgramView(new URLSearchParams(), years, s.options), s.options);
    const brief = await loadBrief(s.engine, defaultView(s.options), s.options);
    expect(program.totals.realisasi).toBe(brief.yearToDate.realisasi);
    expect(program.totals.anggaran).toBe(brief.yearToDate.anggaran);
    // The independent count: log rows of the year up to the data date, per kecamatan.
    const e = expectedProgram(raw, '2026-01-01', '2026-09-30');
    for (const kode of ['32.15.01', '32.15.12']) {
      const profile = await loadProfile(s.engine, kode, kode, parseProfileView(new URLSearchParams(), s.options, kode), s.options);
      const inYear = profile.activities.filter((a) => a.tanggal.startsWith('2026-')).length;
      expect(program.kecamatan.find((k) => k.kode_kecamatan === kode)!.kegiatan, kode).toBe(inYear);
      expect(inYear, kode).toBe(e.perKecamatan.get(kode)!.length);
    }
  });
});

describe('program on the small fixture', () => {
  it('shows realization and a kecamatan without activity plainly', async () => {
    const k = await engineFor(KECIL);
    const p = await loadProgram(k.engine, parseProgramView(new URLSearchParams(), [2025], k.options), k.options);
    expect(p.totals).toMatchObject({ kegiatan: 4, anggaran: 72_500_000, realisasi: 60_100_000, tenda: 4, genset: 1, kecamatan_tanpa_kegiatan: 1, kecamatan_hanya_camat_pkk: 0 });
    expect(p.pelaksana.find((r) => r.pelaksana === 'camat')).toMatchObject({ kegiatan: 1, kecamatan: 1 });
    expect(p.budget.find((b) => b.kode === '2.17.01')).toMatchObject({ anggaran: 27_500_000, realisasi: 17_600_000 });
    expect(p.targets.find((r) => r.indikator === 'persen_koperasi_aktif')!.capaian).toBeCloseTo(83.333, 3);
    const f = formatFor('id');
    const slots = renderProgram(p, { document: serverDocument(), t, f, dataset: { penerbit: 'x', contoh: true }, geojson: { type: 'FeatureCollection', features: [] }, schematic: false, names: new Map(), kecamatanHref: (kode) => `/kecamatan/${kode}/` });
    expect(slots.figures.textContent).toContain(f.percent((100 * 60_100_000) / 72_500_000));
    expect(slots.map.textContent).toContain(t.program.mapSummary(1, '3', 'Tanjungsari'));
    expect(slots.kecamatan.querySelector('tbody tr:last-child td')!.textContent).toBe(t.program.none);
  });
});
