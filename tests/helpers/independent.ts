// An independent computation of the indicators, straight from the CSV files with d3-dsv and plain
// TypeScript: no validator, no schema module, no SQL. Tests compare the site against it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

type Raw = Record<string, string>;

export interface RawFolder {
  snapshots: Map<string, Raw[]>;
  kecamatan: Raw[];
  desa: Raw[];
  kegiatan: Raw[];
  target: Raw[];
}

export interface RawView {
  snapshot: string;
  jenis?: string[];
  status?: string[];
  jalur?: string[];
  kecamatan?: string[];
}

const read = (path: string): Raw[] => csvParse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown as Raw[];
const yes = (v: string | undefined) => ['ya', 'y', '1', 'true'].includes((v ?? '').trim().toLowerCase());
const int = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v.trim().replaceAll('.', '')));

export function readRawFolder(dir: string): RawFolder {
  const snapshots = new Map<string, Raw[]>();
  for (const date of readdirSync(join(dir, 'snapshots')).sort()) snapshots.set(date, read(join(dir, 'snapshots', date, 'koperasi.csv')));
  const kegiatan = existsSync(join(dir, 'kegiatan'))
    ? readdirSync(join(dir, 'kegiatan')).sort().flatMap((f) => read(join(dir, 'kegiatan', f)))
    : [];
  return {
    snapshots,
    kecamatan: read(join(dir, 'reference', 'kecamatan.csv')),
    desa: read(join(dir, 'reference', 'desa.csv')),
    kegiatan,
    target: existsSync(join(dir, 'target.csv')) ? read(join(dir, 'target.csv')) : [],
  };
}

function inView(r: Raw, v: RawView): boolean {
  return (
    (!v.kecamatan?.length || v.kecamatan.includes(r.kode_kecamatan!)) &&
    (!v.jenis?.length || v.jenis.includes(r.jenis_koperasi!)) &&
    (!v.status?.length || v.status.includes(r.status!)) &&
    (!v.jalur?.length || v.jalur.includes(r.jalur_pendampingan!))
  );
}

const pct = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

function count(rows: Raw[], year: number) {
  const aktif = rows.filter((r) => r.status === 'aktif');
  const mentored = aktif.filter((r) => yes(r.pendampingan));
  const rat = aktif.filter((r) => (int(r.tahun_rat_terakhir) ?? -Infinity) >= year - 1);
  return {
    terdaftar: rows.length,
    aktif: aktif.length,
    persen_koperasi_aktif: pct(aktif.length, rows.length),
    rat_tepat_waktu: rat.length,
    persen_rat_tepat_waktu: pct(rat.length, aktif.length),
    didampingi: mentored.length,
    didampingi_dinas: mentored.filter((r) => r.jalur_pendampingan === 'dinas').length,
    didampingi_camat: mentored.filter((r) => r.jalur_pendampingan === 'camat').length,
    didampingi_pkk: mentored.filter((r) => r.jalur_pendampingan === 'pkk').length,
    persen_cakupan_pendampingan: pct(mentored.length, aktif.length),
    desa_kopdes_merah_putih: new Set(rows.filter((r) => yes(r.kopdes_merah_putih)).map((r) => r.kode_desa)).size,
    desa_kopdes_aktif: new Set(rows.filter((r) => yes(r.kopdes_merah_putih) && r.status === 'aktif').map((r) => r.kode_desa)).size,
  };
}

export function expectedIndicators(folder: RawFolder, view: RawView) {
  const rows = folder.snapshots.get(view.snapshot)!.filter((r) => inView(r, view));
  const scope = folder.kecamatan.filter((k) => !view.kecamatan?.length || view.kecamatan.includes(k.kode_kecamatan!));
  const codes = new Set(scope.map((k) => k.kode_kecamatan));
  return {
    snapshot: view.snapshot,
    ...count(rows, Number(view.snapshot.slice(0, 4))),
    kecamatan_odoc: new Set(rows.filter((r) => yes(r.odoc)).map((r) => r.kode_kecamatan)).size,
    kecamatan_total: scope.length,
    desa_total: folder.desa.filter((d) => codes.has(d.kode_kecamatan)).length,
    anggota: rows.reduce((s, r) => s + int(r.jumlah_anggota)!, 0),
    volume_usaha: rows.reduce((s, r) => s + int(r.volume_usaha)!, 0),
    shu: rows.reduce((s, r) => s + int(r.shu)!, 0),
    modal_sendiri: rows.reduce((s, r) => s + int(r.modal_sendiri)!, 0),
  };
}

/** Activities in (start, end] per kecamatan, by pelaksana when the view filters jalur. */
export function expectedKecamatan(folder: RawFolder, view: RawView, period: { start: string; end: string }) {
  const rows = folder.snapshots.get(view.snapshot)!.filter((r) => inView(r, view));
  const scope = folder.kecamatan.filter((k) => !view.kecamatan?.length || view.kecamatan.includes(k.kode_kecamatan!));
  return scope.map((k) => {
    const mine = rows.filter((r) => r.kode_kecamatan === k.kode_kecamatan);
    const c = count(mine, Number(view.snapshot.slice(0, 4)));
    const desaTotal = folder.desa.filter((d) => d.kode_kecamatan === k.kode_kecamatan).length;
    return {
      kode_kecamatan: k.kode_kecamatan!,
      nama_kecamatan: k.nama_kecamatan!,
      ...c,
      odoc: mine.find((r) => yes(r.odoc))?.nama_koperasi ?? null,
      desa_total: desaTotal,
      persen_desa_kopdes: pct(c.desa_kopdes_merah_putih, desaTotal),
      kegiatan: folder.kegiatan.filter(
        (g) =>
          g.kode_kecamatan === k.kode_kecamatan &&
          g.tanggal! > period.start &&
          g.tanggal! <= period.end &&
          (!view.jalur?.length || view.jalur.includes(g.pelaksana!)),
      ).length,
    };
  });
}

export function expectedComposition(folder: RawFolder, view: RawView) {
  const rows = folder.snapshots.get(view.snapshot)!.filter((r) => inView(r, view));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.jenis_koperasi} ${r.status}`, (counts.get(`${r.jenis_koperasi} ${r.status}`) ?? 0) + 1);
  return counts;
}

// ---- Kecamatan profile ------------------------------------------------------------------

/** Rank 1 = highest; ties share a rank; kecamatan without a value are not ranked. */
export function expectedRank(values: Map<string, number | null>, kode: string) {
  const mine = values.get(kode);
  if (mine === null || mine === undefined) return null;
  const all = [...values.values()].filter((v): v is number => v !== null);
  return { rank: all.filter((v) => v > mine).length + 1, of: all.length };
}

export function expectedProfile(folder: RawFolder, kode: string, view: RawView) {
  const rows = folder.snapshots.get(view.snapshot)!.filter((r) => r.kode_kecamatan === kode && inView(r, view));
  const desaName = new Map(folder.desa.map((d) => [d.kode_desa, d.nama_desa]));
  const flagship = folder.snapshots.get(view.snapshot)!.find((r) => r.kode_kecamatan === kode && yes(r.odoc));
  const since = flagship
    ? [...folder.snapshots].find(([, rs]) => rs.some((r) => r.id_koperasi === flagship.id_koperasi && yes(r.odoc)))![0]
    : null;
  const kopdes = (kodeDesa: string) => folder.snapshots.get(view.snapshot)!.filter((r) => r.kode_desa === kodeDesa && yes(r.kopdes_merah_putih));
  return {
    flagship: flagship ? { nama_koperasi: flagship.nama_koperasi, jenis_koperasi: flagship.jenis_koperasi, jumlah_anggota: int(flagship.jumlah_anggota), sejak: since } : null,
    unmentored: rows.filter((r) => r.status === 'aktif' && !yes(r.pendampingan)).map((r) => r.id_koperasi).sort(),
    desa: folder.desa
      .filter((d) => d.kode_kecamatan === kode)
      .map((d) => {
        const k = kopdes(d.kode_desa!);
        return { kode_desa: d.kode_desa, status: k.length === 0 ? null : k.some((r) => r.status === 'aktif') ? 'aktif' : 'tidak_aktif' };
      })
      .sort((a, b) => a.kode_desa!.localeCompare(b.kode_desa!)),
    cooperatives: rows.map((r) => ({
      id_koperasi: r.id_koperasi!,
      nama_koperasi: r.nama_koperasi!,
      jumlah_anggota: int(r.jumlah_anggota)!,
      nama_desa: r.kode_desa ? desaName.get(r.kode_desa)! : null,
    })),
    activities: folder.kegiatan
      .filter((g) => g.kode_kecamatan === kode && g.tanggal! <= view.snapshot && (!view.jalur?.length || view.jalur.includes(g.pelaksana!)))
      .map((g) => g.id_kegiatan)
      .sort(),
  };
}

// ---- Program -------------------------------------------------------------------------------

export function expectedProgram(folder: RawFolder, start: string, end: string) {
  const g = folder.kegiatan.filter((r) => r.tanggal! >= start && r.tanggal! <= end);
  const sum = (rows: Raw[], key: string) => rows.reduce((s, r) => s + (int(r[key]) ?? 0), 0);
  const under = (kode: string) => g.filter((r) => r.kode_sipd === kode || r.kode_sipd!.startsWith(`${kode}.`));
  const byKecamatan = new Map(folder.kecamatan.map((k) => [k.kode_kecamatan!, g.filter((r) => r.kode_kecamatan === k.kode_kecamatan)]));
  return {
    kegiatan: g.length,
    anggaran: sum(g, 'anggaran'),
    realisasi: sum(g, 'realisasi'),
    peserta_pelatihan: sum(g.filter((r) => r.jenis_kegiatan!.startsWith('pelatihan_')), 'peserta'),
    bazar: g.filter((r) => r.jenis_kegiatan === 'bazar').length,
    koperasi_bazar: new Set(g.filter((r) => r.jenis_kegiatan === 'bazar' && r.koperasi).flatMap((r) => r.koperasi!.split('|'))).size,
    tenda: sum(g.filter((r) => r.barang === 'tenda'), 'jumlah_unit'),
    genset: sum(g.filter((r) => r.barang === 'genset'), 'jumlah_unit'),
    kecamatan_tanpa_kegiatan: [...byKecamatan.values()].filter((rows) => rows.length === 0).length,
    kecamatan_hanya_camat_pkk: [...byKecamatan.values()].filter((rows) => rows.length > 0 && !rows.some((r) => r.pelaksana === 'dinas')).length,
    perKecamatan: byKecamatan,
    budget: (kode: string) => ({ kegiatan: under(kode).length, anggaran: sum(under(kode), 'anggaran'), realisasi: sum(under(kode), 'realisasi') }),
  };
}
