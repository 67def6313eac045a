// Loaded on the reader's intent to interact: the page's model (src/lib/pages/), the same the build
// drew the page with, so the browser's numbers are the build's numbers. The page script hands
// over URL parameters; the model turns them into the page's view and draws its slots from its
// result: a view one step from the default was computed at build (src/lib/node/precompute.ts)
// and is one small file; any other is queried with DuckDB-WASM, loaded the first time one is.
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
import { pageEngine } from './engine.ts';

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
  /** Views computed at build: canonical search (`?…`) → URL of the result. */
  views?: Record<string, string>;
  /** Views drawn at build in the page's language: canonical search → URL of `{"<slot>": "<outer HTML>"}`. */
  drawn?: Record<string, string>;
  dataset: RenderContext['dataset'];
}

// Only the page's language is fetched.
const DICTIONARIES: Record<Lang, () => Promise<Strings>> = {
  id: () => import('../lib/i18n/id.ts').then((m) => m.id),
  en: () => import('../lib/i18n/en.ts').then((m) => m.en),
};

export async function createInteractive(config: PageConfig) {
  const engineReady = () => pageEngine(config.database);
  // Together: the page's model and its renderers (the largest module) load while the files come.
  const [geojson, kecamatan, t, model] = await Promise.all([
    fetch(config.geojson).then((r) => r.json() as Promise<KecamatanGeoJson>),
    fetch(KECAMATAN_LIST).then((r) => r.json() as Promise<KecamatanListItem[]>),
    DICTIONARIES[config.lang](),
    PAGES[config.page]() as Promise<PageModel<unknown, unknown>>,
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
    // A change redraws only the slots it changes.
    drawn: new Map(),
  };
  const options: ViewOptions = { snapshots: config.snapshots, kecamatan: kecamatan.map((k) => k.kode) };

  const input: PageInput = {
    options,
    kode: config.kode,
    nama: config.kode ? context.names.get(config.kode) : undefined,
    years: config.years,
  };

  async function compute(params: URLSearchParams): Promise<{ slots: Record<string, HTMLElement>; search: string; precomputed: boolean }> {
    const view = model.parse(params, input);
    const search = model.search(view, input);
    const url = config.views?.[search];
    const query = async () => model.load(await engineReady(), view, input);
    const started = performance.now();
    // A precomputed file that cannot be had (offline, not cached) is queried instead.
    const result = url ? await fetch(url).then((r) => (r.ok ? (r.json() as Promise<unknown>) : query()), query) : await query();
    // Marks for measuring: the result had (from a file or the engine), apart from drawing it.
    performance.measure('dasbor:load', { start: started });
    return { slots: model.render(result, context), search, precomputed: url !== undefined };
  }

  return {
    /** Starts loading the engine, for the views not computed at build. */
    prepareEngine() {
      void engineReady().catch(() => undefined);
    },
    async compute(params: URLSearchParams) {
      const started = performance.now();
      const result = await compute(params);
      performance.measure('dasbor:compute', { start: started });
      return result;
    },
  };
}
