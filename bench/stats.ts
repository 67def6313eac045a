// Summaries of repeated measurements: the median with min and max, and percentiles.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The p-th percentile (0–1) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no measurement to summarize');
  return { median: percentile(values, 0.5), min: Math.min(...values), max: Math.max(...values), n: values.length };
}
