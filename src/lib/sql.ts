// Building blocks of the site's SQL: queries with bound parameters, and the two filters every
// query shares (the kecamatan in view as CTE `scope`, the cooperatives in view). A value from a
// view (a snapshot, a kecamatan code, a search) is always a prepared statement's parameter, never
// SQL text; only code's own constants (the contract's enums, column names) are written inline.
import type { View } from './view.ts';

/** A parameter value: text or a number. Dates are text cast in the SQL (see `date`). */
export type Param = string | number;

/** SQL text with `?` placeholders, and the parameters that fill them, in order. */
export interface Query {
  readonly text: string;
  readonly params: readonly Param[];
}

const isQuery = (value: unknown): value is Query => typeof value === 'object' && value !== null && 'text' in value && 'params' in value;

/**
 * How many parameters a list of `n` values is written with: one value as itself (DuckDB pushes
 * `= value` into the scan exactly), more as the next power of two, at least 4 (up to 4 values
 * DuckDB filters the scan by them; from 5 on it joins against the list, the values still pushed
 * into the scan to skip row groups). A list is only ever the right side of an `IN`, which a
 * repeated value does not change, so any choice of 2 to 4 values is one statement, prepared
 * once: in the browser, a filter change on the sample prepared three new statements, 5–42 ms of
 * the engine's worker each.
 */
export const listLength = (n: number) => (n === 1 ? 1 : Math.max(4, 2 ** Math.ceil(Math.log2(n))));

/**
 * A query from a template: a nested Query is spliced in with its parameters, an array becomes a
 * list of parameters for an `IN` (`?, ?, ?`, its first value repeated up to `listLength`; never
 * empty), any other value one parameter.
 */
export function sql(strings: TemplateStringsArray, ...values: (Query | Param | readonly Param[])[]): Query {
  let text = strings[0]!;
  const params: Param[] = [];
  values.forEach((value, i) => {
    if (isQuery(value)) {
      text += value.text;
      params.push(...value.params);
    } else if (Array.isArray(value)) {
      if (value.length === 0) throw new Error('sql: an empty list of parameters');
      const list = Array.from({ length: listLength(value.length) }, (_, i) => (i < value.length ? value[i] : value[0]) as Param);
      text += list.map(() => '?').join(', ');
      params.push(...list);
    } else {
      text += '?';
      params.push(value as Param);
    }
    text += strings[i + 1]!;
  });
  return { text, params };
}

/** SQL text written by the code itself (catalogue expressions, column lists, ORDER BY): no data. */
export function raw(text: string): Query {
  return { text, params: [] };
}

/** Queries joined by a separator, parameters in order. */
export function joinSql(parts: readonly Query[], separator: string): Query {
  return { text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => p.params) };
}

/** A SQL string literal, for the code's own constants only (enums of the contract). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** The code's own constants as the rows of a VALUES list: ('dinas'), ('camat'), ('pkk'). */
export function valuesList(list: readonly string[]): Query {
  return raw(list.map((v) => `(${sqlString(v)})`).join(', '));
}

/** A date parameter. */
export const date = (iso: string) => sql`CAST(${iso} AS DATE)`;

/** The kecamatan in view: all of them, or the chosen ones. */
export function scopeSql(view: Pick<View, 'kecamatan'>): Query {
  const where = view.kecamatan.length > 0 ? sql` WHERE kode_kecamatan IN (${view.kecamatan})` : raw('');
  return sql`SELECT kode_kecamatan, nama_kecamatan FROM kecamatan${where}`;
}

/**
 * The cooperatives in view, across snapshots (or in the given ones). Kecamatan and snapshots are
 * conditions on the table itself, not the scope's subquery, so that DuckDB skips the row groups
 * of others (the database is written sorted by snapshot and kecamatan; a prepared statement is
 * planned with its parameters' values, so they prune as constants do); every cooperative's
 * kecamatan is in the reference (the validator checks it), so no kecamatan chosen means no condition.
 */
export function cooperativesSql(view: Pick<View, 'kecamatan' | 'jenis' | 'status' | 'jalur'>, snapshots?: readonly string[]): Query {
  const where: Query[] = [];
  if (view.kecamatan.length > 0) where.push(sql`kode_kecamatan IN (${view.kecamatan})`);
  if (snapshots) where.push(sql`snapshot IN (${joinSql(snapshots.map(date), ', ')})`);
  if (view.jenis.length > 0) where.push(sql`jenis_koperasi IN (${view.jenis})`);
  if (view.status.length > 0) where.push(sql`status IN (${view.status})`);
  if (view.jalur.length > 0) where.push(sql`jalur_pendampingan IN (${view.jalur})`);
  return where.length > 0 ? sql`SELECT * FROM koperasi WHERE ${joinSql(where, ' AND ')}` : raw('SELECT * FROM koperasi');
}
