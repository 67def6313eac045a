// A data folder → its problems (in the contract's error form) and, when there are none, its
// typed rows. Pure: it takes the folder as a map of relative paths to bytes, so the same code
// runs in the build, the tests and the browser.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { z } from 'astro/zod';
import { readCsv } from './csv.ts';
import type { Problem } from './problem.ts';
import {
  type Column,
  type Dataset,
  type DesaRow,
  type KecamatanRow,
  type KegiatanRow,
  type KoperasiRow,
  type Published,
  type RowOf,
  type RuleContext,
  type SipdRow,
  type Table,
  type TargetRow,
  LAYOUT,
  dataset as datasetSchema,
  desa,
  isIsoDate,
  kecamatan,
  kegiatan,
  koperasi,
  published as publishedSchema,
  sipd,
  target,
} from './schema.ts';

export type KecamatanGeoJson = FeatureCollection<Polygon | MultiPolygon, { kode_kecamatan: string; sumber: string }>;

export interface DataFile {
  /** Relative to the data folder, with `/`. */
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface Snapshot {
  date: string;
  path: string;
  rows: KoperasiRow[];
}

export interface KegiatanYear {
  year: number;
  path: string;
  rows: KegiatanRow[];
}

export interface DataFolder {
  dataset: Dataset;
  kecamatan: KecamatanRow[];
  desa: DesaRow[];
  sipd: SipdRow[];
  geojson: KecamatanGeoJson;
  /** Oldest first. */
  snapshots: Snapshot[];
  /** Oldest first. */
  kegiatan: KegiatanYear[];
  target: TargetRow[];
  /** The record of what was published before this folder (null: a first publication). */
  published: Published | null;
  /** Every file the contract reads, with its checksum. */
  files: DataFile[];
}

export type ValidationResult = { problems: []; data: DataFolder } | { problems: Problem[]; data: null };

const SNAPSHOT_DIR = /^snapshots\/([^/]+)\//;
const KEGIATAN_FILE = /^kegiatan\/([^/]+)$/;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Collects problems for one file path, and the display path. */
function reporter(root: string, problems: Problem[]) {
  return (path: string) => ({
    path: `${root}/${path}`,
    add(line: number, column: number, message: string) {
      problems.push({ path: `${root}/${path}`, line, column, message });
    },
  });
}
type Report = ReturnType<ReturnType<typeof reporter>>;

function describeValue(raw: string): string {
  return raw === '' ? 'kosong,' : `nilai "${raw}"`;
}

/** Keys of every reference table, for `references` checks (null while a table is unusable). */
type Keys = Partial<Record<'kecamatan' | 'desa' | 'sipd', Set<string> | null>>;

/** A file's rows, the line each came from, and its header (to point problems at columns). */
interface ValidTable<R> {
  rows: R[];
  lines: number[];
  header: string[];
}

interface TableState {
  /** For `unique: 'table'` columns: value → where it was first seen. */
  seen: Map<string, Map<string, string>>;
}

/** Validates one CSV file against a table of the schema; returns the rows, or null if any problem. */
function validateTable<Cols extends readonly Column[]>(
  spec: Table<Cols>,
  bytes: Uint8Array,
  report: Report,
  context: RuleContext,
  keys: Keys,
  state: TableState = { seen: new Map() },
): ValidTable<RowOf<Cols>> | null {
  const { csv, problems } = readCsv(bytes, report.path);
  if (!csv) {
    for (const p of problems) report.add(p.line, p.column, p.message);
    return null;
  }
  let ok = true;
  const fail = (line: number, column: number, message: string) => {
    ok = false;
    report.add(line, column, message);
  };

  // Header: which column of the file holds which column of the schema.
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  const positions = new Map<string, number>();
  csv.header.forEach((name, i) => {
    if (!byName.has(name)) {
      const known = spec.columns.map((c) => c.name).join(', ');
      fail(1, i + 1, `kolom "${name}" tidak dikenal (kolom yang dikenal: ${known})`);
    } else if (positions.has(name)) {
      fail(1, i + 1, `kolom "${name}" muncul dua kali (juga kolom ${positions.get(name)! + 1})`);
    } else positions.set(name, i);
  });
  const missing = spec.columns.filter((c) => !c.optional && !positions.has(c.name));
  for (const c of missing) fail(1, 0, `kolom "${c.name}" tidak ada di header`);
  if (missing.length > 0) return null;

  const fileSeen = new Map<string, Map<string, number>>();
  const groupSeen = spec.groupRules.map(() => new Map<string, number>());
  const rows: RowOf<Cols>[] = [];
  const lines: number[] = [];
  for (const { line, cells } of csv.rows) {
    if (cells.length === 1 && cells[0]!.trim() === '' && csv.header.length > 1) {
      fail(line, 0, 'baris kosong di tengah berkas');
      continue;
    }
    if (cells.length !== csv.header.length) {
      fail(line, 0, `baris berisi ${cells.length} kolom, header berisi ${csv.header.length}`);
      continue;
    }
    const row: Record<string, unknown> = {};
    const raw: Record<string, string> = {};
    let rowOk = true;
    for (const c of spec.columns) {
      const at = positions.get(c.name);
      const cell = at === undefined ? '' : cells[at]!.trim();
      raw[c.name] = cell;
      const column = at === undefined ? 0 : at + 1;
      const bad = (message: string) => {
        rowOk = false;
        fail(line, column, `kolom ${c.name}: ${describeValue(cell)} ${message}`);
      };
      if (cell === '') {
        if (c.optional) row[c.name] = null;
        else bad('wajib diisi');
        continue;
      }
      const parsed = c.parse.safeParse(cell);
      if (!parsed.success) {
        bad(parsed.error.issues[0]!.message);
        continue;
      }
      row[c.name] = parsed.data;
      const known = c.references ? keys[c.references.table] : undefined;
      if (known && !known.has(cell)) bad(`tidak ada di reference/${c.references!.table}.csv`);
      if (c.unique) {
        const inFile = fileSeen.get(c.name) ?? fileSeen.set(c.name, new Map()).get(c.name)!;
        const earlier = inFile.get(cell);
        if (earlier !== undefined) bad(`sudah dipakai di baris ${earlier}`);
        else inFile.set(cell, line);
        if (c.unique === 'table') {
          const inTable = state.seen.get(c.name) ?? state.seen.set(c.name, new Map()).get(c.name)!;
          const elsewhere = inTable.get(cell);
          if (elsewhere !== undefined && earlier === undefined) bad(`sudah dipakai di ${elsewhere}`);
          else if (elsewhere === undefined) inTable.set(cell, `${report.path} baris ${line}`);
        }
      }
    }
    if (!rowOk) continue;
    const typed = row as RowOf<Cols>;
    for (const rule of spec.rowRules) {
      const problem = rule.check(typed, context);
      if (problem) {
        rowOk = false;
        const column = positions.get(problem.column);
        fail(line, column === undefined ? 0 : column + 1, `kolom ${problem.column}: ${describeValue(raw[problem.column]!)} ${problem.message}`);
      }
    }
    spec.groupRules.forEach((rule, i) => {
      if (!rule.where(typed)) return;
      const key = rule.key(typed);
      const earlier = groupSeen[i]!.get(key);
      if (earlier === undefined) groupSeen[i]!.set(key, line);
      else {
        rowOk = false;
        const column = positions.get(rule.column);
        fail(line, column === undefined ? 0 : column + 1, `kolom ${rule.column}: ${describeValue(raw[rule.column]!)} ${rule.message(key, earlier)}`);
      }
    });
    if (rowOk) {
      rows.push(typed);
      lines.push(line);
    }
  }
  return ok ? { rows, lines, header: csv.header } : null;
}

function parseJson(bytes: Uint8Array, report: Report): { value: unknown; text: string } | null {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    const message = (error as Error).message;
    const at = /line (\d+) column (\d+)/.exec(message);
    report.add(at ? Number(at[1]) : 1, at ? Number(at[2]) : 0, `JSON tidak sah (${message})`);
    return null;
  }
}

/** Line of the first occurrence of `"key"` in a JSON text (1 when absent). */
function lineOfKey(text: string, key: string | number | undefined): number {
  if (key === undefined) return 1;
  const i = text.indexOf(`"${String(key)}"`);
  return i === -1 ? 1 : lineAt(text, i);
}

function validateJson<T>(
  bytes: Uint8Array,
  report: Report,
  schema: z.ZodType<T>,
): T | null {
  const json = parseJson(bytes, report);
  if (!json) return null;
  const parsed = schema.safeParse(json.value, { error: z.locales.id().localeError });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    const last = issue.path.at(-1) as string | number | undefined;
    report.add(lineOfKey(json.text, last), 0, `${key === '' ? 'isi berkas' : key}: ${issue.message}`);
  }
  return null;
}

function validateGeoJson(bytes: Uint8Array, report: Report, codes: Set<string> | null): KecamatanGeoJson | null {
  const json = parseJson(bytes, report);
  if (!json) return null;
  const value = json.value as { type?: unknown; features?: unknown };
  if (value?.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    report.add(1, 0, 'bukan GeoJSON FeatureCollection');
    return null;
  }
  let ok = true;
  const seen = new Set<string>();
  value.features.forEach((feature: { geometry?: { type?: string }; properties?: Record<string, unknown> }, i) => {
    const code = feature?.properties?.kode_kecamatan;
    const line = typeof code === 'string' ? lineAt(json.text, json.text.indexOf(`"${code}"`)) : 1;
    const fail = (message: string) => {
      ok = false;
      report.add(line, 0, `fitur ke-${i + 1}: ${message}`);
    };
    if (typeof code !== 'string') return fail('properties.kode_kecamatan tidak ada');
    if (codes && !codes.has(code)) fail(`kode_kecamatan "${code}" tidak ada di reference/kecamatan.csv`);
    if (seen.has(code)) fail(`kode_kecamatan "${code}" muncul lebih dari sekali`);
    seen.add(code);
    if (typeof feature.properties?.sumber !== 'string' || feature.properties.sumber === '')
      fail(`properties.sumber tidak ada (isi "skematis" atau nama sumber resmi)`);
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') fail(`geometri "${type}" bukan Polygon atau MultiPolygon`);
  });
  for (const code of codes ?? []) {
    if (!seen.has(code)) {
      ok = false;
      report.add(1, 0, `tidak ada fitur untuk kecamatan "${code}"`);
    }
  }
  return ok ? (value as KecamatanGeoJson) : null;
}

/** Folder → problems, and typed rows when valid. `root` is the folder's name as shown in problems. */
export async function validateFolder(root: string, files: ReadonlyMap<string, Uint8Array>): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const at = reporter(root, problems);
  const read = (path: string, optional = false): Uint8Array | null => {
    const bytes = files.get(path);
    if (!bytes && !optional) at(path).add(1, 0, 'berkas wajib tidak ada');
    return bytes ?? null;
  };
  const noRules: RuleContext = { year: 0, desaKecamatan: new Map(), koperasiIds: null };
  const ifRead = <T>(path: string, parse: (bytes: Uint8Array, report: Report) => T | null, optional = false) => {
    const bytes = read(path, optional);
    return bytes ? parse(bytes, at(path)) : null;
  };

  const datasetJson = ifRead(LAYOUT.dataset, (b, r) => validateJson(b, r, datasetSchema));

  const kecamatanTable = ifRead(kecamatan.path, (b, r) => validateTable(kecamatan, b, r, noRules, {}));
  const kecamatanRows = kecamatanTable?.rows ?? null;
  const keys: Keys = { kecamatan: kecamatanRows && new Set(kecamatanRows.map((k) => k.kode_kecamatan)) };
  const desaRows = ifRead(desa.path, (b, r) => validateTable(desa, b, r, noRules, keys))?.rows ?? null;
  keys.desa = desaRows && new Set(desaRows.map((d) => d.kode_desa));
  const sipdRows = ifRead(sipd.path, (b, r) => validateTable(sipd, b, r, noRules, keys))?.rows ?? null;
  keys.sipd = sipdRows && new Set(sipdRows.map((s) => s.kode));

  let countsOk = true;
  if (kecamatanTable && desaRows) {
    const report = at(kecamatan.path);
    kecamatanTable.rows.forEach((k, i) => {
      for (const [jenis, name] of [['desa', 'jumlah_desa'], ['kelurahan', 'jumlah_kelurahan']] as const) {
        const count = desaRows.filter((d) => d.kode_kecamatan === k.kode_kecamatan && d.jenis === jenis).length;
        if (count !== k[name]) {
          countsOk = false;
          report.add(kecamatanTable.lines[i]!, kecamatanTable.header.indexOf(name) + 1, `kolom ${name}: nilai "${k[name]}" tidak sama dengan ${count} ${jenis} kecamatan ini di reference/desa.csv`);
        }
      }
    });
  }
  const geojson = ifRead(LAYOUT.geojson, (b, r) => validateGeoJson(b, r, keys.kecamatan ?? null));

  // Snapshots: one folder per date, each holding koperasi.csv.
  const snapshotDates = new Set<string>();
  for (const path of files.keys()) {
    const folder = SNAPSHOT_DIR.exec(path)?.[1];
    if (folder === undefined) continue;
    if (!isIsoDate(folder)) at(`${LAYOUT.snapshots}/${folder}`).add(1, 0, `nama folder snapshot "${folder}" bukan tanggal YYYY-MM-DD`);
    else if (path !== `${LAYOUT.snapshots}/${folder}/${LAYOUT.snapshotFile}`) at(path).add(1, 0, `berkas tidak dikenal di folder snapshot (yang dibaca hanya ${LAYOUT.snapshotFile})`);
    else snapshotDates.add(folder);
  }
  if (snapshotDates.size === 0 && ![...files.keys()].some((p) => SNAPSHOT_DIR.test(p)))
    at(LAYOUT.snapshots).add(1, 0, 'tidak ada snapshot (snapshots/YYYY-MM-DD/koperasi.csv)');
  const desaKecamatan = new Map((desaRows ?? []).map((d) => [d.kode_desa, d.kode_kecamatan]));
  const snapshots: Snapshot[] = [];
  let snapshotsOk = true;
  for (const date of [...snapshotDates].sort()) {
    const path = `${LAYOUT.snapshots}/${date}/${LAYOUT.snapshotFile}`;
    const context = { year: Number(date.slice(0, 4)), desaKecamatan, koperasiIds: null };
    const rows = validateTable(koperasi, files.get(path)!, at(path), context, keys)?.rows;
    if (rows) snapshots.push({ date, path, rows });
    else snapshotsOk = false;
  }

  // Activity log: one file per year.
  const koperasiIds = new Set(snapshots.flatMap((s) => s.rows.map((r) => r.id_koperasi)));
  const kegiatanYears: KegiatanYear[] = [];
  let kegiatanOk = true;
  const kegiatanState: TableState = { seen: new Map() };
  const kegiatanFiles = [...files.keys()].filter((p) => KEGIATAN_FILE.test(p)).sort();
  for (const path of kegiatanFiles) {
    const name = KEGIATAN_FILE.exec(path)![1]!;
    const year = /^(\d{4})\.csv$/.exec(name)?.[1];
    if (!year) {
      at(path).add(1, 0, `nama berkas kegiatan "${name}" bukan YYYY.csv`);
      kegiatanOk = false;
      continue;
    }
    // Unknown ids are only knowable when every snapshot is valid.
    const context = { year: Number(year), desaKecamatan, koperasiIds: snapshotsOk ? koperasiIds : null };
    const rows = validateTable(kegiatan, files.get(path)!, at(path), context, keys, kegiatanState)?.rows;
    if (rows) kegiatanYears.push({ year: Number(year), path, rows });
    else kegiatanOk = false;
  }

  const targetRows = files.has(target.path) ? (ifRead(target.path, (b, r) => validateTable(target, b, r, noRules, keys))?.rows ?? null) : [];

  // The record of what was published: a published snapshot changes only through a revision.
  const dataFiles: DataFile[] = [];
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) dataFiles.push({ path, bytes, sha256: await sha256Hex(bytes) });
  const record = files.has(LAYOUT.published) ? ifRead(LAYOUT.published, (b, r) => validateJson(b, r, publishedSchema)) : null;
  let recordOk = !files.has(LAYOUT.published) || record !== null;
  if (record) {
    const report = at(LAYOUT.published);
    const text = new TextDecoder().decode(files.get(LAYOUT.published)!);
    const current = new Map(dataFiles.map((f) => [f.path, f.sha256]));
    for (const [path, recorded] of Object.entries(record.berkas)) {
      if (!SNAPSHOT_DIR.test(path)) continue;
      const now = current.get(path);
      if (now === undefined) {
        recordOk = false;
        report.add(lineOfKey(text, path), 0, `snapshot terbit "${path}" tidak ada lagi; snapshot hanya boleh ditambah`);
      } else if (now !== recorded && !record.revisi.some((r) => r.berkas === path && r.sha256 === now)) {
        recordOk = false;
        at(path).add(1, 0, `isi berubah sejak terbit (SHA-256 tercatat ${recorded}, sekarang ${now}) tanpa entri revisi di ${LAYOUT.published}; tambahkan {"tanggal", "berkas": "${path}", "alasan", "sha256": "${now}"} ke "revisi"`);
      }
    }
  }

  const rank = new Map<string, number>();
  for (const p of problems) if (!rank.has(p.path)) rank.set(p.path, rank.size);
  problems.sort((a, b) => rank.get(a.path)! - rank.get(b.path)! || a.line - b.line || a.column - b.column);

  if (
    problems.length > 0 || !datasetJson || !kecamatanRows || !countsOk || !desaRows || !sipdRows || !geojson ||
    !snapshotsOk || !kegiatanOk || !targetRows || !recordOk
  ) {
    return { problems, data: null };
  }
  return {
    problems: [],
    data: {
      dataset: datasetJson,
      kecamatan: kecamatanRows,
      desa: desaRows,
      sipd: sipdRows,
      geojson,
      snapshots,
      kegiatan: kegiatanYears,
      target: targetRows,
      published: record,
      files: dataFiles,
    },
  };
}
