// A data folder → its problems (in the contract's error form) and, when there are none, its
// typed rows. Pure: it takes the folder as a map of relative paths to bytes, so the same code
// runs in the build, the tests and the browser.
import type { KecamatanGeoJson } from './geo.ts';
import { type CsvResult, readCsv } from './csv.ts';
import { type Problem, groupProblems } from './problem.ts';
import { sha256Hex } from './sha256.ts';
import { validateGeoJson } from './validate/geojson.ts';
import { lineOfKey, validateJson } from './validate/json.ts';
import { type Report, quote, reporter } from './validate/report.ts';
import { type Keys, type TableState, validateTable } from './validate/table.ts';
import { SNAPSHOT_FILE, WORKBOOK, otherForm } from './table-file.ts';
import { readWorkbook } from './workbook.ts';
import {
  type Dataset,
  type DesaRow,
  type KecamatanRow,
  type KegiatanRow,
  type KoperasiRow,
  type Published,
  type RuleContext,
  type SipdRow,
  type TargetRow,
  LAYOUT,
  dataset as datasetSchema,
  desa,
  isIsoDate,
  isRecordYear,
  kecamatan,
  kegiatan,
  koperasi,
  published as publishedSchema,
  sipd,
  target,
} from './schema.ts';

export interface DataFile {
  /** Relative to the data folder, with `/`. */
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface Snapshot {
  date: string;
  /** The file as it is in the folder (koperasi.csv, or the workbook koperasi.xlsx). */
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

/**
 * Files that operating systems and office programs leave in a folder, never data: macOS's
 * `.DS_Store`, `._*`, `Icon\r` and `__MACOSX/`, Windows' `Thumbs.db` and `desktop.ini`, Office's and
 * LibreOffice's lock files (`~$koperasi.xlsx`, `.~lock.koperasi.csv#`), and any other dotfile or
 * dot-folder (`.gitkeep`, `.git/`). The command line, the build and the in-browser check all
 * skip them through this one test.
 */
export function isArtefact(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part.startsWith('~$') || part === '__MACOSX' || part === 'Icon\r' || /^(thumbs\.db|desktop\.ini)$/i.test(part));
}

const SNAPSHOT_DIR = /^snapshots\/([^/]+)\//;
const KEGIATAN_FILE = /^kegiatan\/([^/]+)$/;

/** A table file of the contract, by its CSV name (a workbook stands in under the same name). */
function isTableFile(path: string): boolean {
  return [kecamatan.path, desa.path, sipd.path, target.path].includes(path) || SNAPSHOT_FILE.test(path) || /^kegiatan\/\d{4}\.csv$/.test(path);
}

/**
 * Workbooks standing in for table files (`koperasi.xlsx` for `koperasi.csv`): CSV name → the
 * workbook's path. Both present is a problem at the workbook, which is then not read: one of the
 * two would be ignored.
 */
function workbooksOf(files: ReadonlyMap<string, Uint8Array>, at: (path: string) => Report): { workbooks: Map<string, string>; twins: Set<string> } {
  const workbooks = new Map<string, string>();
  const twins = new Set<string>();
  for (const path of files.keys()) {
    const table = otherForm(path);
    if (!WORKBOOK.test(path) || !isTableFile(table)) continue;
    const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);
    if (files.has(table)) {
      at(path).add(1, 0, `${name(table)} dan ${name(path)} keduanya ada di folder yang sama; simpan salah satu saja`, 'folder:both');
      twins.add(path);
    } else workbooks.set(table, path);
  }
  return { workbooks, twins };
}

/** Why a file of the folder is not read, and where it belongs. */
function unread(path: string, known: readonly string[]): string {
  const dated = /^snapshots\/(\d{4}-\d{2}-\d{2})\.\w+$/.exec(path)?.[1];
  if (dated) return `berkas tidak dibaca: snapshot disimpan sebagai ${LAYOUT.snapshots}/${dated}/${LAYOUT.snapshotFile} (satu folder per tanggal)`;
  const meant = known.find((k) => k.toLowerCase() === path.toLowerCase());
  if (meant) return `berkas tidak dibaca: namanya harus persis "${meant}"`;
  return `berkas tidak dibaca oleh situs (yang dibaca: ${known.slice(0, -1).join(', ')}, ${LAYOUT.snapshots}/YYYY-MM-DD/${LAYOUT.snapshotFile}, ${LAYOUT.kegiatan}/YYYY.csv; tiap tabel .csv boleh juga .xlsx); pindahkan ke tempatnya atau hapus`;
}

/**
 * A snapshot with no rows, or with fewer than half the registered cooperatives of the snapshot
 * before it, is almost always a cut-off export: an error at the snapshot (line 1, column 0) unless
 * dataset.json's `konfirmasi_penurunan` confirms that date with that very count. A confirmation
 * that no longer matches a drop is an error at dataset.json, so a stale one cannot hide a later
 * mistake. Returns false when it reported anything.
 */
function checkDrops(
  snapshots: readonly Snapshot[],
  dates: ReadonlySet<string>,
  dataset: Dataset | null,
  at: (path: string) => Report,
  datasetBytes: Uint8Array | undefined,
): boolean {
  const confirmed = new Map((dataset?.konfirmasi_penurunan ?? []).map((k) => [k.snapshot, k]));
  const used = new Set<string>();
  const count = new Intl.NumberFormat('id-ID');
  let ok = true;
  snapshots.forEach(({ date, path, rows }, i) => {
    const before = snapshots[i - 1];
    const drop = rows.length === 0 || (before !== undefined && rows.length * 2 < before.rows.length);
    if (!drop) return;
    const confirmation = confirmed.get(date);
    if (confirmation?.terdaftar === rows.length) {
      used.add(date);
      return;
    }
    ok = false;
    const what =
      rows.length === 0
        ? 'snapshot tidak berisi satu koperasi pun (hanya header)'
        : `snapshot berisi ${count.format(rows.length)} koperasi, turun ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(100 - (100 * rows.length) / before!.rows.length)} % dari ${count.format(before!.rows.length)} di snapshot ${before!.date}`;
    at(path).add(
      1,
      0,
      `${what} — biasanya tanda ekspor yang terpotong atau berkas yang salah; periksa berkasnya, atau bila jumlah ini benar, tambahkan {"snapshot": "${date}", "terdaftar": ${rows.length}, "alasan": "…"} ke "konfirmasi_penurunan" di ${LAYOUT.dataset}`,
      'snapshot:drop',
    );
  });
  const text = datasetBytes ? new TextDecoder().decode(datasetBytes) : '';
  const stale = (date: string, message: string) => {
    ok = false;
    at(LAYOUT.dataset).add(lineOfKey(text, date), 0, `konfirmasi_penurunan: snapshot "${date}" ${message}`, 'dataset:confirmation');
  };
  for (const [date, k] of confirmed) {
    if (used.has(date)) continue;
    const snapshot = snapshots.find((s) => s.date === date);
    // An invalid snapshot is reported at its own file; its confirmation is judged once it is valid.
    if (!snapshot) {
      if (!dates.has(date)) stale(date, 'tidak ada; hapus entri ini atau perbaiki tanggalnya');
    } else if (snapshot.rows.length === k.terdaftar) stale(date, 'tidak turun lebih dari separuh; hapus entri ini');
    else stale(date, `dikonfirmasi berisi ${count.format(k.terdaftar)} koperasi, tetapi berkasnya berisi ${count.format(snapshot.rows.length)}; periksa berkasnya, lalu perbarui "terdaftar"`);
  }
  return ok;
}

/** Folder → problems, and typed rows when valid. `root` is the folder's name as shown in problems. */
export async function validateFolder(
  root: string,
  folder: ReadonlyMap<string, Uint8Array>,
  { today = new Date().toISOString().slice(0, 10) }: { today?: string } = {},
): Promise<ValidationResult> {
  const given = new Map([...folder].filter(([path]) => !isArtefact(path)));
  const problems: Problem[] = [];
  const { workbooks, twins } = workbooksOf(given, reporter(root, problems));
  // Files by their contract names (a workbook under its table's CSV name); problems name each
  // file as it is in the folder.
  const tableOfWorkbook = new Map([...workbooks].map(([table, path]) => [path, table]));
  const files = new Map([...given].filter(([path]) => !twins.has(path)).map(([path, bytes]) => [tableOfWorkbook.get(path) ?? path, bytes] as const));
  const at = reporter(root, problems, (path) => workbooks.get(path) ?? path);
  // Workbooks are read first (their reader loads on demand); CSV files as they are validated.
  const sheets = new Map<string, CsvResult>();
  for (const [table, path] of workbooks) sheets.set(table, await readWorkbook(given.get(path)!, at(table).path));
  const tableFile = (path: string, bytes: Uint8Array) => sheets.get(path) ?? readCsv(bytes, at(path).path);
  const read = (path: string, optional = false): Uint8Array | null => {
    const bytes = files.get(path);
    if (!bytes && !optional) at(path).add(1, 0, 'berkas wajib tidak ada');
    return bytes ?? null;
  };
  const noRules: RuleContext = { year: 0, desaKecamatan: new Map(), koperasiIds: null, penduduk: null };
  const ifRead = <T>(path: string, parse: (bytes: Uint8Array, report: Report) => T | null, optional = false) => {
    const bytes = read(path, optional);
    return bytes ? parse(bytes, at(path)) : null;
  };

  const datasetJson = ifRead(LAYOUT.dataset, (b, r) => validateJson(b, r, datasetSchema));
  const penduduk = datasetJson?.penduduk?.jumlah ?? null;

  const kecamatanTable = ifRead(kecamatan.path, (b, r) => validateTable(kecamatan, tableFile(kecamatan.path, b), r, noRules, {}));
  const kecamatanRows = kecamatanTable?.rows ?? null;
  const keys: Keys = { kecamatan: kecamatanRows && new Set(kecamatanRows.map((k) => k.kode_kecamatan)) };
  const desaRows = ifRead(desa.path, (b, r) => validateTable(desa, tableFile(desa.path, b), r, noRules, keys))?.rows ?? null;
  keys.desa = desaRows && new Set(desaRows.map((d) => d.kode_desa));
  const sipdRows = ifRead(sipd.path, (b, r) => validateTable(sipd, tableFile(sipd.path, b), r, noRules, keys))?.rows ?? null;
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
  // The region's BPS codes (dataset.json "wilayah") contain each other and every kecamatan's.
  const wilayah = datasetJson?.wilayah;
  if (wilayah) {
    const text = new TextDecoder().decode(files.get(LAYOUT.dataset)!);
    if (!wilayah.kode_kabupaten_kota.startsWith(wilayah.kode_provinsi))
      at(LAYOUT.dataset).add(lineOfKey(text, 'kode_kabupaten_kota'), 0, `wilayah: kode_kabupaten_kota "${wilayah.kode_kabupaten_kota}" tidak diawali kode_provinsi "${wilayah.kode_provinsi}"`, 'dataset:wilayah');
    kecamatanTable?.rows.forEach((k, i) => {
      if (!k.kode_bps.startsWith(wilayah.kode_kabupaten_kota))
        at(kecamatan.path).add(kecamatanTable.lines[i]!, kecamatanTable.header.indexOf('kode_bps') + 1, `kolom kode_bps: nilai "${k.kode_bps}" tidak diawali kode BPS kabupaten/kota "${wilayah.kode_kabupaten_kota}" (dataset.json "wilayah")`, 'kode_bps:wilayah');
    });
  }
  const geojson = ifRead(LAYOUT.geojson, (b, r) => validateGeoJson(b, r, keys.kecamatan ?? null, desaRows));

  // Snapshots: one folder per date, each holding koperasi.csv.
  const snapshotDates = new Set<string>();
  for (const path of files.keys()) {
    const folder = SNAPSHOT_DIR.exec(path)?.[1];
    if (folder === undefined) continue;
    if (!isIsoDate(folder)) at(`${LAYOUT.snapshots}/${folder}`).add(1, 0, `nama folder snapshot ${quote(folder)} bukan tanggal YYYY-MM-DD`);
    else if (!isRecordYear(Number(folder.slice(0, 4)))) at(`${LAYOUT.snapshots}/${folder}`).add(1, 0, `nama folder snapshot ${quote(folder)}: tahun di luar 1945–2100`);
    // A registry as of a day that has not come is a typing mistake (2062 for 2026).
    else if (folder > today) at(`${LAYOUT.snapshots}/${folder}`).add(1, 0, `nama folder snapshot ${quote(folder)}: tanggal sesudah hari ini (${today}); periksa tahunnya`);
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
    const context = { year: Number(date.slice(0, 4)), desaKecamatan, koperasiIds: null, penduduk };
    const rows = validateTable(koperasi, tableFile(path, files.get(path)!), at(path), context, keys)?.rows;
    if (rows) snapshots.push({ date, path: workbooks.get(path) ?? path, rows });
    else snapshotsOk = false;
  }
  if (!checkDrops(snapshots, snapshotDates, datasetJson, at, files.get(LAYOUT.dataset))) snapshotsOk = false;

  // Activity log: one file per year.
  const koperasiIds = new Set(snapshots.flatMap((s) => s.rows.map((r) => r.id_koperasi)));
  const kegiatanYears: KegiatanYear[] = [];
  let kegiatanOk = true;
  const kegiatanState: TableState = { seen: new Map() };
  const kegiatanFiles = [...files.keys()].filter((p) => KEGIATAN_FILE.test(p)).sort();
  for (const path of kegiatanFiles) {
    const name = KEGIATAN_FILE.exec(path)![1]!;
    const year = /^(\d{4})\.csv$/.exec(name)?.[1];
    if (!year || !isRecordYear(Number(year)) || Number(year) > Number(today.slice(0, 4))) {
      at(path).add(1, 0, `nama berkas kegiatan ${quote(name)} bukan YYYY.csv dengan tahun 1945–${today.slice(0, 4)}`);
      kegiatanOk = false;
      continue;
    }
    // Unknown ids are only knowable when every snapshot is valid.
    const context = { year: Number(year), desaKecamatan, koperasiIds: snapshotsOk ? koperasiIds : null, penduduk };
    const rows = validateTable(kegiatan, tableFile(path, files.get(path)!), at(path), context, keys, kegiatanState)?.rows;
    if (rows) kegiatanYears.push({ year: Number(year), path: workbooks.get(path) ?? path, rows });
    else kegiatanOk = false;
  }

  // A data file anywhere else is not read: say so, rather than publish without it.
  const known = [LAYOUT.dataset, target.path, kecamatan.path, desa.path, sipd.path, LAYOUT.geojson, LAYOUT.published];
  for (const path of files.keys()) {
    if (known.includes(path as (typeof known)[number]) || SNAPSHOT_DIR.test(path) || KEGIATAN_FILE.test(path)) continue;
    at(path).add(1, 0, unread(path, known), 'folder:unread');
  }

  const targetRows = files.has(target.path) ? (ifRead(target.path, (b, r) => validateTable(target, tableFile(target.path, b), r, noRules, keys))?.rows ?? null) : [];

  // The record of what was published: a published snapshot changes only through a revision.
  const dataFiles: DataFile[] = [];
  for (const [path, bytes] of [...given].sort(([a], [b]) => (a < b ? -1 : 1))) dataFiles.push({ path, bytes, sha256: await sha256Hex(bytes) });
  const record = files.has(LAYOUT.published) ? ifRead(LAYOUT.published, (b, r) => validateJson(b, r, publishedSchema)) : null;
  let recordOk = !files.has(LAYOUT.published) || record !== null;
  if (record) {
    const report = at(LAYOUT.published);
    const text = new TextDecoder().decode(files.get(LAYOUT.published)!);
    const current = new Map(dataFiles.map((f) => [f.path, f.sha256]));
    for (const [path, recorded] of Object.entries(record.berkas)) {
      if (!SNAPSHOT_DIR.test(path)) continue;
      // A snapshot published as CSV and now kept as a workbook (or back) is the same snapshot.
      const now = current.get(path) ?? current.get(otherForm(path));
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
  const grouped = groupProblems(problems);

  if (
    problems.length > 0 || !datasetJson || !kecamatanRows || !countsOk || !desaRows || !sipdRows || !geojson ||
    !snapshotsOk || !kegiatanOk || !targetRows || !recordOk
  ) {
    return { problems: grouped, data: null };
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
