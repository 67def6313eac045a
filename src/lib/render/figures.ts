// The headline figures: value, change since the baseline snapshot, and the target where one exists.
import { FIGURES, type FigureSpec, type Indicator, type IndicatorKey, indicator } from '../catalogue.ts';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import { type Counts, type Indicators, type Targets, mentoringByJalur } from '../indicators.ts';
import { formatChange, formatValue } from '../units.ts';
import { inSentence } from '../words.ts';
import { JALUR_COLORS } from '../charts/mentoring.ts';
import { builder, type Child } from './dom.ts';

export interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
  change?: string;
  target?: { text: string; met: boolean };
  extra?: Child;
}

interface FigureContext {
  document: Document;
  t: Strings;
  f: Format;
  current: Indicators;
  /** The baseline of changes: the previous or the compared snapshot (view.ts baseline). */
  previous: Indicators | null;
  targets: Targets;
}

type Values = Partial<Record<IndicatorKey, number | null>>;

/**
 * A ratio's part and whole, for a figure's detail, each in its unit: "1.100 dari 1.200 koperasi
 * aktif" for a percentage, "Rp 30 miliar untuk 210.442 anggota" for an amount per unit.
 */
export function ratioDetail(key: string, values: Values, t: Strings, f: Format): string {
  const i = indicator(key);
  if (!('ratio' in i)) return '';
  const [part, whole] = i.ratio.map(indicator) as [Indicator, Indicator];
  const noun = inSentence(t.indicators[whole.key].label, t.words.keepCase);
  const written = (x: Indicator) => formatValue(x.unit, values[x.key] ?? null, f);
  return `${(i.unit === 'percent' ? t.figures.ofTotal : t.figures.perTotal)(written(part), written(whole))} ${noun}`;
}

/** The figures of one snapshot, one card per catalogue figure (catalogue.ts FIGURES), from values only (no engine here). */
export function headlineFigures(c: FigureContext): Figure[] {
  const { t, f, current: i, previous: p, targets } = c;
  const values = i as Values;
  const before = p as Values | null;
  const h = builder(c.document);
  const year = Number(i.snapshot.slice(0, 4));
  const target = (key: string) => {
    const entry = indicator(key);
    const goal = 'target' in entry ? targets[entry.target] : undefined;
    if (goal === undefined) return undefined;
    const actual = values[entry.key] ?? null;
    const met = actual !== null && actual >= goal;
    return { text: `${t.figures.target(formatValue(entry.unit, goal, f), year)} · ${met ? t.figures.targetMet : t.figures.targetNotMet}`, met };
  };
  return FIGURES.map((entry): Figure => {
    const spec: FigureSpec = entry.figure;
    const value = values[entry.key] ?? null;
    const then = before ? (before[entry.key] ?? null) : null;
    const shown =
      spec.of !== undefined
        ? t.figures.ofTotal(f.number(value), f.number(values[spec.of as IndicatorKey] ?? null))
        : value === null && entry.unit === 'percent'
          ? t.figures.undefinedPercent
          : formatValue(entry.unit, value, f);
    const detail = spec.share
      ? `${formatValue(indicator(spec.share).unit, values[spec.share as IndicatorKey] ?? null, f)} · ${ratioDetail(spec.share, values, t, f)}`
      : 'ratio' in entry
        ? ratioDetail(entry.key, values, t, f)
        : undefined;
    const change = !p
      ? t.figures.noPrevious
      : value === null || then === null
        ? undefined
        : t.figures.change(formatChange(entry.unit, value - then, f, t), f.date(p.snapshot));
    return {
      key: entry.key,
      label: t.indicators[entry.key].label,
      value: shown,
      detail,
      change,
      target: target(spec.share ?? entry.key),
      extra: spec.split ? split(h, i, t, f) : undefined,
    };
  });
}

/** The mentored cooperatives split by jalur, as a bar and its legend. */
function split(h: ReturnType<typeof builder>, i: Counts, t: Strings, f: Format): HTMLElement {
  const jalur = mentoringByJalur(i);
  const mentored = Math.max(1, i.didampingi);
  return h('div', { class: 'split' }, [
    h('div', { class: 'split-bar', 'aria-hidden': 'true' }, jalur.map(({ n }, k) => h('span', { style: `width:${(100 * n) / mentored}%;background:${JALUR_COLORS[k]}` }))),
    h('ul', { class: 'split-legend', 'aria-label': t.figures.byJalur }, jalur.map(({ jalur: j, n }, k) =>
      h('li', {}, [h('span', { class: 'swatch', style: `background:${JALUR_COLORS[k]}`, 'aria-hidden': 'true' }), `${t.values.jalur[j]} ${f.number(n)}`]),
    )),
  ]);
}

export function figureCards(document: Document, figures: readonly Figure[]): HTMLElement {
  const h = builder(document);
  return h('div', { class: 'figures' }, figures.map((fig) =>
    h('article', { class: 'figure-card', 'data-figure': fig.key }, [
      h('h3', {}, [fig.label]),
      h('p', { class: 'value' }, [fig.value]),
      fig.detail ? h('p', { class: 'detail' }, [fig.detail]) : null,
      fig.extra ?? null,
      fig.change ? h('p', { class: 'change' }, [fig.change]) : null,
      fig.target ? h('p', { class: fig.target.met ? 'target met' : 'target' }, [fig.target.text]) : null,
    ]),
  ));
}
