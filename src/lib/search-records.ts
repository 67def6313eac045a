// The site search's own records: one per cooperative and one per desa/kelurahan of the latest
// snapshot, each naming what it is and where, and opening its kecamatan page at its row (the
// cooperatives table's page it is on in the default order, then the row, highlighted). Indexed
// beside the pages, whose tables are left out of the index so a result is never a run of cells.
import type { Engine } from './engine/engine.ts';
import type { JenisDesa, JenisKoperasi, Status } from './enums.ts';
import { type Lang, dictionary, kecamatanHref } from './i18n/index.ts';
import { ORDER, PAGE_SIZE, PROFILE_PARAMS, cooperativeRowId, desaRowId } from './profile.ts';
import { type Query, cooperativesSql, date, raw, sql } from './sql.ts';

/**
 * A record as Pagefind's `addCustomRecord` takes it (url relative to the site root). The search
 * page shows `meta.detail` whole in place of an excerpt (src/scripts/search.ts); `content` is
 * what is searched.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: Lang;
  meta: { title: string; detail: string };
}

const record = (url: string, title: string, detail: string, searched: string, language: Lang): SearchRecord => ({
  url,
  content: `${title}. ${searched}`,
  language,
  meta: { title, detail },
});

interface CooperativeEntry {
  id_koperasi: string;
  nama_koperasi: string;
  jenis_koperasi: JenisKoperasi;
  status: Status;
  kode_kecamatan: string;
  nama_desa: string | null;
  /** 1-based page of its kecamatan's cooperatives table, in the table's default order. */
  page: number;
}

interface DesaEntry {
  kode_desa: string;
  nama_desa: string;
  jenis: JenisDesa;
  kode_kecamatan: string;
  /** Its Koperasi Merah Putih at the snapshot, if any. */
  kopdes: string | null;
}

/** Every cooperative of a snapshot, with the page of its kecamatan's table it is on. */
export function cooperativeEntriesSql(snapshot: string): Query {
  return sql`WITH k AS (${cooperativesSql({ kecamatan: [], jenis: [], status: [], jalur: [] }, [snapshot])})
SELECT k.id_koperasi, k.nama_koperasi, k.jenis_koperasi, k.status, k.kode_kecamatan, d.nama_desa,
  -- floor, not //: a number parameter is bound as a DOUBLE, and a cast to INTEGER rounds.
  (floor((row_number() OVER (PARTITION BY k.kode_kecamatan ORDER BY ${raw(ORDER.nama)}) - 1) / ${PAGE_SIZE}) + 1)::INTEGER AS page
FROM k LEFT JOIN desa d USING (kode_desa)
ORDER BY k.kode_kecamatan, ${raw(ORDER.nama)}`;
}

/** Every desa/kelurahan, with its Koperasi Merah Putih at a snapshot (as the desa table names it). */
export function desaEntriesSql(snapshot: string): Query {
  return sql`SELECT d.kode_desa, d.nama_desa, d.jenis, d.kode_kecamatan,
  min(k.nama_koperasi) AS kopdes
FROM desa d
LEFT JOIN koperasi k ON k.kode_desa = d.kode_desa AND k.snapshot = ${date(snapshot)} AND k.kopdes_merah_putih
GROUP BY ALL
ORDER BY d.kode_desa`;
}

/**
 * The search records of one language at `snapshot` (the latest: the one the static pages show).
 * `names` maps kode_kecamatan to nama_kecamatan.
 */
export async function searchRecords(engine: Engine, snapshot: string, names: ReadonlyMap<string, string>, lang: Lang): Promise<SearchRecord[]> {
  const t = dictionary(lang);
  const [cooperatives, desa] = await Promise.all([
    engine.query<CooperativeEntry>(cooperativeEntriesSql(snapshot)),
    engine.query<DesaEntry>(desaEntriesSql(snapshot)),
  ]);
  const kecamatan = (kode: string) => names.get(kode) ?? kode;
  return [
    ...cooperatives.map((c) => {
      const describe = (desa: string | null) => t.search.cooperative(t.values.jenis_koperasi[c.jenis_koperasi], t.values.status[c.status], desa, kecamatan(c.kode_kecamatan));
      const url = `${kecamatanHref(lang, c.kode_kecamatan)}${c.page > 1 ? `?${PROFILE_PARAMS.page}=${c.page}` : ''}#${cooperativeRowId(c.id_koperasi)}`;
      // Its desa is shown, not searched: a desa's name finds the desa first, not its every cooperative.
      return record(url, c.nama_koperasi, describe(c.nama_desa), describe(null), lang);
    }),
    ...desa.map((d) => {
      const detail = t.search.desa(kecamatan(d.kode_kecamatan), d.kopdes);
      return record(`${kecamatanHref(lang, d.kode_kecamatan)}#${desaRowId(d.kode_desa)}`, `${t.values.jenis_desa[d.jenis]} ${d.nama_desa}`, detail, detail, lang);
    }),
  ];
}
