// The date the data check offers for a new koperasi.csv: one the site has not published yet, so
// a new quarter's file is checked as a new snapshot (not as a change to a published one), and not
// after today, which the validator rejects (a snapshot records data that exists).

/** Last day of each quarter, by the quarter's last month. */
const QUARTER_ENDS = [
  [3, 31],
  [6, 30],
  [9, 30],
  [12, 31],
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first quarter end (31 March, 30 June, 30 September, 31 December) after the latest of the
 * published snapshot dates (`YYYY-MM-DD`), or `today` (`YYYY-MM-DD`, the validator's UTC date) if
 * that quarter has not ended yet; null when nothing is published. Only when the latest snapshot is
 * dated today is the date offered a published one (the page then says what to do).
 */
export function nextSnapshotDate(published: readonly string[], today: string): string | null {
  const latest = published.reduce<string | null>((max, date) => (max === null || date > max ? date : max), null);
  if (latest === null) return null;
  const year = Number(latest.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const [month, day] of QUARTER_ENDS) {
      const date = `${y}-${pad(month)}-${pad(day)}`;
      if (date > latest) return date <= today ? date : today;
    }
  }
  throw new Error(`tanggal snapshot tidak sah: ${latest}`);
}
