// The kecamatan profile's SQL against the independent computation from the CSV files.
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE, cooperativesInViewSql, loadProfile, parseProfileView, profileSearch, rankOf } from '../../src/lib/profile.ts';
import { engineFor } from '../helpers/engine.ts';
import { KECIL } from '../helpers/folders.ts';
import { expectedProfile, expectedRank, readRawFolder } from '../helpers/independent.ts';

type Loaded = Awaited<ReturnType<typeof engineFor>>;

describe('kecamatan profile on the sample data', () => {
  let s: Loaded;
  const raw = readRawFolder('data');
  beforeAll(async () => {
    s = await engineFor('data');
  });

  for (const [kode, search] of [['32.15.05', ''], ['32.15.01', 'snapshot=2025-09-30&status=aktif'], ['32.15.12', 'jalur=camat&jalur=pkk']] as const) {
    it(`equals the independent computation for ${kode} ${search}`, async () => {
      const view = parseProfileView(new URLSearchParams(search), s.options, kode);
      const p = await loadProfile(s.engine, kode, 'x', view, s.options);
      const expected = expectedProfile(raw, kode, view);
      expect(p.flagship && { ...p.flagship, id_koperasi: undefined }).toEqual(expected.flagship && { ...expected.flagship, id_koperasi: undefined });
      expect(p.unmentored.map((c) => c.id_koperasi).sort()).toEqual(expected.unmentored);
      expect(p.desa.map((d) => ({ kode_desa: d.kode_desa, status: d.status })).sort((a, b) => a.kode_desa.localeCompare(b.kode_desa))).toEqual(expected.desa);
      expect(p.activities.map((a) => a.id_kegiatan).sort()).toEqual(expected.activities);
      expect(p.cooperatives.total).toBe(expected.cooperatives.length);
      // Ranks among all kecamatan, from the independent per-kecamatan values.
      const aktif = new Map(p.all.map((k) => [k.kode_kecamatan, k.persen_koperasi_aktif]));
      expect(rankOf(p.all, kode, (k) => k.persen_koperasi_aktif)).toEqual(expectedRank(aktif, kode));
    });
  }

  it('sorts, searches and pages the cooperatives table', async () => {
    const kode = '32.15.05';
    const all = expectedProfile(raw, kode, { snapshot: s.options.snapshots.at(-1)! }).cooperatives;
    const byMembers = [...all].sort((a, b) => b.jumlah_anggota - a.jumlah_anggota || a.nama_koperasi.localeCompare(b.nama_koperasi));
    const page2 = await loadProfile(s.engine, kode, 'x', parseProfileView(new URLSearchParams('urut=anggota&hal=2'), s.options, kode), s.options);
    expect(page2.cooperatives.rows.map((r) => r.jumlah_anggota)).toEqual(byMembers.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((r) => r.jumlah_anggota));
    expect(page2.cooperatives.pages).toBe(Math.ceil(all.length / PAGE_SIZE));
    const found = await loadProfile(s.engine, kode, 'x', parseProfileView(new URLSearchParams('cari=MERAH putih'), s.options, kode), s.options);
    expect(found.cooperatives.rows.map((r) => r.id_koperasi).sort()).toEqual(all.filter((r) => /merah putih/i.test(r.nama_koperasi)).map((r) => r.id_koperasi).sort());
    // Wildcards typed by a person are text, not patterns.
    const literal = await loadProfile(s.engine, kode, 'x', parseProfileView(new URLSearchParams('cari=%_'), s.options, kode), s.options);
    expect(literal.cooperatives.total).toBe(0);
    // A search is a bound parameter: a quote is a letter, and no typed text becomes SQL.
    const quoted = parseProfileView(new URLSearchParams("cari=x' OR 1=1 --"), s.options, kode);
    expect((await loadProfile(s.engine, kode, 'x', quoted, s.options)).cooperatives.total).toBe(0);
    const query = cooperativesInViewSql(quoted);
    expect(query.text).not.toContain('OR 1=1');
    expect(query.text).not.toContain(kode);
    expect(query.params).toContain(kode);
    const beyond = await loadProfile(s.engine, kode, 'x', parseProfileView(new URLSearchParams('hal=99'), s.options, kode), s.options);
    expect(beyond.cooperatives).toMatchObject({ rows: [], total: all.length });
  });

  it('keeps a canonical URL for the view', () => {
    const view = parseProfileView(new URLSearchParams('hal=2&urut=volume&snapshot=bogus&jenis=jasa&kecamatan=32.15.09'), s.options, '32.15.05');
    expect(profileSearch(view, s.options)).toBe('?jenis=jasa&urut=volume&hal=2');
  });
});

describe('kecamatan profile on the small fixture', () => {
  it('says plainly what an empty kecamatan lacks', async () => {
    const k = await engineFor(KECIL);
    const view = parseProfileView(new URLSearchParams(), k.options, '99.01.03');
    const p = await loadProfile(k.engine, '99.01.03', 'Tanjungsari', view, k.options);
    expect(p.flagship).toBeNull();
    expect(p.unmentored).toEqual([]);
    expect(p.activities).toEqual([]);
    expect(p.cooperatives).toEqual({ rows: [], total: 0, page: 1, pages: 1, names: [] });
    expect(p.desa).toMatchObject([{ nama_desa: 'Tanjungsari', koperasi: null, status: null }]);
    expect(p.current).toMatchObject({ terdaftar: 0, persen_koperasi_aktif: null });
    const sukamaju = await loadProfile(k.engine, '99.01.02', 'Sukamaju', parseProfileView(new URLSearchParams(), k.options, '99.01.02'), k.options);
    expect(sukamaju.flagship).toEqual({ id_koperasi: 'K4', nama_koperasi: 'Koperasi Pemasaran Sukamaju', jenis_koperasi: 'pemasaran', jumlah_anggota: 64, sejak: '2025-12-31' });
    expect(sukamaju.desa.map((d) => [d.nama_desa, d.status])).toEqual([['Mekarsari', 'aktif'], ['Sukamaju', null]]);
  });
});
