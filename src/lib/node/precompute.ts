// The results of each page's likely next views (src/lib/pages/likely.ts), computed at build by
// the page's own model.load on the same engine the browser runs, and published as content-named
// JSON files under /data/: the first change a reader makes is drawn from one small file, with no
// engine to download, and its numbers are the ones DuckDB computes. They are also drawn at build,
// by the page's own model.render, in each language: a first change then needs neither the engine
// nor the renderer (Plot and d3, 95 kB compressed, were 0.9 s of a phone's 2 s).
import { LANGS, type Lang } from '../i18n/index.ts';
import { dashboardPage } from '../pages/dashboard.ts';
import { deckPage } from '../pages/deck.ts';
import { programPage } from '../pages/program.ts';
import { kecamatanPage } from '../pages/kecamatan.ts';
import { STEPS, type Step, likelyViews } from '../pages/likely.ts';
import type { PageInput, PageModel } from '../pages/model.ts';
import { PROFILE_PARAMS } from '../profile.ts';
import { PROGRAM_PARAMS } from '../program.ts';
import { sha256Hex } from '../sha256.ts';
import { serverContext, slotHtml } from './context.ts';
import { type PublishedFile, dataUrl } from './files.ts';
import { type Site, programYears } from './site.ts';

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
// The program page's other years and begun quarters are drawn: 5 views on the sample, about
// 4 s of the build, for another year in 0.15 s instead of 5 s (the engine) on a desktop.
type Kind = 'dashboard' | 'kecamatan' | 'brief' | 'program';
interface PageSpec {
  model: PageModel<unknown, unknown>;
  steps: readonly Step[];
  /** Drawn at build too (slots as HTML), or only computed. */
  draw: boolean;
  /** The page's own one-step changes beyond `steps`. */
  more?: (site: Site, input: PageInput) => Promise<URLSearchParams[]> | URLSearchParams[];
}
const PAGES: Record<Kind, PageSpec> = {
  dashboard: { model: dashboardPage as PageModel<unknown, unknown>, steps: STEPS, draw: true },
  kecamatan: { model: kecamatanPage as PageModel<unknown, unknown>, steps: ['snapshot'], draw: true, more: tablePages },
  brief: { model: deckPage as PageModel<unknown, unknown>, steps: ['snapshot', 'metric'], draw: false },
  program: { model: programPage as PageModel<unknown, unknown>, steps: [], draw: true, more: programPeriods },
};

const noneDrawn = () => Object.fromEntries(LANGS.map((lang) => [lang, {}])) as Precomputed['drawn'];

const cache = new WeakMap<Site, Map<string, Promise<Precomputed>>>();

async function compute(site: Site, kind: Kind, input: PageInput): Promise<Precomputed> {
  const { model, steps, draw, more } = PAGES[kind];
  const views: Record<string, string> = {};
  const drawn = noneDrawn();
  const files: PublishedFile[] = [];
  const publish = async (content: unknown) => {
    const bytes = new TextEncoder().encode(JSON.stringify(content));
    const file = { name: precomputedName((await sha256Hex(bytes)).slice(0, 16)), bytes };
    files.push(file);
    return dataUrl(file);
  };
  // One context per language, kept from view to view: a slot a view leaves as it was (the
  // trends under another map metric, all but the table on its next page) is drawn once.
  const contexts = LANGS.map((lang) => [lang, { ...serverContext(site, lang), drawn: new Map() }] as const);
  for (const [search, view] of likelyViews(model, input, steps, more ? await more(site, input) : [])) {
    const result = await model.load(site.engine, view, input);
    views[search] = await publish(result);
    if (draw) for (const [lang, context] of contexts) drawn[lang][search] = await publish(slotHtml(model.render(result, context)));
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

/** The program page's other years, and each quarter of its latest year (one not begun parses to the year: left out). */
function programPeriods(_site: Site, input: PageInput): URLSearchParams[] {
  const param = (name: string, value: number) => new URLSearchParams([[name, String(value)]]);
  return [...(input.years ?? []).slice(0, -1).map((year) => param(PROGRAM_PARAMS.year, year)), ...[1, 2, 3, 4].map((quarter) => param(PROGRAM_PARAMS.quarter, quarter))];
}

/**
 * The precomputed views of one page (the dashboard, the region's brief and deck, the program page,
 * or the kecamatan page of `kode`, whose results its brief and deck read too); once per site.
 */
export function precompute(site: Site, kind: Kind, kode?: string): Promise<Precomputed> {
  const key = `${kind}:${kode ?? ''}`;
  const forSite = cache.get(site) ?? new Map<string, Promise<Precomputed>>();
  cache.set(site, forSite);
  let result = forSite.get(key);
  if (!result) {
    const none = kind === 'kecamatan' && site.options.kecamatan.length > PRECOMPUTED_KECAMATAN_LIMIT;
    result = none ? Promise.resolve({ views: {}, drawn: noneDrawn(), files: [] }) : compute(site, kind, { options: site.options, kode, nama: kode ? site.names.get(kode) : undefined, years: programYears(site) });
    forSite.set(key, result);
  }
  return result;
}

/** Every precomputed file of the site, each once (equal results share a file). */
export async function precomputedFiles(site: Site): Promise<PublishedFile[]> {
  const all = await Promise.all([precompute(site, 'dashboard'), precompute(site, 'brief'), precompute(site, 'program'), ...site.options.kecamatan.map((kode) => precompute(site, 'kecamatan', kode))]);
  return [...new Map(all.flatMap((p) => p.files).map((f) => [f.name, f])).values()];
}
