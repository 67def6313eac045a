// The tables of the site's DuckDB database, derived from the schema: what the build writes and
// what every query (at build time and in the browser) reads.
import { type Column, kecamatan, desa, sipd, koperasi, kegiatan, target } from './schema.ts';

export type SqlType = 'BIGINT' | 'DOUBLE' | 'VARCHAR' | 'BOOLEAN' | 'DATE';

export interface DbColumn {
  name: string;
  type: SqlType;
}

/**
 * How a contract column is stored. Every integer column is a BIGINT: the validator accepts
 * integers up to ±(2^53 − 1) (schema `LARGEST_EXACT`), far beyond 32 bits, and a stored value
 * must never wrap (contract 1.1, "Stored exactly, or rejected"). An id list is kept as `a|b|c`.
 */
export function sqlType(column: Column): SqlType {
  switch (column.type) {
    case 'integer':
    case 'rupiah':
      return 'BIGINT';
    case 'decimal':
      return 'DOUBLE';
    case 'yesno':
      return 'BOOLEAN';
    case 'date':
      return 'DATE';
    default:
      return 'VARCHAR';
  }
}

const fromSchema = (columns: readonly Column[]): DbColumn[] => columns.map((c) => ({ name: c.name, type: sqlType(c) }));

const SNAPSHOT: DbColumn = { name: 'snapshot', type: 'DATE' };

/** Table name → columns, in the order the writer appends them. */
export const DB_TABLES = {
  kecamatan: fromSchema(kecamatan.columns),
  desa: fromSchema(desa.columns),
  sipd: fromSchema(sipd.columns),
  snapshot: [SNAPSHOT],
  koperasi: [SNAPSHOT, ...fromSchema(koperasi.columns)],
  kegiatan: fromSchema(kegiatan.columns),
  target: fromSchema(target.columns),
} as const satisfies Record<string, DbColumn[]>;

export type DbTable = keyof typeof DB_TABLES;

export function createTableSql(name: DbTable): string {
  const columns = DB_TABLES[name].map((c) => `"${c.name}" ${c.type}`).join(', ');
  return `CREATE TABLE ${name} (${columns})`;
}

/** The name the database file is attached under, in Node and in the browser alike. */
export const DATABASE_ALIAS = 'dasbor';
