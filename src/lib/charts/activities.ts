// The program's activities: by kind, by month and by kecamatan, split by pelaksana (Dinas, camat,
// PKK) where the reach that camat and PKK add is the story.
import * as Plot from '@observablehq/plot';
import { marginFor } from './labels.ts';
import { ENUMS } from '../enums.ts';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import type { KecamatanActivity, KindRow, MonthRow } from '../program.ts';
import { plainLinks } from './links.ts';
import { JALUR_COLORS } from './mentoring.ts';

interface Options {
  document: Document;
  t: Strings;
  f: Format;
  width?: number;
}

const pelaksanaColor = (t: Strings) => ({ domain: ENUMS.pelaksana.map((p) => t.values.jalur[p]), range: JALUR_COLORS, legend: true });

export function kindsChart(rows: readonly KindRow[], o: Options) {
  const label = (r: KindRow) => o.t.values.jenis_kegiatan[r.jenis_kegiatan];
  return Plot.plot({
    document: o.document,
    width: o.width ?? 420,
    height: 40 + rows.length * 28,
    marginLeft: marginFor(rows.map(label), 11),
    marginRight: 40,
    x: { label: o.t.program.count, grid: true },
    y: { domain: rows.map(label), label: null, tickSize: 0 },
    style: { fontSize: '11px' },
    marks: [
      Plot.barX(rows, { x: 'kegiatan', y: label, fill: '#2171b5', title: (r: KindRow) => `${label(r)}: ${o.f.number(r.kegiatan)}` }),
      Plot.text(rows, { x: 'kegiatan', y: label, text: (r: KindRow) => o.f.number(r.kegiatan), textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0], { ariaHidden: 'true' }),
    ],
  });
}

export function monthsChart(rows: readonly MonthRow[], o: Options) {
  const month = (r: MonthRow) => o.f.monthShort(`${r.bulan}-01`);
  const who = (r: MonthRow) => o.t.values.jalur[r.pelaksana];
  return Plot.plot({
    document: o.document,
    width: o.width ?? 420,
    height: 220,
    marginBottom: 40,
    x: { domain: [...new Set(rows.map(month))], label: null, tickRotate: -45 },
    y: { label: o.t.program.count, grid: true },
    color: pelaksanaColor(o.t),
    style: { fontSize: '10px' },
    marks: [
      Plot.barY(rows, Plot.stackY({ x: month, y: 'kegiatan', fill: who, title: (r: MonthRow) => `${month(r)} · ${who(r)}: ${o.f.number(r.kegiatan)}` })),
      Plot.ruleY([0], { ariaHidden: 'true' }),
    ],
  });
}

export function kecamatanChart(rows: readonly KecamatanActivity[], o: Options & { href: (kode: string) => string }) {
  const order = [...rows].sort((a, b) => b.kegiatan - a.kegiatan || a.nama_kecamatan.localeCompare(b.nama_kecamatan, 'id')).map((r) => r.nama_kecamatan);
  const parts = rows.flatMap((r) => ENUMS.pelaksana.map((p) => ({ r, pelaksana: o.t.values.jalur[p], n: r[p] })));
  type Part = (typeof parts)[number];
  return plainLinks(
    Plot.plot({
      document: o.document,
      width: o.width ?? 420,
      height: 40 + rows.length * 17,
      marginLeft: marginFor(order, 11),
      marginRight: 30,
      x: { label: o.t.program.count, grid: true, axis: 'top' },
      y: { domain: order, label: null, tickSize: 0 },
      color: pelaksanaColor(o.t),
      style: { fontSize: '11px' },
      marks: [
        Plot.barX(parts, Plot.stackX({
          x: 'n',
          y: (d: Part) => d.r.nama_kecamatan,
          fill: 'pelaksana',
          title: (d: Part) => `${d.r.nama_kecamatan} · ${d.pelaksana}: ${o.f.number(d.n)}`,
          ariaLabel: (d: Part) => `${d.r.nama_kecamatan} · ${d.pelaksana}: ${o.f.number(d.n)}`,
          href: (d: Part) => o.href(d.r.kode_kecamatan),
        })),
        Plot.text(rows, { x: 'kegiatan', y: 'nama_kecamatan', text: (r: KecamatanActivity) => (r.kegiatan === 0 ? o.t.program.none : o.f.number(r.kegiatan)), textAnchor: 'start', dx: 4, fill: (r: KecamatanActivity) => (r.kegiatan === 0 ? '#b34700' : '#111') }),
        Plot.ruleX([0], { ariaHidden: 'true' }),
      ],
    }),
  );
}
