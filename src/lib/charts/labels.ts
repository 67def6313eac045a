// Map labels that never overlap: Plot has no label placement, so after a map is drawn its labels
// are placed greedily — the most important first — and a label that would cover one already
// placed is dropped (the shape keeps its name in its tooltip, its link and the table). Each label
// size gets its own layer, since what collides depends on the size: the page's labels, and larger
// ones a projected slide shows instead (site.css).

/** Label size in the map's own units on a page (about 13 px at 640 px wide), and the least on a slide. */
export const LABEL_SIZES = { page: 8, slide: 13 } as const;
export type LabelLayer = keyof typeof LABEL_SIZES;

/**
 * Where a slide shows a map on a 1920×1080 projector, px, as measured: the chart's column (3/5 of
 * the content width) by 82% of the slide's content height (site.css, `.slide .chart`), the map
 * keeping its aspect inside it.
 */
const SLIDE_MAP = { width: 1050, height: 848 };
/** Projected labels are read from the back of a hall: 24 px or more at 1920×1080. */
const SLIDE_LABEL_PX = 24;

/** The map of a figure Plot drew: its own last svg (a swatch legend before it holds small svgs of its own). */
export function mapSvg(figure: Element): SVGSVGElement {
  if (figure.tagName.toLowerCase() === 'svg') return figure as SVGSVGElement;
  return [...figure.children].filter((e): e is SVGSVGElement => e.tagName.toLowerCase() === 'svg').at(-1)!;
}

/** The options of a Plot text mark drawing one layer of labels (class `labels-<layer>`). */
export function labelStyle(layer: LabelLayer, size: number = LABEL_SIZES[layer]) {
  return { fontSize: size, fill: '#111', stroke: 'white', strokeWidth: size / 3, ariaHidden: 'true', className: `labels-${layer}` } as const;
}

/**
 * Finishes a map's label layers drawn with `labelStyle`: sizes the slide layer so that its labels
 * are 24 px high where a slide shows the map (the map's own aspect decides its scale), lifts it
 * by `lift(size)` units when given (labels above points), keeps the labels of each layer that fit
 * (`priority`: indices, most important first), and hides the slide layer where no stylesheet
 * shows it (exported SVG and PNG, link previews).
 */
export function finishLabels(svg: SVGSVGElement, priority: readonly number[], lift?: (size: number) => number): void {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const scale = Math.min(SLIDE_MAP.width / width, SLIDE_MAP.height / height);
  const slide = svg.querySelector<SVGGElement>('.labels-slide');
  if (slide) {
    const size = Math.max(LABEL_SIZES.slide, Math.ceil((2 * SLIDE_LABEL_PX) / scale) / 2);
    slide.setAttribute('font-size', String(size));
    slide.setAttribute('stroke-width', String(size / 3));
    if (lift) slide.setAttribute('transform', `translate(0,${-lift(size)})`);
  }
  for (const [layer, size] of Object.entries(LABEL_SIZES) as [LabelLayer, number][]) {
    const g = svg.querySelector<SVGGElement>(`.labels-${layer}`);
    if (g) placeLabels([...g.querySelectorAll<SVGTextElement>('text')], Number(g.getAttribute('font-size') ?? size), width, priority);
  }
  slide?.setAttribute('display', 'none');
}

/** Width of a label in em of its font: an average for the sans-serif system fonts. */
const EM_PER_CHARACTER = 0.58;

/**
 * The left margin (px) a chart needs for its y axis's names at `fontSize` px: the longest name
 * whole ("Savings and loan" was cut to "avings and loan" by a margin sized for Indonesian).
 */
export function marginFor(names: readonly string[], fontSize: number): number {
  return Math.ceil(Math.max(0, ...names.map((n) => n.length)) * EM_PER_CHARACTER * fontSize) + 12;
}

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
function placeLabels(texts: readonly SVGTextElement[], size: number, width: number, priority: readonly number[]): void {
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
