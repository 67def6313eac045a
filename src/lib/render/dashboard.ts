// The dashboard's view-dependent parts, rendered from a Dashboard (indicators.ts) into elements
// with any Document: the build serializes them into the static page, the browser swaps them in.
// Each part is a "slot" of the page.
import { compositionChart } from '../charts/composition.ts';
import { coverageMap } from '../charts/map.ts';
import { mentoringChart } from '../charts/mentoring.ts';
import { rank, rankingChart } from '../charts/ranking.ts';
import { markCurrent } from '../charts/markers.ts';
import { type Dashboard, type Indicators, type KecamatanIndicators, mentoringByJalur } from '../indicators.ts';
import { formatMetricChange, metricChange, metricChangeLabel, metricLabel, metricName, metricValue } from '../metrics.ts';
import { ENUMS } from '../enums.ts';
import { topWithTies } from '../rank.ts';
import type { View } from '../view.ts';
import { inSentence, names } from '../words.ts';
import { type SlotRenderer, builder, renderSlots, slotRenderer } from './dom.ts';
import { figureCards, headlineFigures } from './figures.ts';
import { type RenderContext, exportBar, section, trendSection, viewSummary } from './kit.ts';
import { dataTable } from './table.ts';

export const SLOTS = ['meta', 'view', 'figures', 'mapHeading', 'map', 'kecamatan', 'ranking', 'composition', 'mentoring', 'trend'] as const;
export type Slot = (typeof SLOTS)[number];

export const kecamatanRowId = (kode: string) => `kecamatan-${kode}`;

/** What the map, the ranking and their summary read: the kecamatan, the comparison, the metric. */
type MapInput = Pick<Dashboard, 'kecamatan' | 'compared'> & { view: Pick<View, 'metric'> };
/** What the main table reads. */
type TableInput = MapInput & Pick<Dashboard, 'current'> & { view: Pick<View, 'snapshot'> };

function mapSummary(d: MapInput, c: RenderContext): string {
  const { t, f } = c;
  const metric = d.view.metric;
  const label = metricLabel(metric, t);
  if (d.compared) {
    const before = new Map(d.compared.map((r) => [r.kode_kecamatan, r]));
    const changes = d.kecamatan.map((r) => metricChange(r, before.get(r.kode_kecamatan), metric));
    return t.summary.mapChange(metricName(metric, t), changes.filter((x) => x !== null && x > 0).length, changes.filter((x) => x !== null && x < 0).length, changes.filter((x) => x === 0).length);
  }
  if (metric === 'odoc') return t.summary.mapOdoc(d.kecamatan.filter((r) => r.odoc).length, d.kecamatan.length);
  const ranked = rank(d.kecamatan, metric, null, f, t).filter((r) => r.value !== null);
  if (ranked.length === 0) return `${label}: ${f.number(null)}`;
  // Every kecamatan tied for the highest (lowest) value is named.
  const [top, bottom] = (['highest', 'lowest'] as const).map((order) => topWithTies(ranked, 1, (r) => r.value, order));
  const named = (rows: typeof ranked) => names(rows.map((r) => r.row.nama_kecamatan), f, t, 3);
  return t.summary.map(label, named(top!), top![0]!.label, named(bottom!), bottom![0]!.label, d.kecamatan.length - ranked.length);
}

/** The main per-kecamatan table: every figure the map can show, one row per kecamatan. */
export function kecamatanTable(d: TableInput, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const before = new Map((d.compared ?? []).map((r) => [r.kode_kecamatan, r]));
  const change = d.compared
    ? [{ label: metricChangeLabel(d.view.metric, t), numeric: true, value: (r: KecamatanIndicators) => formatMetricChange(metricChange(r, before.get(r.kode_kecamatan), d.view.metric), d.view.metric, f, t) }]
    : [];
  const sum = (key: 'terdaftar' | 'aktif' | 'didampingi' | 'desa_kopdes_merah_putih' | 'kegiatan') => f.number(d.kecamatan.reduce((s, r) => s + r[key], 0));
  return dataTable(c.document, {
    caption: `${t.table.caption} — ${f.date(d.view.snapshot)}`,
    rowId: (r) => kecamatanRowId(r.kode_kecamatan),
    rows: d.kecamatan,
    columns: [
      { label: t.table.kecamatan, header: true, value: (r) => r.nama_kecamatan, href: (r) => c.kecamatanHref(r.kode_kecamatan) },
      { label: t.table.terdaftar, numeric: true, value: (r) => f.number(r.terdaftar) },
      { label: t.table.aktif, numeric: true, value: (r) => f.number(r.aktif) },
      { label: t.table.persenAktif, numeric: true, value: (r) => f.percent(r.persen_koperasi_aktif) },
      { label: t.table.didampingi, numeric: true, value: (r) => f.number(r.didampingi) },
      { label: t.table.cakupan, numeric: true, value: (r) => f.percent(r.persen_cakupan_pendampingan) },
      { label: t.table.odoc, wrap: true, value: (r) => r.odoc ?? t.table.none },
      { label: t.table.kopdes, numeric: true, value: (r) => `${f.number(r.desa_kopdes_merah_putih)}/${f.number(r.desa_total)}` },
      { label: t.table.kegiatan, numeric: true, value: (r) => f.number(r.kegiatan) },
      ...change,
    ],
    footer: [
      t.table.total,
      sum('terdaftar'),
      sum('aktif'),
      f.percent(d.current.persen_koperasi_aktif),
      sum('didampingi'),
      f.percent(d.current.persen_cakupan_pendampingan),
      f.number(d.current.kecamatan_odoc),
      `${sum('desa_kopdes_merah_putih')}/${f.number(d.current.desa_total)}`,
      sum('kegiatan'),
      ...change.map(() => ''),
    ],
  });
}

export function mapSection(d: MapInput & Pick<Dashboard, 'period'>, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const map = coverageMap(d.kecamatan, {
    document: c.document,
    t,
    f,
    metric: d.view.metric,
    compared: d.compared,
    geojson: c.geojson,
    names: c.names,
    href: c.kecamatanHref,
  });
  const hasNoData = d.view.metric !== 'odoc' && d.kecamatan.some((r) => (d.compared ? metricChange(r, d.compared.find((b) => b.kode_kecamatan === r.kode_kecamatan), d.view.metric) : metricValue(r, d.view.metric)) === null);
  const sources = [...new Set(c.geojson.features.map((g) => g.properties.sumber).filter((s) => s !== 'skematis'))];
  return h('figure', { class: 'chart map' }, [
    h('div', { class: 'chart-svg' }, [map]),
    h('ul', { class: 'notes' }, [
      hasNoData ? h('li', {}, [t.map.noData]) : null,
      d.view.metric === 'kegiatan' ? h('li', {}, [t.map.period(f.date(d.period.start), f.date(d.period.end))]) : null,
      c.schematic ? h('li', { class: 'schematic' }, [t.map.schematic]) : null,
      sources.length > 0 ? h('li', {}, [t.map.source(sources.join(', '))]) : null,
    ]),
    h('figcaption', { class: 'summary' }, [mapSummary(d, c)]),
    exportBar(c),
  ]);
}

function rankingSection(d: MapInput, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const ranked = rank(d.kecamatan, d.view.metric, d.compared, f, t);
  const label = d.compared ? metricChangeLabel(d.view.metric, t) : metricLabel(d.view.metric, t);
  const chart = rankingChart(ranked, { document: c.document, metric: d.view.metric, compared: d.compared, href: c.kecamatanHref });
  const table = dataTable(c.document, {
    rows: ranked,
    columns: [
      { label: '#', numeric: true, value: (r) => String(ranked.indexOf(r) + 1) },
      { label: t.table.kecamatan, header: true, value: (r) => r.row.nama_kecamatan, href: (r) => c.kecamatanHref(r.row.kode_kecamatan) },
      { label, numeric: d.view.metric !== 'odoc' || d.compared !== null, value: (r) => r.label },
    ],
  });
  return section(c, chart, mapSummary(d, c), table);
}

function compositionSection(d: Pick<Dashboard, 'composition'>, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const chart = compositionChart(d.composition, { document: c.document, t, f });
  const total = d.composition.reduce((s, r) => s + r.n, 0);
  const byJenis = ENUMS.jenis_koperasi.map((j) => ({
    jenis: j,
    aktif: d.composition.find((r) => r.jenis_koperasi === j && r.status === 'aktif')?.n ?? 0,
    tidak: d.composition.find((r) => r.jenis_koperasi === j && r.status === 'tidak_aktif')?.n ?? 0,
  }));
  const top = topWithTies(byJenis, 1, (r) => r.aktif + r.tidak);
  const aktif = byJenis.reduce((s, r) => s + r.aktif, 0);
  const summary = total === 0
    ? t.summary.emptyComposition
    : t.summary.composition(f.number(total), f.list(top.map((r) => inSentence(t.values.jenis_koperasi[r.jenis], t.words.keepCase))), f.number(top[0]!.aktif + top[0]!.tidak), f.percent((100 * aktif) / total));
  const table = dataTable(c.document, {
    rows: byJenis,
    columns: [
      { label: t.table.jenis, header: true, value: (r) => t.values.jenis_koperasi[r.jenis] },
      { label: t.values.status.aktif, numeric: true, value: (r) => f.number(r.aktif) },
      { label: t.values.status.tidak_aktif, numeric: true, value: (r) => f.number(r.tidak) },
      { label: t.table.total, numeric: true, value: (r) => f.number(r.aktif + r.tidak) },
    ],
    footer: [t.table.total, f.number(aktif), f.number(total - aktif), f.number(total)],
  });
  return section(c, chart, summary, table);
}

function mentoringSection(d: Pick<Dashboard, 'trend' | 'current'> & { view: Pick<View, 'snapshot'> }, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const chart = mentoringChart(d.trend, { document: c.document, t, f, current: d.view.snapshot });
  const parts = f.list(mentoringByJalur(d.current).map(({ jalur, n }) => `${t.values.jalur[jalur]} ${f.number(n)}`));
  const summary = d.current.didampingi === 0
    ? t.summary.mentoringNone(f.date(d.view.snapshot))
    : t.summary.mentoring(f.date(d.view.snapshot), f.number(d.current.didampingi), parts);
  const table = dataTable(c.document, {
    rows: d.trend,
    columns: [
      { label: t.charts.snapshot, header: true, value: (i: Indicators) => f.date(i.snapshot) },
      ...ENUMS.jalur_pendampingan.map((j) => ({ label: t.values.jalur[j], numeric: true, value: (i: Indicators) => f.number(i[`didampingi_${j}`]) })),
      { label: t.table.total, numeric: true, value: (i: Indicators) => f.number(i.didampingi) },
    ],
  });
  return section(c, chart, summary, table);
}

/** The line under the title: the date of the figures shown (the view's snapshot), and who publishes them. */
export function dataDateLine(snapshot: string, c: RenderContext): HTMLElement {
  const h = builder(c.document);
  return h('p', { class: 'dataset-meta' }, [h('strong', {}, [c.t.site.dataAsOf(c.f.date(snapshot))]), ` · ${c.t.site.publisher}: ${c.dataset.penerbit}`]);
}

const slot = slotRenderer<Dashboard, RenderContext>();
const mapInput = (d: Dashboard): MapInput => ({ kecamatan: d.kecamatan, compared: d.compared, view: { metric: d.view.metric } });

const RENDERERS: Record<Slot, SlotRenderer<Dashboard, RenderContext>> = {
  meta: slot((d) => d.view.snapshot, dataDateLine),
  view: slot((d) => ({ view: d.view }), viewSummary),
  figures: slot(
    (d) => ({ current: d.current, previous: d.previous, targets: d.targets }),
    (d, c) => figureCards(c.document, headlineFigures({ document: c.document, t: c.t, f: c.f, ...d })),
  ),
  mapHeading: slot(
    (d) => ({ metric: d.view.metric, compared: d.compared !== null }),
    (d, c) => builder(c.document)('span', {}, [c.t.map.headingOf(d.compared ? metricChangeLabel(d.metric, c.t) : metricLabel(d.metric, c.t))]),
  ),
  map: slot((d) => ({ ...mapInput(d), period: d.period }), mapSection),
  kecamatan: slot((d) => ({ ...mapInput(d), current: d.current, view: { metric: d.view.metric, snapshot: d.view.snapshot } }), kecamatanTable),
  ranking: slot(mapInput, rankingSection),
  composition: slot((d) => ({ composition: d.composition }), compositionSection),
  mentoring: slot((d) => ({ trend: d.trend, current: d.current, view: { snapshot: d.view.snapshot } }), mentoringSection),
  trend: slot((d) => ({ trend: d.trend }), (d, c) => trendSection(d.trend, c), { pick: (d) => d.view.snapshot, apply: markCurrent }),
};

export function renderDashboard(d: Dashboard, c: RenderContext): Record<Slot, HTMLElement>;
export function renderDashboard<S extends Slot>(d: Dashboard, c: RenderContext, slots: readonly S[]): Record<S, HTMLElement>;
export function renderDashboard(d: Dashboard, c: RenderContext, slots: readonly Slot[] = SLOTS) {
  return renderSlots(RENDERERS, d, c, slots);
}
