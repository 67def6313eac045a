// Link previews (Open Graph): a 1200×630 PNG per region and per kecamatan, drawn at build time
// from the same chart functions — the map beside the headline figure and the data's date — so a
// link shared in a WhatsApp group shows the figure. sharp (librsvg) turns the SVG into PNG.
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { coverageMap } from '../charts/map.ts';
import { locatorOverlay, regionMap } from '../charts/locator.ts';
import { wrapText } from '../export/figure.ts';
import { LEAD, indicator } from '../catalogue.ts';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import { type Counts, type Dashboard, loadDashboard } from '../indicators.ts';
import { ratioDetail } from '../render/figures.ts';
import { formatValue } from '../units.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { defaultView } from '../view.ts';
import { serverContext } from './context.ts';
import { escapeXml, xmlMarkup } from './dom.ts';
import type { Site } from './site.ts';

/** The preview of a page in a language: the region's, or a kecamatan's. */
export const ogKey = (lang: Lang, kode?: string) => `${lang === 'id' ? '' : `${lang}-`}${kode ? `kecamatan-${kode}` : 'wilayah'}`;


interface Card {
  title: string;
  figure: string;
  label: string;
  date: string;
  sample: string | null;
  map: Element;
  /** Drawn over the canvas (background and region map), without a background of its own. */
  overlay?: boolean;
}

const MAP = { x: 40, y: 40, width: 500, height: 550 };
const SIZE = 'width="1200" height="630" viewBox="0 0 1200 630"';
// A palette PNG of flat colours: fastest quantizing, and smaller than maximum zlib effort
// (measured: 18 ms and 33 kB per card against 61 ms and 35 kB).
const PNG = { palette: true, effort: 1, compressionLevel: 6 } as const;
const BACKGROUND = '<rect width="1200" height="630" fill="#ffffff"/><rect width="1200" height="12" fill="#08519c"/>';

function svgOf(card: Card): string {
  const map = card.map.localName === 'svg' ? card.map : card.map.querySelector('svg:last-of-type')!;
  for (const [name, value] of Object.entries(MAP)) map.setAttribute(name, String(value));
  const title = wrapText(card.title, 560, 40).slice(0, 3);
  const text = (content: string, y: number, size: number, extra = '', x = 600) => `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${SIZE} font-family="DejaVu Sans, system-ui, sans-serif">
${card.overlay ? '' : BACKGROUND}
${xmlMarkup(map)}
${title.map((line, i) => text(line, 110 + i * 50, 40, 'font-weight="bold" fill="#111"')).join('\n')}
${text(card.figure, 110 + title.length * 50 + 110, 104, 'font-weight="bold" fill="#08519c"')}
${wrapText(card.label, 560, 30).map((line, i) => text(line, 110 + title.length * 50 + 160 + i * 38, 30, 'fill="#111"')).join('\n')}
${text(card.date, 580, 24, 'fill="#444"')}
${card.sample ? `<rect x="600" y="520" width="220" height="36" fill="#ffd100"/>${text(card.sample, 546, 22, 'font-weight="bold" fill="#000"', 612)}` : ''}
</svg>`;
}

/** Every preview image of the site, in every language: key → PNG. */
export async function ogImages(site: Site): Promise<Map<string, Uint8Array>> {
  const view = defaultView(site.options);
  const d = await loadDashboard(site.engine, view, site.options);
  // The background with the region's base map, rasterized once: each kecamatan's card is drawn
  // over it with only its own shape, so no card carries (or parses) the whole region.
  const base = regionMap(site.geojson, { document: serverContext(site, 'id').document, width: MAP.width });
  for (const [name, value] of Object.entries(MAP)) base.setAttribute(name, String(value));
  const canvas = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" ${SIZE}>${BACKGROUND}${xmlMarkup(base)}</svg>`)).png().toBuffer();
  const draw = (card: Card) => (card.overlay ? sharp(canvas).composite([{ input: Buffer.from(svgOf(card)) }]) : sharp(Buffer.from(svgOf(card))));
  const all = LANGS.flatMap((lang) => [...cards(site, d, lang)]);
  // A few at a time: sharp works on its own threads, and thousands of kecamatan make it worth it.
  const limit = pLimit(availableParallelism());
  const images = await Promise.all(all.map(([, card]) => limit(async () => new Uint8Array(await draw(card).png(PNG).toBuffer()))));
  return new Map(all.map(([key], i) => [key, images[i]!]));
}

/** The lead indicator (catalogue.ts LEAD) as a card shows it: its value, its name and what it counts. */
function lead(values: Counts, t: Strings, f: Format): Pick<Card, 'figure' | 'label'> {
  const i = indicator(LEAD);
  const detail = ratioDetail(LEAD, values, t, f);
  return { figure: formatValue(i.unit, values[LEAD], f), label: [t.indicators[LEAD].label, detail].filter(Boolean).join(' · ') };
}

function cards(site: Site, d: Dashboard, lang: Lang): Map<string, Card> {
  const context = serverContext(site, lang);
  const { t, f } = context;
  const view = d.view;
  const date = t.site.dataAsOf(f.date(view.snapshot));
  const sample = site.data.dataset.contoh ? t.site.sample : null;
  return new Map<string, Card>([
    [
      ogKey(lang),
      {
        title: site.data.dataset.penerbit,
        ...lead(d.current, t, f),
        date,
        sample,
        map: coverageMap(d.kecamatan, { ...context, metric: view.metric, compared: null, href: context.kecamatanHref }),
      },
    ],
    ...d.kecamatan.map((k) => [
      ogKey(lang, k.kode_kecamatan),
      {
        title: t.profile.title(k.nama_kecamatan),
        ...lead(k, t, f),
        date,
        sample,
        map: locatorOverlay(site.geojson, k.kode_kecamatan, k.nama_kecamatan, { document: context.document, width: MAP.width }) as unknown as Element,
        overlay: true,
      },
    ] as const),
  ]);
}
