// The reporting period, defined once: the data date is the latest snapshot, and no figure of any
// page counts an activity dated after it. The activity log may run ahead of the registry (an
// officer logs October's bazaar before December's snapshot); those activities appear on every
// page together, once a snapshot of that date is published.
import type { ViewOptions } from './view.ts';

/** A closed range of days [start, end], ISO dates. */
export interface DateRange {
  start: string;
  end: string;
}

/** The period a snapshot's activity counts cover: (start, end], from the snapshot before it. */
export interface Period {
  start: string;
  end: string;
}

/** The data date: the latest snapshot (ISO date). Every figure of the site is as of this date or earlier. */
export function dataDate(options: Pick<ViewOptions, 'snapshots'>): string {
  return options.snapshots.at(-1)!;
}

/** The earlier of two ISO dates. */
const earlier = (a: string, b: string) => (a < b ? a : b);

/** A range cut at the data date: what of it can be reported. */
export function untilDataDate(range: DateRange, options: Pick<ViewOptions, 'snapshots'>): DateRange {
  return { start: range.start, end: earlier(range.end, dataDate(options)) };
}

/**
 * The years the program page offers: the years of the activity log up to the data date's year
 * (a log file of a later year has nothing to report yet), or the data date's year without a log.
 */
export function reportingYears(logYears: readonly number[], options: Pick<ViewOptions, 'snapshots'>): number[] {
  const last = Number(dataDate(options).slice(0, 4));
  const years = logYears.filter((y) => y <= last);
  return years.length > 0 ? [...years].sort((a, b) => a - b) : [last];
}

/** The activity period of a snapshot: since the snapshot before it, or the three months before the first. */
export function periodOf(snapshot: string, options: Pick<ViewOptions, 'snapshots'>): Period {
  const i = options.snapshots.indexOf(snapshot);
  if (i > 0) return { start: options.snapshots[i - 1]!, end: snapshot };
  const d = new Date(`${snapshot}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return { start: d.toISOString().slice(0, 10), end: snapshot };
}

/** The calendar quarter a date falls in, up to that date. */
export function quarterUntil(date: string): DateRange & { quarter: number; year: number } {
  const year = Number(date.slice(0, 4));
  const quarter = Math.ceil(Number(date.slice(5, 7)) / 3);
  return { start: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`, end: date, quarter, year };
}
