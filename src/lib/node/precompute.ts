// The results of each page's likely next views (src/lib/pages/likely.ts), computed at build by
// the page's own model.load on the same engine the browser runs, and published as content-named
// JSON files under /data/: the first change a reader makes is drawn from one small file, with no
// engine to download, and its numbers are the ones DuckDB computes. They are also drawn at build,
// by the page's own model.render, in each language: a first change then needs neither the engine
// nor the renderer (Plot and d3, 95 kB compressed, were 0.9 s of a phone's 2 s).
import { LANGS, type Lang } from '../i18n/index.ts';
import { dashboardPage } from '../pages/dashboard.ts';
import { deckPage } from '../pages/deck.ts';
import { kecamatanPage } from '../pages/kecamatan.ts';
import { STEPS, type Step, likelyViews } from '../pages/likely.ts';
import type { PageInput, PageModel } from '../pages/model.ts';
import { PROFILE_PARAMS } from '../profile.ts';
import { sha256Hex } from '../sha256.ts';
import { serverContext, slotHtml } from './context.ts';
import { type PublishedFile, dataUrl } from './files.ts';
import type { Site } from './site.ts';

/** Name of a precomputed result under /data/: `tampilan.<content hash>.json`. */
export const precomputedName = (hash: string) => `tampilan.${hash}.json`;
export const PRECOMPUTED_GLOB = 'data/tampilan.*.json';
export const PRECOMPUTED_URL = /\/data\/tampilan\.[0-9a-f]+\.json$/;

/**
 * A page's precomputed views: canonical search (`?…`) → URL of its result (`views`, for the
 * page's renderer) and, where drawn at build, of its slots as HTML in each language (`drawn`,
 * `{"<slot>": "<outer HTML>"}`, for the page script); and the files.
 */
export interface Precomputed {
  views: Record<string, string>;
  drawn: Record<Lang, Record<string, string>>;
  files: PublishedFile[];
}

/**
 * Kecamatan pages get theirs up to this many kecamatan: beyond (a province, a nation) the files
 * would outnumber the pages many times over, and a kecamatan's changes go to the engine.
 */
export const PRECOMPUTED_KECAMATAN_LIMIT = 100;

// The dashboard's every one-step change; a kecamatan page's other snapshots and the other pages
// of its cooperatives table (where a search result leads), not every filter value (20 files
// each, most never asked for). Both are drawn at build: on the sample, 36 views × 2 languages ×
// ~47 ms for the dashboard and 30 × 11 × 2 × ~32 ms for the kecamatan pages, 3 s and 17 s of
// the build, for a first change on a phone in 0.5 s instead of 1.8 s (the renderer's 95 kB).
// The region's brief and deck (one model's results serve both: a brief's view is a deck's with
// the snapshot alone) get their results, not drawn: a snapshot or a map metric on the projector
// then waits for the renderer (95 kB), not the engine (34 MB of WebAssembly, 4–6 s to start on
// a desktop). A kecamatan's brief and deck read the kecamatan page's results (same model.load).
const PAGES = {
  dashboard: { model: dashboardPage, steps: STEPS, draw: true },
  kecamatan: { model: kecamatanPage, steps: ['snapshot'] as readonly Step[], draw: true },
  brief: { model: deckPage, steps: ['snapshot', 'metric'] as readonly Step[], draw: false },
} as const;
type Kind = keyof typeof PAGES;

const noneDrawn = () => Object.fromEntries(LANGS.map((lang) => [lang, {}])) as Precomputed['drawn'];

const cache = new WeakMap<Site, Map<string, Promise<Precomputed>>>();

async function compute(site: Site, kind: Kind, input: PageInput): Promise<Precomputed> {
  const model = PAGES[kind].model as PageModel<unknown, unknown>;
  const views: Record<string, string> = {};
  const drawn = noneDrawn();
  const files: PublishedFile[] = [];
  const publish = async (content: unknown) => {
    const bytes = new TextEncoder().encode(JSON.stringify(content));
    const file = { name: precomputedName((await sha256Hex(bytes)).slice(0, 16)), bytes };
    files.push(file);
    return dataUrl(file);
  };
  const more = kind === 'kecamatan' ? await tablePages(site, input) : [];
  // One context per language, kept from view to view: a slot a view leaves as it was (the
  // trends under another map metric, all but the table on its next page) is drawn once.
  const contexts = LANGS.map((lang) => [lang, { ...serverContext(site, lang), drawn: new Map() }] as const);
  for (const [search, view] of likelyViews(model, input, PAGES[kind].steps, more)) {
    const result = await model.load(site.engine, view, input);
    views[search] = await publish(result);
    if (PAGES[kind].draw) for (const [lang, context] of contexts) drawn[lang][search] = await publish(slotHtml(model.render(result, context)));
  }
  return { views, drawn, files };
}

/**
 * `?hal=2` … to the last page of a kecamatan's cooperatives table, as the page's own default view
 * counts them (the build has that result already: the engine remembers it).
 */
async function tablePages(site: Site, input: PageInput): Promise<URLSearchParams[]> {
  const { pages } = (await kecamatanPage.load(site.engine, kecamatanPage.parse(new URLSearchParams(), input), input)).cooperatives;
  return Array.from({ length: pages - 1 }, (_, i) => new URLSearchParams([[PROFILE_PARAMS.page, String(i + 2)]]));
}

/**
 * The precomputed views of one page (the dashboard, the region's brief and deck, or the kecamatan
 * page of `kode`, whose results its brief and deck read too); once per site.
 */
export function precompute(site: Site, kind: Kind, kode?: string): Promise<Precomputed> {
  const key = `${kind}:${kode ?? ''}`;
  const forSite = cache.get(site) ?? new Map<string, Promise<Precomputed>>();
  cache.set(site, forSite);
  let result = forSite.get(key);
  if (!result) {
    const none = kind === 'kecamatan' && site.options.kecamatan.length > PRECOMPUTED_KECAMATAN_LIMIT;
    result = none ? Promise.resolve({ views: {}, drawn: noneDrawn(), files: [] }) : compute(site, kind, { options: site.options, kode, nama: kode ? site.names.get(kode) : undefined });
    forSite.set(key, result);
  }
  return result;
}

/** Every precomputed file of the site, each once (equal results share a file). */
export async function precomputedFiles(site: Site): Promise<PublishedFile[]> {
  const all = await Promise.all([precompute(site, 'dashboard'), precompute(site, 'brief'), ...site.options.kecamatan.map((kode) => precompute(site, 'kecamatan', kode))]);
  return [...new Map(all.flatMap((p) => p.files).map((f) => [f.name, f])).values()];
}
