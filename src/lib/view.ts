// A view of the dashboard (snapshot, comparison, filters, map metric) ⇄ URL search params, so a
// link reproduces the view. Unknown values are dropped, never trusted: they end up in SQL.
import { LEAD, MAP_METRICS, type MapMetric, indicator } from './catalogue.ts';
import { ENUMS, type Jalur, type JenisKoperasi, type Status } from './enums.ts';

export interface View {
  snapshot: string;
  /** A second snapshot: the map then shows the change from it to `snapshot`. */
  compare: string | null;
  jenis: JenisKoperasi[];
  status: Status[];
  jalur: Jalur[];
  kecamatan: string[];
  metric: MapMetric;
}

/** What a view may hold, from the data. */
export interface ViewOptions {
  /** Oldest first. */
  snapshots: readonly string[];
  kecamatan: readonly string[];
}

export const PARAMS = {
  snapshot: 'snapshot',
  compare: 'banding',
  jenis: 'jenis',
  status: 'status',
  jalur: 'jalur',
  kecamatan: 'kecamatan',
  metric: 'peta',
} as const satisfies Record<keyof View, string>;

export function defaultView(options: ViewOptions): View {
  return {
    snapshot: options.snapshots.at(-1)!,
    compare: null,
    jenis: [],
    status: [],
    jalur: [],
    kecamatan: [],
    metric: (indicator(LEAD) as { metric: MapMetric }).metric,
  };
}

function allowed<T extends string>(values: string[], known: readonly T[]): T[] {
  // Kept in the order of `known`, so equal views have equal URLs.
  return known.filter((k) => values.includes(k));
}

export function parseView(search: URLSearchParams | string, options: ViewOptions): View {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const fallback = defaultView(options);
  const one = (name: string) => params.get(name) ?? '';
  const many = (name: string) => params.getAll(name).flatMap((v) => v.split(','));
  const snapshot = options.snapshots.includes(one(PARAMS.snapshot)) ? one(PARAMS.snapshot) : fallback.snapshot;
  const compare = one(PARAMS.compare);
  const metric = one(PARAMS.metric);
  return {
    snapshot,
    compare: options.snapshots.includes(compare) && compare !== snapshot ? compare : null,
    jenis: allowed(many(PARAMS.jenis), ENUMS.jenis_koperasi),
    status: allowed(many(PARAMS.status), ENUMS.status),
    jalur: allowed(many(PARAMS.jalur), ENUMS.jalur_pendampingan),
    kecamatan: allowed(many(PARAMS.kecamatan), options.kecamatan),
    metric: (MAP_METRICS as readonly string[]).includes(metric) ? (metric as MapMetric) : fallback.metric,
  };
}

/** Search params of a view, leaving out what equals the default. */
export function viewSearch(view: View, options: ViewOptions): string {
  const fallback = defaultView(options);
  const params = new URLSearchParams();
  if (view.snapshot !== fallback.snapshot) params.set(PARAMS.snapshot, view.snapshot);
  if (view.compare) params.set(PARAMS.compare, view.compare);
  for (const key of ['jenis', 'status', 'jalur', 'kecamatan'] as const) {
    for (const value of view[key]) params.append(PARAMS[key], value);
  }
  if (view.metric !== fallback.metric) params.set(PARAMS.metric, view.metric);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/**
 * The snapshot a view's changes are measured from ("+12 since …"): the compared snapshot in
 * compare mode, else the one before the view's snapshot (null for the first). Every figure,
 * sentence and slide of the view says "since" this date.
 */
export function baseline(view: Pick<View, 'snapshot' | 'compare'>, options: ViewOptions): string | null {
  return view.compare ?? previousSnapshot(view.snapshot, options);
}

/** The snapshot before `date`, if any. */
export function previousSnapshot(date: string, options: ViewOptions): string | null {
  const i = options.snapshots.indexOf(date);
  return i > 0 ? options.snapshots[i - 1]! : null;
}
