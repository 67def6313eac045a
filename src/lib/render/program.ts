// The program page's slots, rendered with any Document (as the dashboard).
import { indicator } from '../catalogue.ts';
import { kecamatanChart, kindsChart, monthsChart } from '../charts/activities.ts';
import { activityMap } from '../charts/activity-map.ts';
import { ENUMS } from '../enums.ts';
import { topWithTies } from '../rank.ts';
import { formatValue, labelWithUnit } from '../units.ts';
import { inSentence, names } from '../words.ts';
import type { BudgetRow, KecamatanActivity, KindRow, MonthRow, PelaksanaRow, Program, TargetAchievement } from '../program.ts';
import { type RenderContext, exportBar, section } from './kit.ts';
import { builder } from './dom.ts';
import { type Figure, figureCards } from './figures.ts';
import { dataTable } from './table.ts';

export const PROGRAM_SLOTS = ['view', 'figures', 'pelaksana', 'map', 'kind', 'month', 'kecamatan', 'budget', 'targets'] as const;
export type ProgramSlot = (typeof PROGRAM_SLOTS)[number];

const ratio = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

export function periodLabel(p: Program, c: RenderContext): string {
  const { t, f } = c;
  const label = p.view.quarter ? `${t.program.quarterName(p.view.quarter)} ${p.view.year}` : String(p.view.year);
  return t.program.period(label, f.date(p.period.start), f.date(p.period.end));
}

function figures(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const x = p.totals;
  const cards: Figure[] = [
    { key: 'kegiatan', label: t.program.figures.kegiatan, value: f.number(x.kegiatan) },
    { key: 'pelatihan', label: t.program.figures.pelatihan, value: f.number(x.peserta_pelatihan) },
    { key: 'bazar', label: t.program.figures.bazar, value: f.number(x.bazar), detail: t.program.figures.bazarDetail(f.number(x.koperasi_bazar)) },
    { key: 'sarpras', label: t.program.figures.sarpras, value: t.program.figures.sarprasValue(f.number(x.tenda), f.number(x.genset)) },
    {
      key: 'anggaran',
      label: t.program.figures.anggaran,
      value: f.percent(ratio(x.realisasi, x.anggaran)),
      detail: t.program.figures.anggaranDetail(f.rupiah(x.realisasi), f.rupiah(x.anggaran)),
    },
    { key: 'tanpa', label: t.program.figures.tanpa, value: t.figures.ofTotal(f.number(x.kecamatan_tanpa_kegiatan), f.number(p.kecamatan.length)) },
  ];
  return figureCards(c.document, cards);
}

function pelaksana(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const col = t.program.columns;
  const who = (r: PelaksanaRow) => t.values.jalur[r.pelaksana];
  const parts = f.list(p.pelaksana.map((r) => `${who(r)} ${f.number(r.kecamatan)}`));
  return h('div', {}, [
    h('p', { class: 'summary' }, [t.program.reach(parts, p.totals.kecamatan_hanya_camat_pkk)]),
    dataTable(c.document, {
      rows: p.pelaksana,
      columns: [
        { label: col.pelaksana, header: true, value: who },
        { label: col.kegiatan, numeric: true, value: (r) => f.number(r.kegiatan) },
        { label: col.kecamatan, numeric: true, value: (r) => f.number(r.kecamatan) },
        { label: col.peserta, numeric: true, value: (r) => f.number(r.peserta) },
        { label: col.anggaran, numeric: true, value: (r) => f.rupiahExact(r.anggaran) },
        { label: col.realisasi, numeric: true, value: (r) => f.rupiahExact(r.realisasi) },
      ],
    }),
  ]);
}

function map(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const without = p.kecamatan.filter((k) => k.kegiatan === 0);
  return h('figure', { class: 'chart map' }, [
    h('div', { class: 'chart-svg' }, [activityMap(p.kecamatan, { document: c.document, geojson: c.geojson, names: c.names, href: c.kecamatanHref, t, f })]),
    h('ul', { class: 'notes' }, [without.length > 0 ? h('li', {}, [t.program.mapNone]) : null, c.schematic ? h('li', { class: 'schematic' }, [t.map.schematic]) : null]),
    h('figcaption', { class: 'summary' }, [t.program.mapSummary(without.length, f.number(p.kecamatan.length), names(without.map((k) => k.nama_kecamatan), f, t))]),
    exportBar(c),
  ]);
}

function kinds(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const col = t.program.columns;
  const top = topWithTies(p.kinds, 1, (r) => r.kegiatan);
  const label = (r: KindRow) => t.values.jenis_kegiatan[r.jenis_kegiatan];
  const table = dataTable(c.document, {
    rows: p.kinds,
    columns: [
      { label: col.jenis, header: true, value: label },
      { label: col.kegiatan, numeric: true, value: (r) => f.number(r.kegiatan) },
      { label: col.peserta, numeric: true, value: (r) => f.number(r.peserta) },
      { label: col.anggaran, numeric: true, value: (r) => f.rupiahExact(r.anggaran) },
      { label: col.realisasi, numeric: true, value: (r) => f.rupiahExact(r.realisasi) },
      { label: col.persen, numeric: true, value: (r) => f.percent(ratio(r.realisasi, r.anggaran)) },
    ],
    footer: [t.table.total, f.number(p.totals.kegiatan), f.number(p.kinds.reduce((s, r) => s + r.peserta, 0)), f.rupiahExact(p.totals.anggaran), f.rupiahExact(p.totals.realisasi), f.percent(ratio(p.totals.realisasi, p.totals.anggaran))],
  });
  return section(c, kindsChart(p.kinds, { document: c.document, t, f }), t.program.kindSummary(f.list(top.map((r) => inSentence(label(r), t.words.keepCase))), f.number(top[0]?.kegiatan ?? 0), f.number(p.totals.kegiatan)), table);
}

function months(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const col = t.program.columns;
  const byMonth = [...new Set(p.months.map((m) => m.bulan))].map((bulan) => {
    const of = (who: string) => p.months.find((m) => m.bulan === bulan && m.pelaksana === who)?.kegiatan ?? 0;
    return { bulan, dinas: of('dinas'), camat: of('camat'), pkk: of('pkk') };
  });
  type Month = (typeof byMonth)[number];
  const total = (m: Month) => m.dinas + m.camat + m.pkk;
  const top = topWithTies(byMonth, 1, total);
  const table = dataTable(c.document, {
    rows: byMonth,
    columns: [
      { label: col.bulan, header: true, value: (m: Month) => f.monthShort(`${m.bulan}-01`) },
      ...ENUMS.pelaksana.map((who) => ({ label: t.values.jalur[who], numeric: true, value: (m: Month) => f.number(m[who]) })),
      { label: t.table.total, numeric: true, value: (m: Month) => f.number(total(m)) },
    ],
  });
  return section(c, monthsChart(p.months as MonthRow[], { document: c.document, t, f }), t.program.monthSummary(f.list(top.map((m) => f.monthShort(`${m.bulan}-01`))), f.number(top[0] ? total(top[0]) : 0)), table);
}

function kecamatan(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const col = t.program.columns;
  const top = topWithTies(p.kecamatan, 1, (r) => r.kegiatan);
  const sum = (key: keyof KecamatanActivity) => f.number(p.kecamatan.reduce((s, r) => s + (r[key] as number), 0));
  const table = dataTable(c.document, {
    rows: p.kecamatan,
    columns: [
      { label: t.table.kecamatan, header: true, value: (r) => r.nama_kecamatan, href: (r) => c.kecamatanHref(r.kode_kecamatan) },
      { label: col.kegiatan, numeric: true, value: (r) => (r.kegiatan === 0 ? t.program.none : f.number(r.kegiatan)) },
      ...ENUMS.pelaksana.map((who) => ({ label: t.values.jalur[who], numeric: true, value: (r: KecamatanActivity) => f.number(r[who]) })),
      { label: col.peserta, numeric: true, value: (r) => f.number(r.peserta) },
      { label: col.bazar, numeric: true, value: (r) => f.number(r.bazar) },
      { label: col.tenda, numeric: true, value: (r) => f.number(r.tenda) },
      { label: col.genset, numeric: true, value: (r) => f.number(r.genset) },
      { label: col.lainnya, numeric: true, value: (r) => f.number(r.lainnya) },
    ],
    footer: [t.table.total, sum('kegiatan'), sum('dinas'), sum('camat'), sum('pkk'), sum('peserta'), sum('bazar'), sum('tenda'), sum('genset'), sum('lainnya')],
  });
  return section(c, kecamatanChart(p.kecamatan, { document: c.document, t, f, href: c.kecamatanHref }), t.program.kecamatanSummary(names(top.map((r) => r.nama_kecamatan), f, t, 3), f.number(top[0]?.kegiatan ?? 0)), table);
}

function budget(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const col = t.program.columns;
  const depth = { program: 0, kegiatan: 1, sub_kegiatan: 2 } as const;
  const table = dataTable(c.document, {
    rows: p.budget,
    columns: [
      { label: col.kode, value: (r: BudgetRow) => r.kode },
      {
        label: col.nama,
        header: true,
        wrap: true,
        value: (r: BudgetRow) =>
          `${'— '.repeat(depth[r.tingkat])}${r.nama}` + (r.tingkat !== 'sub_kegiatan' && r.langsung_anggaran > 0 ? ` (${f.rupiahExact(r.langsung_anggaran)} ${t.program.budgetDirect})` : ''),
      },
      { label: col.tingkat, value: (r: BudgetRow) => t.values.tingkat[r.tingkat] },
      { label: col.kegiatan, numeric: true, value: (r: BudgetRow) => f.number(r.kegiatan) },
      { label: col.anggaran, numeric: true, value: (r: BudgetRow) => f.rupiahExact(r.anggaran) },
      { label: col.realisasi, numeric: true, value: (r: BudgetRow) => f.rupiahExact(r.realisasi) },
      { label: col.persen, numeric: true, value: (r: BudgetRow) => f.percent(ratio(r.realisasi, r.anggaran)) },
    ],
    footer: [t.table.total, '', '', f.number(p.totals.kegiatan), f.rupiahExact(p.totals.anggaran), f.rupiahExact(p.totals.realisasi), f.percent(ratio(p.totals.realisasi, p.totals.anggaran))],
  });
  return h('div', { class: 'budget' }, [
    h('p', { class: 'summary' }, [t.program.budgetSummary(f.rupiah(p.totals.realisasi), f.rupiah(p.totals.anggaran), f.percent(ratio(p.totals.realisasi, p.totals.anggaran)))]),
    table,
  ]);
}

function targets(p: Program, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  if (p.targets.length === 0) return h('p', { class: 'plain' }, [t.program.noTargets]);
  const col = t.program.columns;
  const value = (r: TargetAchievement, v: number | null) => formatValue(indicator(r.indikator).unit, v, f);
  return h('div', {}, [
    h('p', { class: 'summary' }, [t.program.targetsNote]),
    dataTable(c.document, {
      rows: p.targets,
      columns: [
        { label: col.tahun, value: (r) => String(r.tahun) },
        { label: col.indikator, header: true, value: (r) => labelWithUnit(indicator(r.indikator).unit, t.indicators[r.indikator].label) },
        { label: col.target, numeric: true, value: (r) => value(r, r.nilai) },
        { label: col.capaian, numeric: true, value: (r) => (r.capaian === null ? f.number(null) : `${value(r, r.capaian)} (${f.date(r.snapshot!)})`) },
        {
          label: col.status,
          value: (r) => (r.capaian === null ? t.program.targetStatus.noData : r.capaian >= r.nilai ? t.program.targetStatus.met : t.program.targetStatus.notMet),
        },
      ],
    }),
  ]);
}

export function renderProgram(p: Program, c: RenderContext): Record<ProgramSlot, HTMLElement> {
  const h = builder(c.document);
  return {
    view: h('p', { class: 'view-summary' }, [h('strong', {}, [periodLabel(p, c)])]),
    figures: figures(p, c),
    pelaksana: pelaksana(p, c),
    map: map(p, c),
    kind: kinds(p, c),
    month: months(p, c),
    kecamatan: kecamatan(p, c),
    budget: budget(p, c),
    targets: targets(p, c),
  };
}
