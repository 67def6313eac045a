// What the data page offers for download: every data file as published (byte for byte), each
// snapshot and activity year as Parquet, and one combined file of all snapshots (CSV, Parquet).
// The Satu Data tables are downloads too (satu-data/downloads.ts).
// Parquet comes from native DuckDB (duckdb-wasm would have to download an extension for it).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DB_TABLES } from '../database.ts';
import { toCsv } from '../export/csv.ts';
import { sha256Hex } from '../sha256.ts';
import type { DataFolder } from '../validate.ts';
import { tableRows } from './write-database.ts';

export interface Download {
  /** Path below /data/unduh/. */
  path: string;
  bytes: Uint8Array;
  sha256: string;
  rows: number | null;
  format: 'csv' | 'parquet' | 'json' | 'geojson' | 'xlsx';
  /** The data file it comes from, or null for the combined file. */
  source: string | null;
}

export const COMBINED = 'koperasi-semua';

/** A download of these bytes at `path` (below /data/unduh/), its format from the extension. */
export async function download(path: string, bytes: Uint8Array, rows: number | null, source: string | null): Promise<Download> {
  const format = path.slice(path.lastIndexOf('.') + 1) as Download['format'];
  return { path, bytes, sha256: await sha256Hex(bytes), rows, format, source };
}

export async function buildDownloads(data: DataFolder, databasePath: string): Promise<Download[]> {
  const rowsOf = new Map<string, number>([
    ...data.snapshots.map((s) => [s.path, s.rows.length] as const),
    ...data.kegiatan.map((k) => [k.path, k.rows.length] as const),
  ]);
  const out: Download[] = [];
  for (const file of data.files) out.push(await download(file.path, file.bytes, rowsOf.get(file.path) ?? null, file.path));

  const temp = await mkdtemp(join(tmpdir(), 'dasbor-parquet-'));
  const instance = await DuckDBInstance.create(databasePath, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  const parquet = async (select: string, path: string, rows: number, source: string | null) => {
    const file = join(temp, path.replaceAll('/', '_'));
    await connection.run(`COPY (${select}) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`);
    out.push(await download(path, new Uint8Array(await readFile(file)), rows, source));
  };
  try {
    for (const s of data.snapshots) {
      await parquet(`SELECT * EXCLUDE (snapshot) FROM koperasi WHERE snapshot = DATE '${s.date}'`, s.path.replace(/\.(csv|xlsx)$/, '.parquet'), s.rows.length, s.path);
    }
    for (const k of data.kegiatan) {
      await parquet(`SELECT * FROM kegiatan WHERE year(tanggal) = ${k.year} ORDER BY tanggal, id_kegiatan`, k.path.replace(/\.(csv|xlsx)$/, '.parquet'), k.rows.length, k.path);
    }
    const total = data.snapshots.reduce((n, s) => n + s.rows.length, 0);
    await parquet('SELECT * FROM koperasi ORDER BY snapshot, id_koperasi', `${COMBINED}.parquet`, total, null);
    const columns = DB_TABLES.koperasi.map((c) => c.name);
    const rows = (tableRows(data).koperasi as Record<string, unknown>[]).map((r) =>
      columns.map((c) => (typeof r[c] === 'boolean' ? (r[c] ? 'ya' : 'tidak') : r[c])),
    );
    out.push(await download(`${COMBINED}.csv`, new TextEncoder().encode(toCsv(columns, rows)), total, null));
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(temp, { recursive: true, force: true });
  }
  return out;
}
