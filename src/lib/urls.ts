// Addresses of the site's own files that build and browser code both name.

/** Every kecamatan's code and name (src/pages/kecamatan/daftar.json.ts): fetched when needed, so
 * that no page carries the whole region's list. */
export const KECAMATAN_LIST = '/kecamatan/daftar.json';

export interface KecamatanListItem {
  kode: string;
  nama: string;
}
