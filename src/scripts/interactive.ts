// Loaded on the first interaction: DuckDB-WASM with the site's database, and the page's model
// (src/lib/pages/), the same the build drew the page with, so the browser's numbers are the
// build's numbers. The page script hands over URL parameters; the model turns them into the
// page's view, queries it and draws its slots.
import { browserEngine } from '../lib/engine/browser.ts';
import { memoize } from '../lib/engine/engine.ts';
import { formatFor } from '../lib/format.ts';
import { isSchematic, rewind } from '../lib/geo.ts';
import type { Strings } from '../lib/i18n/id.ts';
import { type Lang, kecamatanHref } from '../lib/i18n/langs.ts';
import type { KecamatanGeoJson } from '../lib/geo.ts';
import { PAGES, type PageKind } from '../lib/pages/index.ts';
import type { PageInput, PageModel } from '../lib/pages/model.ts';
import type { RenderContext } from '../lib/render/kit.ts';
import { KECAMATAN_LIST, type KecamatanListItem } from '../lib/urls.ts';
import type { ViewOptions } from '../lib/view.ts';

export interface PageConfig {
  page: PageKind;
  lang: Lang;
  database: string;
  geojson: string;
  /** Oldest first. */
  snapshots: readonly string[];
  /** The kecamatan of a profile page. */
  kode?: string;
  /** Years with activities (program page). */
  years?: number[];
  dataset: RenderContext['dataset'];
}

// Only the page's language is fetched.
const DICTIONARIES: Record<Lang, () => Promise<Strings>> = {
  id: () => import('../lib/i18n/id.ts').then((m) => m.id),
  en: () => import('../lib/i18n/en.ts').then((m) => m.en),
};

export async function createInteractive(config: PageConfig) {
  const [engine, geojson, kecamatan, t] = await Promise.all([
    browserEngine(config.database).then((e) => memoize(e)),
    fetch(config.geojson).then((r) => r.json() as Promise<KecamatanGeoJson>),
    fetch(KECAMATAN_LIST).then((r) => r.json() as Promise<KecamatanListItem[]>),
    DICTIONARIES[config.lang](),
  ]);
  const context: RenderContext = {
    document,
    t,
    f: formatFor(config.lang),
    dataset: config.dataset,
    geojson: rewind(geojson),
    schematic: isSchematic(geojson),
    names: new Map(kecamatan.map((k) => [k.kode, k.nama])),
    kecamatanHref: (kode) => kecamatanHref(config.lang, kode),
  };
  const options: ViewOptions = { snapshots: config.snapshots, kecamatan: kecamatan.map((k) => k.kode) };

  const input: PageInput = {
    options,
    kode: config.kode,
    nama: config.kode ? context.names.get(config.kode) : undefined,
    years: config.years,
  };
  const model = (await PAGES[config.page]()) as PageModel<unknown, unknown>;

  async function compute(params: URLSearchParams): Promise<{ slots: Record<string, HTMLElement>; search: string }> {
    const view = model.parse(params, input);
    return { slots: model.render(await model.load(engine, view, input), context), search: model.search(view, input) };
  }

  return {
    async compute(params: URLSearchParams) {
      const started = performance.now();
      const result = await compute(params);
      performance.measure('dasbor:compute', { start: started });
      return result;
    },
    swap(slots: Record<string, HTMLElement>) {
      for (const [name, element] of Object.entries(slots)) {
        const target = document.querySelector(`[data-slot="${name}"]`);
        if (!target) continue;
        // Keep open what the reader opened (data tables).
        const open = Array.from(target.querySelectorAll('details'), (d) => d.open);
        element.querySelectorAll('details').forEach((d, i) => (d.open = open[i] ?? false));
        target.replaceChildren(element);
      }
    },
  };
}
