// A kecamatan's profile, rendered into the page's slots with any Document (as the dashboard).
import { type FigureSpec, type KecamatanKey, TRENDS, indicator } from '../catalogue.ts';
import { desaMap, kopdesState } from '../charts/desa-map.ts';
import { markCurrent } from '../charts/markers.ts';
import { type Indicators, mentoringByJalur } from '../indicators.ts';
import { type ActivityItem, type CooperativeItem, type DesaItem, PAGE_SIZE, PROFILE_PARAMS, type Profile, type ProfileView, cooperativeRowId, desaRowId, rankOf } from '../profile.ts';
import { inSentence } from '../words.ts';
import { type SlotRenderer, builder, renderSlots, slotRenderer } from './dom.ts';
import { type RenderContext, section, trendSection, viewSummary } from './kit.ts';
import { figureCards, headlineFigures } from './figures.ts';
import { dataTable, foldLong } from './table.ts';

export const PROFILE_SLOTS = ['meta', 'view', 'figures', 'odoc', 'mentoring', 'desa', 'cooperatives', 'activities', 'trend'] as const;
export type ProfileSlot = (typeof PROFILE_SLOTS)[number];

/** The form the page's table controls belong to (buttons in slots submit it). */
export const FORM_ID = 'dasbor-filter';

/** A kecamatan has one ODOC flagship or none: it has its own section, not a figure or a trend. */
const FLAGSHIP = 'kecamatan_odoc';

/** The line under the page's title: the date of the figures shown (the view's snapshot), and who publishes them. */
function dateLine(snapshot: string, c: RenderContext): HTMLElement {
  return builder(c.document)('p', { class: 'dataset-meta' }, [`${c.t.profile.intro(c.f.date(snapshot))} ${c.t.site.publisher}: ${c.dataset.penerbit}.`]);
}

function figures(p: Pick<Profile, 'kode' | 'region' | 'current' | 'previous' | 'all'>, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const region = headlineFigures({ document: c.document, t, f, current: p.region, previous: null, targets: {} });
  const cards = headlineFigures({ document: c.document, t, f, current: p.current, previous: p.previous, targets: {} })
    .filter((fig) => fig.key !== FLAGSHIP)
    .map((fig) => {
      const by = (indicator(fig.key) as { figure?: FigureSpec }).figure?.rank as KecamatanKey | undefined;
      const rank = by ? rankOf(p.all, p.kode, (k) => k[by]) : null;
      const regional = region.find((r) => r.key === fig.key)!;
      const context = [t.profile.regionValue(regional.value), rank ? t.profile.rank(f.number(rank.rank), f.number(rank.of)) : null].filter(Boolean).join(' · ');
      return { ...fig, detail: fig.detail ? `${fig.detail} · ${context}` : context };
    });
  return figureCards(c.document, cards);
}

function flagship(p: Pick<Profile, 'flagship'>, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  if (!p.flagship) return h('p', { class: 'plain' }, [t.profile.odocNone]);
  const o = p.flagship;
  return h('p', { class: 'flagship' }, [
    h('strong', {}, [`★ ${o.nama_koperasi}`]),
    ` — ${t.values.jenis_koperasi[o.jenis_koperasi]}, ${t.profile.members(f.number(o.jumlah_anggota))}, ${t.profile.odocSince(f.date(o.sejak))}.`,
  ]);
}

function cooperativeColumns(c: RenderContext) {
  const { t, f } = c;
  const col = t.profile.columns;
  return {
    nama: { label: col.nama, header: true, wrap: true, value: (r: CooperativeItem) => r.nama_koperasi },
    jenis: { label: col.jenis, value: (r: CooperativeItem) => t.values.jenis_koperasi[r.jenis_koperasi] },
    status: { label: col.status, value: (r: CooperativeItem) => t.values.status[r.status] },
    rat: { label: col.rat, numeric: true, value: (r: CooperativeItem) => (r.tahun_rat_terakhir === null ? f.number(null) : String(r.tahun_rat_terakhir)) },
    anggota: { label: col.anggota, numeric: true, value: (r: CooperativeItem) => f.number(r.jumlah_anggota) },
    volume: { label: col.volume, numeric: true, value: (r: CooperativeItem) => f.rupiahExact(r.volume_usaha) },
    pendampingan: {
      label: col.pendampingan,
      value: (r: CooperativeItem) => (r.pendampingan ? t.profile.mentored(r.jalur_pendampingan ? t.values.jalur[r.jalur_pendampingan] : '') : t.profile.notMentored),
    },
    desa: { label: col.desa, value: (r: CooperativeItem) => r.nama_desa ?? f.number(null) },
  };
}

function mentoring(p: Pick<Profile, 'current' | 'unmentored'>, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const i: Indicators = p.current;
  const parts = f.list(mentoringByJalur(i).map(({ jalur, n }) => `${t.values.jalur[jalur]} ${f.number(n)}`));
  const columns = cooperativeColumns(c);
  return h('div', {}, [
    h('p', { class: 'summary' }, [i.aktif === 0 ? t.profile.mentoringNoActive : t.profile.mentoringSummary(f.number(i.didampingi), f.number(i.aktif), parts)]),
    h('h3', {}, [p.unmentored.length === 0 ? t.profile.unmentoredNone : t.profile.unmentoredHeading(f.number(p.unmentored.length))]),
    p.unmentored.length > 0
      ? foldLong(c.document, p.unmentored.length, t.table.showRows(f.number(p.unmentored.length)), dataTable(c.document, { rows: p.unmentored, columns: [columns.nama, columns.jenis, columns.desa, columns.rat, columns.anggota] }))
      : null,
  ]);
}

function desa(p: Pick<Profile, 'kode' | 'desa'>, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const col = t.profile.columns;
  const withKopdes = p.desa.filter((d) => d.status !== null);
  const summary = t.profile.desaSummary(f.number(withKopdes.length), f.number(p.desa.length), f.number(withKopdes.filter((d) => d.status === 'aktif').length));
  const table = dataTable(c.document, {
    rows: p.desa,
    rowId: (d) => desaRowId(d.kode_desa),
    columns: [
      { label: col.desa, header: true, value: (d: DesaItem) => d.nama_desa },
      { label: col.jenisDesa, value: (d: DesaItem) => t.values.jenis_desa[d.jenis] },
      { label: col.kopdes, wrap: true, value: (d: DesaItem) => d.koperasi ?? t.table.none },
      { label: col.kopdesStatus, value: (d: DesaItem) => kopdesState(d, t) },
    ],
  });
  const boundary = c.geojson.features.filter((g) => g.properties.kode_kecamatan === p.kode);
  const located = p.desa.some((d) => d.lat !== null && d.lon !== null);
  const h = builder(c.document);
  if (!located || boundary.length === 0) return h('figure', { class: 'chart' }, [h('figcaption', { class: 'summary' }, [summary]), table]);
  const figure = section(c, desaMap(p.desa, boundary, { document: c.document, t }), summary, table);
  // A map, sized as maps are (site.css: one screen at most).
  figure.classList.add('map');
  return figure;
}

function cooperatives(p: Pick<Profile, 'cooperatives'> & { view: Pick<ProfileView, 'sort'> }, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const { rows, total, page, pages, names } = p.cooperatives;
  const columns = cooperativeColumns(c);
  const from = (page - 1) * PAGE_SIZE + 1;
  const button = (label: string, target: number, enabled: boolean) =>
    h('button', { type: 'submit', form: FORM_ID, name: PROFILE_PARAMS.page, value: target, disabled: !enabled }, [label]);
  // The sorted column comes right after the name, where a phone shows it, marked as sorted.
  const all = [columns.nama, columns.jenis, columns.status, columns.rat, columns.anggota, columns.volume, columns.pendampingan, columns.desa];
  const by = columns[p.view.sort];
  const marked = { ...by, sorted: p.view.sort === 'nama' ? ('ascending' as const) : ('descending' as const) };
  const rest = all.filter((c) => c !== columns.nama && c !== by);
  const order = p.view.sort === 'nama' ? [marked, ...rest] : [columns.nama, marked, ...rest];
  return h('div', {}, [
    h('p', { class: 'summary', 'aria-live': 'polite' }, [
      rows.length === 0 ? t.profile.showingNone : t.profile.showing(f.number(from), f.number(from + rows.length - 1), f.number(total)),
    ]),
    rows.length > 0
      ? dataTable(c.document, { rows, rowId: (r) => cooperativeRowId(r.id_koperasi), columns: order })
      : null,
    pages > 1
      ? h('nav', { class: 'pager needs-js', 'aria-label': t.profile.pages }, [
          button(t.profile.previous, page - 1, page > 1),
          h('span', {}, [t.profile.page(f.number(page), f.number(pages))]),
          button(t.profile.next, page + 1, page < pages),
        ])
      : null,
    pages > 1 ? h('details', { class: 'all-names' }, [h('summary', {}, [t.profile.allNames(f.number(names.length))]), h('p', {}, allNames(c.document, names, rows))]) : null,
  ]);
}

/**
 * Every name, " · " between them; a name not in the table's rows shown carries the row's id, so
 * a link to a cooperative on another page of the table (a search result) finds it here without
 * JavaScript (the browser opens the list to it).
 */
function allNames(document: Document, names: Profile['cooperatives']['names'], shown: readonly CooperativeItem[]): (string | HTMLElement)[] {
  const h = builder(document);
  const onPage = new Set(shown.map((r) => r.id_koperasi));
  return names.flatMap((n, i) => [i > 0 ? ' · ' : '', onPage.has(n.id_koperasi) ? n.nama_koperasi : h('span', { id: cooperativeRowId(n.id_koperasi) }, [n.nama_koperasi])]).filter((part) => part !== '');
}

function activities(p: Pick<Profile, 'activities'> & { view: Pick<ProfileView, 'snapshot'> }, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  if (p.activities.length === 0) return h('p', { class: 'plain' }, [t.profile.activitiesNone]);
  const col = t.profile.columns;
  const sum = (key: 'peserta' | 'anggaran' | 'realisasi') => p.activities.reduce((s, a) => s + a[key], 0);
  const table = dataTable(c.document, {
    rows: p.activities,
    columns: [
      { label: col.judul, wrap: true, header: true, value: (a: ActivityItem) => a.judul },
      { label: col.tanggal, value: (a: ActivityItem) => f.date(a.tanggal) },
      { label: col.kegiatan, value: (a: ActivityItem) => t.values.jenis_kegiatan[a.jenis_kegiatan] },
      { label: col.pelaksana, value: (a: ActivityItem) => t.values.jalur[a.pelaksana] },
      { label: col.peserta, numeric: true, value: (a: ActivityItem) => f.number(a.peserta) },
      {
        label: col.unit,
        value: (a: ActivityItem) => (a.barang ? `${f.number(a.jumlah_unit)} ${inSentence(t.values.barang[a.barang], t.words.keepCase)}` : ''),
      },
      { label: col.anggaran, numeric: true, value: (a: ActivityItem) => f.rupiahExact(a.anggaran) },
      { label: col.realisasi, numeric: true, value: (a: ActivityItem) => f.rupiahExact(a.realisasi) },
    ],
    footer: [t.table.total, '', '', '', f.number(sum('peserta')), '', f.rupiahExact(sum('anggaran')), f.rupiahExact(sum('realisasi'))],
  });
  return h('div', {}, [
    h('p', { class: 'summary' }, [t.profile.activitiesSummary(f.number(p.activities.length), f.date(p.view.snapshot), f.number(sum('peserta')), f.rupiah(sum('anggaran')), f.rupiah(sum('realisasi')))]),
    foldLong(c.document, p.activities.length, t.table.showRows(f.number(p.activities.length)), table),
  ]);
}

const slot = slotRenderer<Profile, RenderContext>();
const TREND_KEYS = TRENDS.filter((i) => i.key !== FLAGSHIP).map((i) => i.key);

const RENDERERS: Record<ProfileSlot, SlotRenderer<Profile, RenderContext>> = {
  meta: slot((p) => p.view.snapshot, dateLine),
  view: slot((p) => ({ view: p.view }), viewSummary),
  figures: slot((p) => ({ kode: p.kode, region: p.region, current: p.current, previous: p.previous, all: p.all }), figures),
  odoc: slot((p) => ({ flagship: p.flagship }), flagship),
  mentoring: slot((p) => ({ current: p.current, unmentored: p.unmentored }), mentoring),
  desa: slot((p) => ({ kode: p.kode, desa: p.desa }), desa),
  cooperatives: slot((p) => ({ cooperatives: p.cooperatives, view: { sort: p.view.sort } }), cooperatives),
  activities: slot((p) => ({ activities: p.activities, view: { snapshot: p.view.snapshot } }), activities),
  trend: slot((p) => ({ trend: p.trend }), (p, c) => trendSection(p.trend, c, TREND_KEYS), { pick: (p) => p.view.snapshot, apply: markCurrent }),
};

export function renderProfile(p: Profile, c: RenderContext): Record<ProfileSlot, HTMLElement>;
export function renderProfile<S extends ProfileSlot>(p: Profile, c: RenderContext, slots: readonly S[]): Record<S, HTMLElement>;
export function renderProfile(p: Profile, c: RenderContext, slots: readonly ProfileSlot[] = PROFILE_SLOTS) {
  return renderSlots(RENDERERS, p, c, slots);
}
