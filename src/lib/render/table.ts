// A data table of exactly what a chart shows: the accessible alternative under every chart.
import { builder } from './dom.ts';

export interface TableColumn<R> {
  label: string;
  value: (row: R) => string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The row's header cell (th scope=row). */
  header?: boolean;
  /** Long text that may wrap (cells do not, by default, so rows stay one line high). */
  wrap?: boolean;
  /** The cell's text links here. */
  href?: (row: R) => string;
  /** The rows are sorted by this column (said by aria-sort, shown by an arrow). */
  sorted?: 'ascending' | 'descending';
}

export interface TableOptions<R> {
  caption?: string;
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
  rowId?: (row: R) => string;
  footer?: readonly string[];
}

export function dataTable<R>(document: Document, options: TableOptions<R>): HTMLElement {
  const h = builder(document);
  const cell = (c: TableColumn<R>, row: R) =>
    h(c.header ? 'th' : 'td', { scope: c.header ? 'row' : null, class: c.numeric ? 'num' : c.wrap ? 'wrap' : null }, [
      c.href ? h('a', { href: c.href(row) }, [c.value(row)]) : c.value(row),
    ]);
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': options.caption ?? null }, [
    h('table', {}, [
      options.caption ? h('caption', {}, [options.caption]) : null,
      h('thead', {}, [h('tr', {}, options.columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null, 'aria-sort': c.sorted ?? null }, [c.label])))]),
      h('tbody', {}, options.rows.map((row) => h('tr', { id: options.rowId?.(row) ?? null }, options.columns.map((c) => cell(c, row))))),
      options.footer
        ? h('tfoot', {}, [h('tr', {}, options.footer.map((text, i) => h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: i === 0 ? null : 'num' }, [text])))])
        : null,
    ]),
  ]);
}

/** Rows a table shows before it is folded (a phone screen's worth). */
export const FOLD_AFTER = 8;

/**
 * A table of `rows` rows, folded behind "Tampilkan n baris" when longer than FOLD_AFTER: a long
 * secondary list does not make a phone reader scroll past it (a link to a row inside opens it).
 */
export function foldLong(document: Document, rows: number, summary: string, table: HTMLElement): HTMLElement {
  return rows > FOLD_AFTER ? tableDetails(document, summary, table) : table;
}

/** A collapsible "Tabel data" under a chart. */
export function tableDetails(document: Document, summary: string, table: HTMLElement): HTMLElement {
  const h = builder(document);
  return h('details', { class: 'data-table' }, [h('summary', {}, [summary]), table]);
}
