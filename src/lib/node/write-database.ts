// Writes a validated data folder into a DuckDB database file. Native DuckDB (1.4.4, the same 1.4
// storage format that duckdb-wasm 1.4.3 reads) writes it because duckdb-wasm can neither checkpoint a file nor
// write Parquet without downloading an extension; every query then runs on duckdb-wasm.
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { DuckDBInstance, dateValue, version, type DuckDBAppender } from '@duckdb/node-api';
import { DB_TABLES, createTableSql, type DbTable, type SqlType } from '../database.ts';
import { CREATE_ROLLUP_SQL } from '../rollup.ts';
import type { DataFolder } from '../validate.ts';

const DAY = 86_400_000;

const LARGEST = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An integer cell as a BIGINT, exactly. The validator gives integers as JavaScript numbers, exact
 * up to 2^53 − 1, which is also what the pages can hold; anything else (a fraction, a number
 * beyond that, not a number) would be stored or shown as some other value, so it stops the build.
 */
function exactInteger(value: unknown): bigint | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : null;
  if (typeof value === 'bigint') return value >= -LARGEST && value <= LARGEST ? value : null;
  return null;
}

/** Appends one cell; the table, column and row only name the cell when it cannot be stored. */
function append(appender: DuckDBAppender, type: SqlType, value: unknown, table: string, column: string, row: number) {
  if (value === null || value === undefined) return appender.appendNull();
  switch (type) {
    case 'BIGINT': {
      const n = exactInteger(value);
      if (n === null) throw new RangeError(`${table}.${column}, row ${row + 1}: ${String(value)} is not an integer the site stores exactly (at most ±${Number.MAX_SAFE_INTEGER})`);
      return appender.appendBigInt(n);
    }
    case 'DOUBLE':
      return appender.appendDouble(value as number);
    case 'BOOLEAN':
      return appender.appendBoolean(value as boolean);
    case 'DATE':
      return appender.appendDate(dateValue(Date.parse(`${value as string}T00:00:00Z`) / DAY));
    default:
      return appender.appendVarchar(Array.isArray(value) ? value.join('|') : String(value));
  }
}

/** Every table's rows, as the database holds them. */
export function tableRows(data: DataFolder): Record<DbTable, readonly object[]> {
  return {
    kecamatan: data.kecamatan,
    desa: data.desa,
    sipd: data.sipd,
    snapshot: data.snapshots.map((s) => ({ snapshot: s.date })),
    koperasi: data.snapshots.flatMap((s) => [...s.rows].sort((a, b) => (a.kode_kecamatan < b.kode_kecamatan ? -1 : a.kode_kecamatan > b.kode_kecamatan ? 1 : 0)).map((r) => ({ snapshot: s.date, ...r }))),
    kegiatan: data.kegiatan.flatMap((k) => k.rows),
    target: data.target,
  };
}

/**
 * The SHA-256 (hex) of what the database holds: every table's definition and rows, the roll-up's
 * definition (its rows follow from those) and the writer's version. The site names its database
 * file by it: DuckDB's checkpoint orders blocks differently from one write to the next, so the
 * file's bytes change with every build of the same data, and a name from the bytes would change
 * every page that links it (and its cached, compressed copies).
 * Same data, same name; other data or another writer, another name. Hashed row by row: a
 * province's rows written as one text would pass the longest string JavaScript can hold (2^29
 * characters; 40 snapshots of 36,000 cooperatives did).
 */
export function databaseContentHash(data: DataFolder): string {
  const hash = createHash('sha256').update(JSON.stringify(version()));
  const json = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  for (const [name, rows] of Object.entries(tableRows(data))) {
    hash.update(`\n${json(createTableSql(name as DbTable))}`);
    for (const row of rows) hash.update(`\n${json(row)}`);
  }
  hash.update(`\n${CREATE_ROLLUP_SQL}`);
  return hash.digest('hex');
}

export async function writeDatabase(data: DataFolder, path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    for (const [name, rows] of Object.entries(tableRows(data)) as [DbTable, readonly object[]][]) {
      await connection.run(createTableSql(name));
      const appender = await connection.createAppender(name);
      const columns = DB_TABLES[name];
      rows.forEach((row, i) => {
        for (const c of columns) append(appender, c.type, (row as Record<string, unknown>)[c.name], name, c.name, i);
        appender.endRow();
      });
      appender.closeSync();
    }
    await connection.run(CREATE_ROLLUP_SQL);
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
