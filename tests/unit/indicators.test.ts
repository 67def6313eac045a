// The indicator SQL (run on duckdb-wasm, as on the site) against an independent computation from
// the CSV files, on the sample data and on a small fixture whose answers are worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, loadDashboard } from '../../src/lib/indicators.ts';
import { periodOf } from '../../src/lib/period.ts';
import { type Query, cooperativesSql } from '../../src/lib/sql.ts';
import { compositionSql, indicatorsSql, kecamatanSql } from '../../src/lib/indicators.ts';
import { ENUMS } from '../../src/lib/enums.ts';
import { ROLLUP_TABLE } from '../../src/lib/rollup.ts';
import { formatFor } from '../../src/lib/format.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { serverDocument } from '../../src/lib/node/dom.ts';
import { headlineFigures } from '../../src/lib/render/figures.ts';
import { type View, defaultView } from '../../src/lib/view.ts';
import { engineFor } from '../helpers/engine.ts';
import { KECIL } from '../helpers/folders.ts';
import { expectedComposition, expectedIndicators, expectedKecamatan, readRawFolder } from '../helpers/independent.ts';

type Loaded = Awaited<ReturnType<typeof engineFor>>;

function closeTo(actual: object, expected: object) {
  for (const [key, value] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[key];
    if (typeof value === 'number' && !Number.isInteger(value)) expect(got, key).toBeCloseTo(value, 9);
    else expect(got, key).toEqual(value);
  }
}

function check(d: Dashboard, dir: string, options: Loaded['options']) {
  const raw = readRawFolder(dir);
  const view = d.view;
  for (const snapshot of options.snapshots) {
    closeTo(d.trend.find((t) => t.snapshot === snapshot)!, expectedIndicators(raw, { ...view, snapshot }));
  }
  const expected = expectedKecamatan(raw, view, periodOf(view.snapshot, options));
  expect(d.kecamatan.map((k) => k.kode_kecamatan)).toEqual(expected.map((k) => k.kode_kecamatan));
  d.kecamatan.forEach((k, i) => closeTo(k, expected[i]!));
  const composition = expectedComposition(raw, view);
  for (const c of d.composition) expect(c.n, `${c.jenis_koperasi} ${c.status}`).toBe(composition.get(`${c.jenis_koperasi} ${c.status}`) ?? 0);
  expect(d.composition).toHaveLength(10);
}

describe('indicator SQL on the sample data', () => {
  let s: Loaded;
  beforeAll(async () => {
    s = await engineFor('data');
  });

  const views: [string, (o: Loaded['options']) => Partial<View>][] = [
    ['the default view', () => ({})],
    ['an older snapshot', (o) => ({ snapshot: o.snapshots[2]! })],
    ['one jenis', () => ({ jenis: ['simpan_pinjam'] })],
    ['inactive cooperatives only', () => ({ status: ['tidak_aktif'] })],
    ['mentoring by camat and PKK', () => ({ jalur: ['camat', 'pkk'] })],
    ['three kecamatan', (o) => ({ kecamatan: o.kecamatan.slice(3, 6) as string[] })],
    ['filters combined, first snapshot', (o) => ({ snapshot: o.snapshots[0]!, jenis: ['konsumen', 'jasa'], status: ['aktif'], kecamatan: [o.kecamatan[0]!] })],
  ];
  for (const [name, change] of views) {
    it(`equals the independent computation for ${name}`, async () => {
      const view = { ...defaultView(s.options), ...change(s.options) };
      check(await loadDashboard(s.engine, view, s.options), 'data', s.options);
    });
  }

  it('gives the compared snapshot per kecamatan in compare mode', async () => {
    const view = { ...defaultView(s.options), compare: s.options.snapshots[4]! };
    const d = await loadDashboard(s.engine, view, s.options);
    const raw = readRawFolder('data');
    const expected = expectedKecamatan(raw, { ...view, snapshot: view.compare! }, periodOf(view.compare!, s.options));
    d.compared!.forEach((k, i) => closeTo(k, expected[i]!));
  });

  it('measures every headline change in compare mode from the compared snapshot, and says so', async () => {
    const compare = s.options.snapshots[4]!;
    const view = { ...defaultView(s.options), snapshot: s.options.snapshots.at(-2)!, compare };
    const d = await loadDashboard(s.engine, view, s.options);
    const raw = readRawFolder('data');
    const [now, then] = [expectedIndicators(raw, view), expectedIndicators(raw, { ...view, snapshot: compare })];
    const f = formatFor('id');
    const figures = headlineFigures({ document: serverDocument(), t, f, current: d.current, previous: d.previous, targets: d.targets });
    const terdaftar = figures.find((x) => x.key === 'terdaftar')!;
    expect(terdaftar.change).toBe(t.figures.change(f.change(now.terdaftar - then.terdaftar), f.date(compare)));
    for (const x of figures) if (x.change) expect(x.change, x.key).toContain(f.date(compare));
  });

  it('gives targets only for the whole region', async () => {
    const year = Number(s.options.snapshots.at(-1)!.slice(0, 4));
    const expected = Object.fromEntries(readRawFolder('data').target.filter((t) => Number(t.tahun) === year).map((t) => [t.indikator, Number(t.nilai)]));
    expect((await loadDashboard(s.engine, defaultView(s.options), s.options)).targets).toEqual(expected);
    expect((await loadDashboard(s.engine, { ...defaultView(s.options), jenis: ['jasa'] }, s.options)).targets).toEqual({});
  });
});

describe('indicator SQL on a small fixture with known answers', () => {
  let k: Loaded;
  beforeAll(async () => {
    k = await engineFor(KECIL);
  });

  it('counts what a person counts by hand', async () => {
    const d = await loadDashboard(k.engine, defaultView(k.options), k.options);
    check(d, KECIL, k.options);
    expect(d.current).toMatchObject({
      terdaftar: 6, aktif: 5, rat_tepat_waktu: 4, persen_rat_tepat_waktu: 80, didampingi: 4,
      didampingi_dinas: 1, didampingi_camat: 2, didampingi_pkk: 1, persen_cakupan_pendampingan: 80,
      kecamatan_odoc: 2, kecamatan_total: 3, desa_kopdes_merah_putih: 1, desa_total: 6, anggota: 376, shu: 23_000_000,
    });
    expect(d.current.persen_koperasi_aktif).toBeCloseTo(83.333, 3);
    expect(d.previous).toMatchObject({ snapshot: '2025-06-30', aktif: 4, persen_rat_tepat_waktu: 50, didampingi: 2, kecamatan_odoc: 1 });
    expect(d.targets).toEqual({ persen_koperasi_aktif: 70, persen_cakupan_pendampingan: 50, kecamatan_odoc: 2 });
    expect(d.period).toEqual({ start: '2025-06-30', end: '2025-12-31' });
    expect(d.kecamatan.map((r) => r.kegiatan)).toEqual([1, 1, 0]);
  });

  it('reports an empty kecamatan and one without active cooperatives as undefined, never NaN', async () => {
    const empty = await loadDashboard(k.engine, defaultView(k.options), k.options);
    expect(empty.kecamatan[2]).toMatchObject({ kode_kecamatan: '99.01.03', terdaftar: 0, persen_koperasi_aktif: null, persen_cakupan_pendampingan: null, odoc: null });
    const inactive = await loadDashboard(k.engine, { ...defaultView(k.options), snapshot: '2025-06-30' }, k.options);
    expect(inactive.kecamatan[2]).toMatchObject({ terdaftar: 1, aktif: 0, persen_koperasi_aktif: 0, persen_cakupan_pendampingan: null });
    const none = await loadDashboard(k.engine, { ...defaultView(k.options), status: ['tidak_aktif'] }, k.options);
    expect(none.current).toMatchObject({ aktif: 0, persen_rat_tepat_waktu: null, persen_cakupan_pendampingan: null });
    for (const d of [empty, inactive, none]) expect(JSON.stringify(d)).not.toContain('NaN');
  });

  it('counts the first snapshot’s activities over the three months before it', async () => {
    const d = await loadDashboard(k.engine, { ...defaultView(k.options), snapshot: '2025-06-30' }, k.options);
    expect(d.period).toEqual({ start: '2025-03-30', end: '2025-06-30' });
    expect(d.kecamatan.map((r) => r.kegiatan)).toEqual([0, 1, 0]);
  });
});

describe('view values bound as parameters', () => {
  let k: Loaded;
  beforeAll(async () => {
    k = await engineFor(KECIL);
  });

  it('still reach the table scan as filters, so DuckDB skips the row groups of other snapshots and kecamatan', async () => {
    const { text, params } = cooperativesSql({ kecamatan: ['99.01.02'], jenis: [], status: [], jalur: [] }, ['2025-12-31']);
    expect(text).not.toContain('99.01.02');
    // EXPLAIN EXECUTE shows the plan a prepared statement runs with its values.
    await k.engine.query(`PREPARE scan AS SELECT count(*) FROM (${text})`);
    const plan = await k.engine.query<{ explain_value: string }>(`EXPLAIN EXECUTE scan(${params.map((p) => `'${p}'`).join(', ')})`);
    const scan = plan.map((r) => r.explain_value).join('\n');
    expect(scan).toContain("kode_kecamatan='99.01.02'");
    expect(scan).toContain("snapshot='2025-12-31'::DATE");
  });

  it('write any choice of 2 to 4 values in the same filters as one statement, so the browser prepares it once', () => {
    const base = defaultView(k.options);
    const period = periodOf(base.snapshot, k.options);
    const choices = [2, 3, 4].map((n) => ({ ...base, jenis: ENUMS.jenis_koperasi.slice(0, n), jalur: ENUMS.jalur_pendampingan.slice(0, 2 + (n % 2)) }));
    for (const [name, write] of [
      ['trend', (v: View) => indicatorsSql(v)],
      ['kecamatan', (v: View) => kecamatanSql(v, v.snapshot, period)],
      ['composition', (v: View) => compositionSql(v, v.snapshot)],
    ] as const) {
      expect(new Set(choices.map((v) => write(v).text)).size, name).toBe(1);
    }
  });

  /** The tables a query's plan scans (EXPLAIN EXECUTE, as a prepared statement runs it). */
  async function scanned(query: Query, name: string): Promise<string> {
    await k.engine.query(`PREPARE ${name} AS ${query.text}`);
    const args = query.params.map((p) => (typeof p === 'number' ? String(p) : `'${p}'`)).join(', ');
    const plan = await k.engine.query<{ explain_value: string }>(`EXPLAIN EXECUTE ${name}${args ? `(${args})` : ''}`);
    return plan.map((r) => r.explain_value).join('\n');
  }

  it('read the roll-up per snapshot × kecamatan for a view without row filters, the cooperatives otherwise', async () => {
    const none = { ...defaultView(k.options), kecamatan: ['99.01.02'] };
    const period = periodOf(none.snapshot, k.options);
    for (const [name, query] of [['trend', indicatorsSql(none)], ['kecamatan', kecamatanSql(none, none.snapshot, period)]] as const) {
      const plan = await scanned(query, `rollup_${name}`);
      expect(plan, name).toContain(ROLLUP_TABLE);
      expect(plan, name).not.toMatch(/Table: koperasi\b/);
    }
    const filtered = { ...none, status: ['aktif' as const] };
    const plan = await scanned(indicatorsSql(filtered), 'filtered_trend');
    expect(plan).toMatch(/Table: koperasi\b/);
    expect(plan).not.toContain(ROLLUP_TABLE);
  });
});
