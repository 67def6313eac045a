// What "Simpan untuk luring" keeps. A kabupaten's site is precached whole: every page of every
// kecamatan, what an FGD in any hall needs. A province's or the nation's would be every page of
// thousands of kecamatan (gigabytes, and a service worker listing each): there the region's
// pages, the data and the engine are precached, and a kecamatan's own pages are kept as they are
// opened, the page that saves at once.
import { LANGS, localized } from './i18n/langs.ts';

export const PRECACHE_KECAMATAN_LIMIT = 100;

/** The cache of kecamatan pages kept as they are opened, when not all are precached. */
export const KECAMATAN_PAGE_CACHE = 'halaman-kecamatan';

export const precachesEveryPage = (kecamatan: number) => kecamatan <= PRECACHE_KECAMATAN_LIMIT;

/** The page types with one page per kecamatan, as folders of the site in every language. */
export const KECAMATAN_PAGE_FOLDERS = LANGS.flatMap((lang) => ['kecamatan', 'ringkasan', 'presentasi'].map((page) => localized(lang, `/${page}/`)));
