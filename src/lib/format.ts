// Numbers, rupiah, percentages and dates for people: id-ID by default (English as a second
// language), always through Intl so that build and browser write them the same way.
import type { Lang } from './i18n/langs.ts';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const MISSING = '–';

export interface Format {
  lang: Lang;
  /** 1.234.567 */
  number(n: number | null): string;
  /** 64,7% (input in percent, 0–100) */
  percent(p: number | null): string;
  /** Rp 12,3 miliar (compact, for figures) */
  rupiah(n: number | null): string;
  /** Rp 12.345.678 (exact, for tables) */
  rupiahExact(n: number | null): string;
  /** +12 / −3,2 (a change; 0 stays 0) */
  change(n: number | null, digits?: number): string;
  /** 30 September 2026 */
  date(iso: string): string;
  /** Sep 26 (for axes) */
  monthShort(iso: string): string;
  /** A, B, dan C */
  list(items: readonly string[]): string;
  /** 312 kB, 1,3 MB */
  bytes(n: number): string;
}

const cache = new Map<Lang, Format>();

export function formatFor(lang: Lang = 'id'): Format {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = LOCALES[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  // One formatter per number of digits, made once: a figure card formats several changes per view.
  const changes = new Map<number, Intl.NumberFormat>();
  const change = (digits: number) => {
    let format = changes.get(digits);
    if (!format) changes.set(digits, (format = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: digits, minimumFractionDigits: digits })));
    return format;
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const ok = (n: number | null): n is number => n !== null && Number.isFinite(n);
  const format: Format = {
    lang,
    number: (n) => (ok(n) ? integer.format(n) : MISSING),
    percent: (p) => (ok(p) ? `${percent.format(p)}%` : MISSING),
    rupiah: (n) => (ok(n) ? `Rp${'\u00a0'}${Math.abs(n) < 1e6 ? integer.format(n) : compact.format(n)}` : MISSING),
    rupiahExact: (n) => (ok(n) ? `Rp${'\u00a0'}${integer.format(n)}` : MISSING),
    change: (n, digits = 0) => (ok(n) ? change(digits).format(n).replace('-', '−') : MISSING),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
    monthShort: (iso) => month.format(new Date(`${iso}T00:00:00Z`)),
    list: (items) => list.format(items),
    bytes: (n) => (n < 1e6 ? `${integer.format(Math.max(1, Math.round(n / 1e3)))} kB` : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n / 1e6)} MB`),
  };
  cache.set(lang, format);
  return format;
}
