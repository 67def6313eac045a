// What changed between two consecutive snapshots, cooperative by cooperative: registered,
// gone, changed status, joined the mentoring program, became the ODOC flagship.
import type { Engine } from './engine/engine.ts';
import type { Jalur, Status } from './enums.ts';
import { type Query, date, raw, sql } from './sql.ts';
import type { View, ViewOptions } from './view.ts';
import { previousSnapshot } from './view.ts';

export const CHANGES = ['baru', 'hilang', 'status', 'pendampingan', 'odoc'] as const;
export type Change = (typeof CHANGES)[number];

export interface ChangeRow {
  perubahan: Change;
  id_koperasi: string;
  nama_koperasi: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
  /** Before → after, where the change has two sides (status; jalur for mentoring). */
  dari: Status | null;
  menjadi: Status | Jalur | null;
}

export interface Changelog {
  from: string | null;
  to: string;
  rows: ChangeRow[];
}

export function changelogSql(from: string, to: string, view: Pick<View, 'kecamatan'>): Query {
  const where = view.kecamatan.length > 0 ? sql` AND kode_kecamatan IN (${view.kecamatan})` : raw('');
  const side = (snapshot: string) => sql`SELECT * FROM koperasi WHERE snapshot = ${date(snapshot)}${where}`;
  const pick = (kind: Change, source: string, before: string, after: string) =>
    raw(`SELECT '${kind}' AS perubahan, ${source}.id_koperasi, ${source}.nama_koperasi, ${source}.kode_kecamatan, ${before} AS dari, ${after} AS menjadi`);
  const order = raw(CHANGES.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' '));
  return sql`WITH a AS (${side(from)}), b AS (${side(to)}),
changes AS (
  ${pick('baru', 'b', 'NULL', 'NULL')} FROM b ANTI JOIN a USING (id_koperasi)
  UNION ALL ${pick('hilang', 'a', 'NULL', 'NULL')} FROM a ANTI JOIN b USING (id_koperasi)
  UNION ALL ${pick('status', 'b', 'a.status', 'b.status')} FROM a JOIN b USING (id_koperasi) WHERE a.status <> b.status
  UNION ALL ${pick('pendampingan', 'b', 'NULL', 'b.jalur_pendampingan')} FROM a JOIN b USING (id_koperasi) WHERE NOT a.pendampingan AND b.pendampingan
  UNION ALL ${pick('odoc', 'b', 'NULL', 'NULL')} FROM a JOIN b USING (id_koperasi) WHERE NOT a.odoc AND b.odoc
)
SELECT changes.*, kc.nama_kecamatan FROM changes JOIN kecamatan kc USING (kode_kecamatan)
ORDER BY CASE perubahan ${order} END, kode_kecamatan, nama_koperasi, id_koperasi`;
}

export async function loadChangelog(engine: Engine, view: View, options: ViewOptions): Promise<Changelog> {
  const from = previousSnapshot(view.snapshot, options);
  return { from, to: view.snapshot, rows: from ? await engine.query<ChangeRow>(changelogSql(from, view.snapshot, view)) : [] };
}
