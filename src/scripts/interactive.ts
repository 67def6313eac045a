// Loaded on the first interaction: DuckDB-WASM with the site's database, and the same query and
// render functions the build used, so the browser's numbers are the build's numbers. The page
// script hands over URL parameters; this module turns them into the page's view and slots.
import { browserEngine } from '../lib/engine/browser.ts';
import { memoize } from '../lib/engine/engine.ts';
import { formatFor } from '../lib/format.ts';
import { isSchematic, rewind } from '../lib/geo.ts';
import type { Strings } from '../lib/i18n/id.ts';
import { type Lang, kecamatanHref } from '../lib/i18n/langs.ts';
import { loadBrief } from '../lib/brief.ts';
import { loadChangelog } from '../lib/changelog.ts';
import { loadDashboard } from '../lib/indicators.ts';
import { loadProfile, parseProfileView, profileSearch } from '../lib/profile.ts';
import { loadProgram, parseProgramView, programSearch } from '../lib/program.ts';
import { type RenderContext, renderDashboard } from '../lib/render/dashboard.ts';
import { renderBrief, renderKecamatanBrief } from '../lib/render/brief.ts';
import { renderChangelog } from '../lib/render/changelog.ts';
import { DECK_DASHBOARD_SLOTS, DECK_PROFILE_SLOTS, renderDeck, renderKecamatanDeck } from '../lib/render/deck.ts';
import { renderProfile } from '../lib/render/profile.ts';
import { renderProgram } from '../lib/render/program.ts';
import { KECAMATAN_LIST, type KecamatanListItem } from '../lib/urls.ts';
import type { KecamatanGeoJson } from '../lib/geo.ts';
import { type ViewOptions, defaultView, parseView, viewSearch } from '../lib/view.ts';

export interface PageConfig {
  page: 'dashboard' | 'kecamatan' | 'program' | 'brief' | 'brief-kecamatan' | 'deck' | 'deck-kecamatan' | 'data';
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

  async function compute(params: URLSearchParams): Promise<{ slots: Record<string, HTMLElement>; search: string }> {
    switch (config.page) {
      case 'dashboard': {
        const view = parseView(params, options);
        return { slots: renderDashboard(await loadDashboard(engine, view, options), context), search: viewSearch(view, options) };
      }
      case 'kecamatan':
      case 'brief-kecamatan':
      case 'deck-kecamatan': {
        const kode = config.kode!;
        const view = parseProfileView(params, options, kode);
        const profile = await loadProfile(engine, kode, context.names.get(kode)!, view, options);
        const slots =
          config.page === 'kecamatan'
            ? renderProfile(profile, context)
            : config.page === 'brief-kecamatan'
              ? renderKecamatanBrief(profile, context)
              : { ...renderProfile(profile, context, DECK_PROFILE_SLOTS), ...renderKecamatanDeck(profile, context) };
        return { slots, search: profileSearch(view, options) };
      }
      case 'brief': {
        // A brief speaks of the whole region: only the snapshot is chosen.
        const view = { ...defaultView(options), snapshot: parseView(params, options).snapshot };
        return { slots: renderBrief(await loadBrief(engine, view, options), context), search: viewSearch(view, options) };
      }
      case 'data': {
        // The changelog: a snapshot against the one before it, for all kecamatan or one.
        const parsed = parseView(params, options);
        const view = { ...defaultView(options), snapshot: parsed.snapshot, kecamatan: parsed.kecamatan.slice(0, 1) };
        return { slots: renderChangelog(await loadChangelog(engine, view, options), context), search: viewSearch(view, options) };
      }
      case 'deck': {
        const view = parseView(params, options);
        const brief = await loadBrief(engine, view, options);
        return { slots: { ...renderDashboard(brief.dashboard, context, DECK_DASHBOARD_SLOTS), ...renderDeck(brief, context) }, search: viewSearch(view, options) };
      }
      case 'program': {
        const view = parseProgramView(params, config.years!, options);
        return { slots: renderProgram(await loadProgram(engine, view, options), context), search: programSearch(view, config.years!) };
      }
    }
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
