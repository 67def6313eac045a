// The site's languages and their paths: Bahasa Indonesia first (paths as they are), English
// second (/en/…). No dictionary here, so that browser code can import it for a few bytes.
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of a locale Astro reports (Astro.currentLocale) or a page declares. */
export function langOf(locale: string | undefined): Lang {
  return locale === 'en' ? 'en' : 'id';
}

/** A path of the site in a language: /program/ or /en/program/. */
export function localized(lang: Lang, path: string): string {
  return lang === 'id' ? path : `/${lang}${path}`;
}

/** The same page in another language. */
export function translated(path: string, to: Lang): string {
  const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return localized(to, bare);
}

/** The kecamatan's profile page in a language. */
export const kecamatanHref = (lang: Lang, kode: string) => localized(lang, `/kecamatan/${kode}/`);
