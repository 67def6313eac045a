// Building blocks of the site's SQL: literals, and the two filters every query shares (the
// kecamatan in view as CTE `scope`, the cooperatives in view).
import type { View } from './view.ts';

/** A SQL string literal. Values reaching here are already checked against known lists. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export const list = (values: readonly string[]) => values.map(sqlString).join(', ');
export const date = (iso: string) => `DATE ${sqlString(iso)}`;

/** The kecamatan in view: all of them, or the chosen ones. */
export function scopeSql(view: Pick<View, 'kecamatan'>): string {
  const where = view.kecamatan.length > 0 ? ` WHERE kode_kecamatan IN (${list(view.kecamatan)})` : '';
  return `SELECT kode_kecamatan, nama_kecamatan FROM kecamatan${where}`;
}

/**
 * The cooperatives in view, across snapshots (or in the given ones). Kecamatan and snapshots are
 * constants, not the scope's subquery, so that DuckDB skips the row groups of others (the
 * database is written sorted by snapshot and kecamatan); every cooperative's kecamatan is in
 * the reference (the validator checks it), so no kecamatan chosen means no condition.
 */
export function cooperativesSql(view: Pick<View, 'kecamatan' | 'jenis' | 'status' | 'jalur'>, snapshots?: readonly string[]): string {
  const where: string[] = [];
  if (view.kecamatan.length > 0) where.push(`kode_kecamatan IN (${list(view.kecamatan)})`);
  if (snapshots) where.push(`snapshot IN (${snapshots.map(date).join(', ')})`);
  if (view.jenis.length > 0) where.push(`jenis_koperasi IN (${list(view.jenis)})`);
  if (view.status.length > 0) where.push(`status IN (${list(view.status)})`);
  if (view.jalur.length > 0) where.push(`jalur_pendampingan IN (${list(view.jalur)})`);
  return `SELECT * FROM koperasi${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
}
