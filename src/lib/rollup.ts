// The catalogue's aggregates per snapshot × kecamatan, stored in the database as a table of their
// own (`kecamatan_snapshot`) when it is written. A view without row filters (jenis, status,
// jalur) then reads one row per snapshot and kecamatan instead of every cooperative: a province's
// kecamatan trend reads 40 rows, not 1.4 million, and another snapshot on the dashboard reads 600.
// Filtered views still aggregate the cooperatives themselves (a cube by every filter would hold
// about as many cells as there are cooperatives). Both paths are the same catalogue SQL.
import { CATALOGUE } from './catalogue.ts';
import type { DbColumn } from './database.ts';
import { type Query, raw, sql } from './sql.ts';
import type { View } from './view.ts';

/**
 * The catalogue's aggregates over rows `k` (`<sql>::BIGINT AS <key>`), each 0 for an empty group.
 * Each is also the sum of its parts by kecamatan: counts and sums add up, and the distinct counts
 * are of kecamatan and of desa, and a desa lies in one kecamatan (the validator checks it).
 */
export const AGGREGATES = CATALOGUE.flatMap((i) => ('sql' in i ? [`${i.sql}::BIGINT AS ${i.key}`] : [])).join(',\n    ');
const KEYS = CATALOGUE.flatMap((i) => ('sql' in i ? [i.key] : []));

/** The name of the ODOC flagship among rows `k` of one kecamatan and snapshot, or null. */
export const ODOC_NAME = 'min(k.nama_koperasi) FILTER (WHERE k.odoc) AS odoc';

/** The table's name in the site's database. */
export const ROLLUP_TABLE = 'kecamatan_snapshot';

/** Its columns, as the SQL console lists them: the aggregates are BIGINT (see `AGGREGATES`). */
export const ROLLUP_COLUMNS: readonly DbColumn[] = [
  { name: 'snapshot', type: 'DATE' },
  { name: 'kode_kecamatan', type: 'VARCHAR' },
  ...KEYS.map((name) => ({ name, type: 'BIGINT' as const })),
  { name: 'odoc', type: 'VARCHAR' },
];

/**
 * Creates the table from `koperasi`: every snapshot × kecamatan (an empty one too, with 0s, as
 * the kecamatan query's LEFT JOIN gives it), the aggregates, and `odoc`, the flagship's name.
 */
export const CREATE_ROLLUP_SQL = `CREATE TABLE ${ROLLUP_TABLE} AS
SELECT s.snapshot, kc.kode_kecamatan,
    ${AGGREGATES},
    ${ODOC_NAME}
FROM snapshot s CROSS JOIN kecamatan kc
LEFT JOIN koperasi k ON k.snapshot = s.snapshot AND k.kode_kecamatan = kc.kode_kecamatan
GROUP BY s.snapshot, kc.kode_kecamatan
ORDER BY s.snapshot, kc.kode_kecamatan`;

/** Whether a view's cooperatives are chosen by a row's own values, so the roll-up cannot serve it. */
export function hasRowFilters(view: Pick<View, 'jenis' | 'status' | 'jalur'>): boolean {
  return view.jenis.length + view.status.length + view.jalur.length > 0;
}

/** The aggregates summed over the roll-up's rows `r` (`sum(r.<key>)::BIGINT AS <key>`). */
export const ROLLED_UP = raw(KEYS.map((key) => `sum(r.${key})::BIGINT AS ${key}`).join(',\n    '));

/** The aggregates of one roll-up row `r`, as the kecamatan query names them. */
export const ROLLUP_ROW = raw([...KEYS, 'odoc'].map((key) => `r.${key}`).join(', '));

/** The roll-up's rows of the kecamatan in view (all of them, or the chosen ones). */
export function rollupSql(view: Pick<View, 'kecamatan'>): Query {
  return view.kecamatan.length > 0 ? sql`SELECT * FROM ${raw(ROLLUP_TABLE)} WHERE kode_kecamatan IN (${view.kecamatan})` : raw(`SELECT * FROM ${ROLLUP_TABLE}`);
}
