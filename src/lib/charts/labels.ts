// Map labels that never overlap: Plot has no label placement, so after a map is drawn its labels
// are placed greedily — the largest shape's name first — and a label that would cover one
// already placed is dropped (the shape keeps its name in its tooltip, its link and the table).
// Each label size gets its own layer, since what collides depends on the size: the page's
// labels, and larger ones a projected slide shows instead (site.css).

/** Label size in the map's own units: on a page (about 13 px at 640 px wide), on a slide (24 px or more at three quarters of a 1080 px slide). */
export const LABEL_SIZES = { page: 8, slide: 13 } as const;
export type LabelLayer = keyof typeof LABEL_SIZES;

/** Width of a label in em of its font: an average for the sans-serif system fonts. */
const EM_PER_CHARACTER = 0.58;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Keeps the labels of one layer (`text` elements placed by `translate(x,y)`, centred) that fit:
 * in `priority` order (indices into the labels, most important first), a label is kept when its
 * box, pulled inside [0, width], overlaps no kept label; the others are removed.
 */
export function placeLabels(texts: readonly SVGTextElement[], size: number, width: number, priority: readonly number[]): void {
  const kept: Box[] = [];
  for (const i of priority) {
    const text = texts[i];
    if (!text) continue;
    const match = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(text.getAttribute('transform') ?? '');
    if (!match) continue;
    const half = (EM_PER_CHARACTER * size * (text.textContent ?? '').length) / 2;
    // A name at the edge moves inwards rather than out of the picture.
    const x = Math.min(Math.max(Number(match[1]), half), width - half);
    const y = Number(match[2]);
    const box = { left: x - half, right: x + half, top: y - size * 0.6, bottom: y + size * 0.6 };
    if (kept.some((k) => overlaps(k, box))) text.remove();
    else {
      kept.push(box);
      text.setAttribute('transform', `translate(${x},${y})`);
    }
  }
}
