// Link previews (Open Graph): a 1200×630 PNG per region and per kecamatan, drawn at build time
// from the same chart functions — the map beside the headline figure and the data's date — so a
// link shared in a WhatsApp group shows the figure. sharp (librsvg) turns the SVG into PNG.
import sharp from 'sharp';
import { coverageMap } from '../charts/map.ts';
import { locatorOverlay, regionMap } from '../charts/locator.ts';
import { wrapText } from '../export/figure.ts';
import { type Dashboard, loadDashboard } from '../indicators.ts';
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
  /** What lies under the map: the region's base map, as an <image>. */
  under?: string;
}

const MAP = { x: 40, y: 40, width: 500, height: 550 };

function svgOf(card: Card): string {
  const map = card.map.localName === 'svg' ? card.map : card.map.querySelector('svg:last-of-type')!;
  for (const [name, value] of Object.entries(MAP)) map.setAttribute(name, String(value));
  const title = wrapText(card.title, 560, 40).slice(0, 3);
  const text = (content: string, y: number, size: number, extra = '', x = 600) => `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, system-ui, sans-serif">
<rect width="1200" height="630" fill="#ffffff"/><rect width="1200" height="12" fill="#08519c"/>
${card.under ?? ''}
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
  // The region's base map, rasterized once: each kecamatan's card draws only its own shape on it.
  const base = regionMap(site.geojson, { document: serverContext(site, 'id').document, width: MAP.width });
  const png = await sharp(Buffer.from(xmlMarkup(base))).png().toBuffer();
  const under = `<image x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" href="data:image/png;base64,${png.toString('base64')}"/>`;
  const out = new Map<string, Uint8Array>();
  for (const lang of LANGS) {
    for (const [key, card] of cards(site, d, lang, under)) out.set(key, new Uint8Array(await sharp(Buffer.from(svgOf(card))).png({ compressionLevel: 9, palette: true }).toBuffer()));
  }
  return out;
}

function cards(site: Site, d: Dashboard, lang: Lang, under: string): Map<string, Card> {
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
        figure: f.percent(d.current.persen_cakupan_pendampingan),
        label: `${t.figures.cakupan} · ${t.figures.ofTotal(f.number(d.current.didampingi), f.number(d.current.aktif))} ${t.figures.ofActiveNote}`,
        date,
        sample,
        map: coverageMap(d.kecamatan, { ...context, metric: view.metric, compared: null, href: context.kecamatanHref }),
      },
    ],
    ...d.kecamatan.map((k) => [
      ogKey(lang, k.kode_kecamatan),
      {
        title: t.profile.title(k.nama_kecamatan),
        figure: f.percent(k.persen_cakupan_pendampingan),
        label: `${t.figures.cakupan} · ${t.figures.ofTotal(f.number(k.didampingi), f.number(k.aktif))} ${t.figures.ofActiveNote}`,
        date,
        sample,
        map: locatorOverlay(site.geojson, k.kode_kecamatan, k.nama_kecamatan, { document: context.document, width: MAP.width }) as unknown as Element,
        under,
      },
    ] as const),
  ]);
}
