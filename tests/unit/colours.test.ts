// The charts' colours stay apart for readers with colour-vision deficiency: every pair of a
// categorical palette, and every neighbouring pair of a sequential one, is still a visible
// difference (CIEDE2000 ≥ 10) after simulating protanopia, deuteranopia and tritanopia
// (Machado et al. 2009, via culori). Colour is never the only carrier: the charts also label,
// shape (desa map) and tabulate what they show, which the site tests read.
import { type Color, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_COLORS } from '../../src/lib/charts/activity-map.ts';
import { STATUS_COLORS } from '../../src/lib/charts/composition.ts';
import { KOPDES_COLORS } from '../../src/lib/charts/desa-map.ts';
import { ODOC_COLORS, symmetricThresholds } from '../../src/lib/charts/map.ts';
import { JALUR_COLORS } from '../../src/lib/charts/mentoring.ts';

const VISIONS: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const difference = differenceCiede2000();
const MIN = 10;

/** The pairs of `colors` that look alike to `vision`. */
function alike(colors: readonly string[], neighboursOnly: boolean, vision: (c: Color) => Color) {
  return pairs(colors, neighboursOnly)
    .map(([a, b]) => {
      const [x, y] = [vision(parse(a)!), vision(parse(b)!)];
      return { a, b, seen: [formatHex(x), formatHex(y)], difference: difference(x, y) };
    })
    .filter((p) => p.difference < MIN);
}

/** Each palette, and whether only neighbours must differ (a sequential scale). */
const PALETTES: [string, readonly string[], boolean][] = [
  ['STATUS_COLORS', STATUS_COLORS, false],
  ['KOPDES_COLORS', KOPDES_COLORS, false],
  ['JALUR_COLORS', JALUR_COLORS, false],
  ['ODOC_COLORS', ODOC_COLORS, false],
  ['ACTIVITY_COLORS', ACTIVITY_COLORS, true],
];

function pairs(colors: readonly string[], neighboursOnly: boolean): [string, string][] {
  return colors.flatMap((a, i) => colors.slice(i + 1, neighboursOnly ? i + 2 : undefined).map((b): [string, string] => [a, b]));
}

describe('colour palettes under colour-vision deficiency', () => {
  it('tells orange from green apart only with normal vision', () => {
    expect(alike(['#cc6633', '#669933'], false, VISIONS.normal!)).toEqual([]);
    expect(alike(['#cc6633', '#669933'], false, VISIONS.deuteranopia!)).toHaveLength(1);
  });
  for (const [vision, simulate] of Object.entries(VISIONS)) {
    for (const [name, colors, neighboursOnly] of PALETTES) {
      it(`${name} (${vision})`, () => expect(alike(colors, neighboursOnly, simulate)).toEqual([]));
    }
  }
});

describe('the compare map scale', () => {
  /** The class of a value under thresholds (as Plot's threshold scale: t[i-1] <= v < t[i]). */
  const classOf = (thresholds: number[], v: number) => thresholds.filter((x) => x <= v).length;

  it('is symmetric about zero and spans the changes the data have, in their unit', () => {
    // Changes up to +38,9 points: classes reach ±30, not a fixed ±10.
    expect(symmetricThresholds(38.9, true)).toEqual([-30, -20, -10, -0.05, 0.05, 10, 20, 30]);
    // Small changes get small steps, still symmetric.
    expect(symmetricThresholds(2.4, true)).toEqual([-2, -1, -0.05, 0.05, 1, 2]);
    // Counts change in whole units.
    expect(symmetricThresholds(7, false)).toEqual([-6, -4, -2, -0.5, 0.5, 2, 4, 6]);
  });

  it('colours no change alone: a small rise or fall is never coloured as 0', () => {
    // Up to +14 registered: +4 and −4 were in the neutral class with 0 (the caption said "naik").
    const counts = symmetricThresholds(14, false);
    expect(new Set([-4, 0, 4].map((v) => classOf(counts, v))).size).toBe(3);
    expect(new Set([-1, 0, 1].map((v) => classOf(counts, v))).size).toBe(3);
    // A percentage written as 0,0 is no change; +0,1 point is a rise.
    const percent = symmetricThresholds(38.9, true);
    expect(classOf(percent, 0.04)).toBe(classOf(percent, 0));
    expect(classOf(percent, -0.04)).toBe(classOf(percent, 0));
    expect(classOf(percent, 0.1)).toBeGreaterThan(classOf(percent, 0));
    expect(classOf(percent, -0.1)).toBeLessThan(classOf(percent, 0));
    // The no-change class is the middle one, where the diverging scheme is neutral.
    for (const t of [counts, percent]) expect(classOf(t, 0)).toBe(t.length / 2);
  });
});
