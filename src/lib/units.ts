// One formatter per unit kind of the catalogue (catalogue.ts), for values and for changes, so a
// count, a percent or a rupiah amount reads the same on every page, in every language.
import type { Unit } from './catalogue.ts';
import type { Format } from './format.ts';
import type { Strings } from './i18n/id.ts';

/** A value: 1.234 · 64,7% · Rp 12,3 miliar; a dash when null (undefined, ÷ 0). */
export function formatValue(unit: Unit, value: number | null, f: Format): string {
  switch (unit) {
    case 'count':
      return f.number(value);
    case 'percent':
      return f.percent(value);
    case 'rupiah':
      return f.rupiah(value);
  }
}

/** A change: +12 · −3,2 poin persentase · +Rp 1,2 juta; a dash when either side is undefined. */
export function formatChange(unit: Unit, change: number | null, f: Format, t: Strings): string {
  if (change === null || !Number.isFinite(change)) return f.number(null);
  switch (unit) {
    case 'count':
      return f.change(change);
    case 'percent':
      return `${f.change(change, 1)} ${t.figures.points}`;
    case 'rupiah':
      return `${change > 0 ? '+' : change < 0 ? '−' : ''}${f.rupiah(Math.abs(change))}`;
  }
}

/** An indicator's name with its unit where a column or an axis needs it: "Cakupan pendampingan (%)". */
export function labelWithUnit(unit: Unit, label: string): string {
  return unit === 'percent' ? `${label} (%)` : label;
}
