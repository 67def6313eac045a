// One dictionary per language, and what a page or component needs to speak its language.
import { type Format, formatFor } from '../format.ts';
import { en } from './en.ts';
import { type Strings, id } from './id.ts';
import { type Lang, langOf, localized } from './langs.ts';

export { LANGS, type Lang, langOf, localized, translated, kecamatanHref } from './langs.ts';
export type { Strings };

const DICTIONARIES: Record<Lang, Strings> = { id, en };

export function dictionary(lang: Lang): Strings {
  return DICTIONARIES[lang];
}

export interface Locale {
  lang: Lang;
  t: Strings;
  f: Format;
  /** A path of the site in this language. */
  href(path: string): string;
}

/** Words, formats and paths for the locale Astro reports (Astro.currentLocale). */
export function locale(current: string | undefined): Locale {
  const lang = langOf(current);
  return { lang, t: dictionary(lang), f: formatFor(lang), href: (path) => localized(lang, path) };
}
