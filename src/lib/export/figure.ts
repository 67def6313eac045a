// A chart as one standalone SVG: its title, what it shows (the view), the chart with its legend,
// and the source with the data's date — so a downloaded image keeps its provenance.
import { removeHiddenMarkers } from '../charts/markers.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface FigureText {
  title: string;
  /** Lines under the title: the view, the summary. */
  subtitle: string[];
  /** The source line at the bottom. */
  source: string;
}

function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getAttribute('viewBox')?.split(/[\s,]+/).map(Number);
  return { width: box?.[2] ?? Number(svg.getAttribute('width')), height: box?.[3] ?? Number(svg.getAttribute('height')) };
}

/** Swatch legends are HTML: draw them as SVG (a coloured square and its label each). */
function swatches(document: Document, legend: Element, width: number): SVGGElement {
  const g = document.createElementNS(SVG, 'g') as SVGGElement;
  let x = 0;
  let y = 12;
  for (const item of Array.from(legend.querySelectorAll('span'))) {
    const color = item.querySelector('svg')?.getAttribute('fill') ?? item.querySelector('rect')?.getAttribute('fill') ?? '#888';
    const label = item.textContent?.trim() ?? '';
    const advance = 24 + label.length * 7;
    if (x > 0 && x + advance > width) {
      x = 0;
      y += 18;
    }
    const rect = document.createElementNS(SVG, 'rect');
    Object.entries({ x, y: y - 10, width: 12, height: 12, fill: color }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
    const text = document.createElementNS(SVG, 'text');
    Object.entries({ x: x + 16, y, 'font-size': 11 }).forEach(([k, v]) => text.setAttribute(k, String(v)));
    text.textContent = label;
    g.append(rect, text);
    x += advance;
  }
  g.setAttribute('data-height', String(y + 8));
  return g;
}

/** Lines of at most the width, at an average character width of about 0.6 em. */
export function wrapText(text: string, width: number, size: number): string[] {
  const max = Math.max(20, Math.floor(width / (size * 0.6)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** The figure's charts (legend first), stacked, between title lines and the source line. */
export function composeSvg(document: Document, figure: Element, text: FigureText): SVGSVGElement {
  // The charts themselves: a Plot figure's legend (SVG ramp or HTML swatches) and plot, or the
  // small multiples of a trend grid; never the little swatches inside a legend.
  const parts = Array.from(figure.querySelectorAll('.chart-svg > svg, .chart-svg > figure > svg, .chart-svg > figure > div, .trend > svg'));
  const width = Math.max(320, ...parts.filter((p) => p.localName === 'svg').map((p) => size(p as SVGSVGElement).width));
  const out = document.createElementNS(SVG, 'svg') as SVGSVGElement;
  out.setAttribute('xmlns', SVG);
  out.setAttribute('font-family', 'system-ui, sans-serif');
  const line = (content: string, y: number, size: number, weight = 'normal') => {
    const el = document.createElementNS(SVG, 'text');
    Object.entries({ x: 0, y, 'font-size': size, 'font-weight': weight, fill: '#111' }).forEach(([k, v]) => el.setAttribute(k, String(v)));
    el.textContent = content;
    out.append(el);
  };
  let y = 0;
  for (const l of wrapText(text.title, width, 16)) line(l, (y += 20), 16, 'bold');
  for (const s of text.subtitle) for (const l of wrapText(s, width, 11)) line(l, (y += 15), 11);
  y += 12;
  for (const part of parts) {
    if (part.localName === 'div') {
      const g = swatches(document, part, width);
      g.setAttribute('transform', `translate(0 ${y})`);
      out.append(g);
      y += Number(g.getAttribute('data-height'));
      continue;
    }
    const copy = part.cloneNode(true) as SVGSVGElement;
    // A trend drawn in the browser holds every snapshot's marker: the file shows the one shown.
    removeHiddenMarkers(copy);
    const { width: w, height: h } = size(part as SVGSVGElement);
    Object.entries({ x: 0, y, width: w, height: h }).forEach(([k, v]) => copy.setAttribute(k, String(v)));
    copy.removeAttribute('style');
    out.append(copy);
    y += h + 8;
  }
  y += 4;
  for (const l of wrapText(text.source, width, 10)) line(l, (y += 13), 10);
  const height = y + 8;
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG, 'rect');
  Object.entries({ width, height, fill: 'white' }).forEach(([k, v]) => background.setAttribute(k, String(v)));
  out.prepend(background);
  return out;
}

/** A name for a file from a title: lower case, letters and digits, hyphens. */
export function fileName(title: string, extension: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${slug || 'grafik'}.${extension}`;
}

/** A table's header and rows as text (the chart's data, exactly as the page shows it). */
export function tableData(table: HTMLTableElement): { header: string[]; rows: string[][] } {
  const cells = (row: Element) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? '');
  return {
    header: cells(table.tHead!.rows[0]!),
    rows: Array.from(table.tBodies[0]!.rows, cells),
  };
}
