// Ranked and shortened lists, one way everywhere: a "top N" (or "lowest N") keeps every item
// tied with the Nth, and a list cut short never leaves a single item unnamed.

/**
 * The rows of the first `n` places by value, highest first (or lowest first), and every row tied
 * with the nth. Rows without a value are left out; rows of equal value keep their given order.
 */
export function topWithTies<R>(rows: readonly R[], n: number, value: (row: R) => number | null, order: 'highest' | 'lowest' = 'highest'): R[] {
  const sign = order === 'highest' ? -1 : 1;
  const valued = rows
    .map((row) => ({ row, v: value(row) }))
    .filter((x): x is { row: R; v: number } => x.v !== null && !Number.isNaN(x.v))
    .sort((a, b) => sign * (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  if (n <= 0) return [];
  let end = Math.min(n, valued.length);
  while (end < valued.length && valued[end]!.v === valued[end - 1]!.v) end++;
  return valued.slice(0, end).map((x) => x.row);
}

/**
 * A list cut to `max` items for reading: all of it when at most one more would be left (that one
 * is named rather than counted), else the first `max` and how many are left (then at least 2).
 */
export function shorten<T>(items: readonly T[], max: number): { shown: T[]; rest: number } {
  if (items.length <= max + 1) return { shown: [...items], rest: 0 };
  return { shown: items.slice(0, max), rest: items.length - max };
}
