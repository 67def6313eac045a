// The benchmark's results as a Markdown table: every figure of every scale beside its budget.
import type { Summary } from './stats.ts';

export interface Figure {
  scale: string;
  name: string;
  summary: Summary;
  unit: 'ms' | 'bytes' | 's' | 'count';
  /** The most it may be; met when the median is within it. */
  budget?: number;
}

function show(value: number, unit: Figure['unit']): string {
  const number = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  switch (unit) {
    case 'ms':
      return `${number(value)} ms`;
    case 's':
      return `${number(value, 1)} s`;
    case 'count':
      return number(value);
    case 'bytes':
      return value >= 1e6 ? `${number(value / 1e6, 1)} MB` : `${number(value / 1e3, 1)} kB`;
  }
}

export const met = (f: Figure) => (f.budget === undefined ? null : f.summary.median <= f.budget);

export function markdown(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const verdict = met(f);
    return [
      f.scale,
      f.name,
      show(f.summary.median, f.unit),
      `${show(f.summary.min, f.unit)} – ${show(f.summary.max, f.unit)}`,
      String(f.summary.n),
      f.budget === undefined ? '' : `≤ ${show(f.budget, f.unit)}`,
      verdict === null ? '' : verdict ? 'met' : '**not met**',
    ];
  });
  const header = ['scale', 'figure', 'median', 'min – max', 'n', 'budget', ''];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
