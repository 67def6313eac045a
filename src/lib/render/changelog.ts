// The changelog between consecutive snapshots: counts by kind and by kecamatan, and the list.
import { rollup } from 'd3-array';
import { CHANGES, type ChangeRow, type Changelog } from '../changelog.ts';
import type { Jalur, Status } from '../enums.ts';
import { shorten } from '../rank.ts';
import type { RenderContext } from './kit.ts';
import { builder } from './dom.ts';
import { dataTable, tableDetails } from './table.ts';

/**
 * The most changes listed one by one. A region of thousands of kecamatan has tens of thousands
 * of changes between two snapshots (megabytes of HTML); one kecamatan's list stays whole.
 */
export const CHANGE_LIST_LIMIT = 500;

export function renderChangelog(log: Changelog, c: RenderContext): { changelog: HTMLElement } {
  const { t, f } = c;
  const h = builder(c.document);
  if (!log.from) return { changelog: h('p', { class: 'plain' }, [t.data.changelogFirst]) };
  const col = t.data.changeColumns;
  const counts = rollup(log.rows, (rows) => rows.length, (r) => r.kode_kecamatan, (r) => r.perubahan);
  const total = rollup(log.rows, (rows) => rows.length, (r) => r.perubahan);
  const kecamatan = [...new Map(log.rows.map((r) => [r.kode_kecamatan, r.nama_kecamatan])).entries()];
  // One change past the limit is listed rather than counted.
  const { shown: listed, rest } = shorten(log.rows, CHANGE_LIST_LIMIT);
  const detail = (r: ChangeRow) => {
    const value = (v: Status | Jalur | null) => (v === null ? '' : v in t.values.status ? t.values.status[v as Status] : t.values.jalur[v as Jalur]);
    return r.dari ? `${value(r.dari)} → ${value(r.menjadi)}` : value(r.menjadi);
  };
  return {
    changelog: h('div', {}, [
      h('p', { class: 'summary' }, [t.data.changelogPeriod(f.date(log.from), f.date(log.to))]),
      dataTable(c.document, {
        rows: [...CHANGES],
        columns: [
          { label: col.change, header: true, value: (k) => t.data.changes[k] },
          { label: col.count, numeric: true, value: (k) => f.number(total.get(k) ?? 0) },
        ],
      }),
      log.rows.length === 0
        ? h('p', { class: 'plain' }, [t.data.changelogNone])
        : h('div', {}, [
            h('h3', {}, [t.data.perKecamatan]),
            dataTable(c.document, {
              rows: kecamatan,
              columns: [
                { label: col.kecamatan, header: true, value: ([, nama]) => nama, href: ([kode]) => c.kecamatanHref(kode) },
                ...CHANGES.map((k) => ({
                  label: t.data.changes[k],
                  numeric: true,
                  value: ([kode]: [string, string]) => f.number(counts.get(kode)?.get(k) ?? 0),
                })),
              ],
            }),
            tableDetails(
              c.document,
              rest > 0 ? t.data.detailsFirst(f.number(listed.length), f.number(log.rows.length)) : `${t.data.details} (${f.number(log.rows.length)})`,
              dataTable(c.document, {
                rows: listed,
                columns: [
                  { label: col.change, value: (r) => t.data.changes[r.perubahan] },
                  { label: col.koperasi, header: true, wrap: true, value: (r) => r.nama_koperasi },
                  { label: col.kecamatan, value: (r) => r.nama_kecamatan },
                  { label: col.detail, value: detail },
                ],
              }),
            ),
            rest > 0 ? h('p', { class: 'plain' }, [t.data.detailsMore(f.number(rest))]) : null,
          ]),
    ]),
  };
}
