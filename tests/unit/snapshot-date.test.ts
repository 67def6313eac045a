// The date /data/periksa/ starts at for a new koperasi.csv: the next quarter end after the latest
// published snapshot, never a published date and never after today (the validator rejects that).
import { describe, expect, it } from 'vitest';
import { nextSnapshotDate } from '../../src/lib/snapshot-date.ts';

/** A today long after every date below: the quarter end alone decides. */
const LATER = '2030-01-01';

describe('nextSnapshotDate', () => {
  it('is the quarter end after the latest published snapshot, whatever the order of the list', () => {
    expect(nextSnapshotDate(['2025-06-30'], LATER)).toBe('2025-09-30');
    expect(nextSnapshotDate(['2025-12-31', '2025-06-30'], LATER)).toBe('2026-03-31');
    expect(nextSnapshotDate(['2024-03-31', '2025-09-30', '2025-03-31'], LATER)).toBe('2025-12-31');
  });

  it('ends the quarter of a snapshot taken inside one', () => {
    expect(nextSnapshotDate(['2025-01-01'], LATER)).toBe('2025-03-31');
    expect(nextSnapshotDate(['2025-03-30'], LATER)).toBe('2025-03-31');
    expect(nextSnapshotDate(['2025-04-01'], LATER)).toBe('2025-06-30');
    expect(nextSnapshotDate(['2025-12-30'], LATER)).toBe('2025-12-31');
  });

  it('is never a published date, and no quarter end is skipped, for every day of two years', () => {
    const quarterEnds = [2024, 2025, 2026].flatMap((y) => ['03-31', '06-30', '09-30', '12-31'].map((md) => `${y}-${md}`));
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
      const latest = new Date(day).toISOString().slice(0, 10);
      const next = nextSnapshotDate(['2023-06-30', latest], LATER)!;
      expect(next > latest, latest).toBe(true);
      expect(next, latest).toMatch(/^\d{4}-(03-31|06-30|09-30|12-31)$/);
      expect(quarterEnds.filter((q) => q > latest && q < next), latest).toEqual([]);
    }
  });

  it('is today while the next quarter has not ended (a later date is refused by the validator)', () => {
    // The sample's case on 30 November 2026: published up to 30 September, the quarter ends 31 December.
    expect(nextSnapshotDate(['2026-09-30'], '2026-11-30')).toBe('2026-11-30');
    expect(nextSnapshotDate(['2026-09-30'], '2026-10-01')).toBe('2026-10-01');
    expect(nextSnapshotDate(['2026-09-30'], '2026-12-31')).toBe('2026-12-31');
    expect(nextSnapshotDate(['2026-09-30'], '2027-02-01')).toBe('2026-12-31');
    for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const today = new Date(day).toISOString().slice(0, 10);
      const offered = nextSnapshotDate(['2024-12-31'], today)!;
      expect(offered <= today, today).toBe(true);
      expect(offered > '2024-12-31', today).toBe(true);
    }
  });

  it('is today, published, only when the latest snapshot is dated today', () => {
    expect(nextSnapshotDate(['2026-11-30'], '2026-11-30')).toBe('2026-11-30');
  });

  it('has no date to offer when nothing is published', () => {
    expect(nextSnapshotDate([], LATER)).toBeNull();
  });
});
