// The views one interaction away from a page's default view — another snapshot, a comparison with
// another snapshot, one filter value, another map metric — by their canonical search. The build
// computes their results (src/lib/node/precompute.ts) so that the first change a reader makes is
// drawn without the engine.
import { MAP_METRICS } from '../catalogue.ts';
import { ENUMS } from '../enums.ts';
import { PARAMS, type ViewOptions } from '../view.ts';
import type { PageInput, PageModel } from './model.ts';

/** A view's parameters a single change sets. */
export type Step = 'snapshot' | 'compare' | 'jenis' | 'status' | 'jalur' | 'metric';
export const STEPS: readonly Step[] = ['snapshot', 'compare', 'jenis', 'status', 'jalur', 'metric'];

/** Every one-parameter change of the given kinds, whether a page kind knows it or not. */
function oneStep(options: ViewOptions, steps: readonly Step[]): URLSearchParams[] {
  const values: Record<Step, readonly string[]> = {
    snapshot: options.snapshots,
    compare: options.snapshots,
    jenis: ENUMS.jenis_koperasi,
    status: ENUMS.status,
    jalur: ENUMS.jalur_pendampingan,
    metric: MAP_METRICS,
  };
  return steps.flatMap((step) => values[step].map((value) => new URLSearchParams([[PARAMS[step], value]])));
}

/**
 * The distinct views of a page one step from its default, keyed by `model.search` (the URL's
 * query string, never '' — the default view is the page itself). A change the page does not know
 * (a comparison on a kecamatan page) parses to its default view and is left out. `more` are
 * further one-step changes of the page's own (a table's other pages).
 */
export function likelyViews<V, R>(model: PageModel<V, R>, input: PageInput, steps: readonly Step[] = STEPS, more: readonly URLSearchParams[] = []): Map<string, V> {
  const views = new Map<string, V>();
  for (const params of [...oneStep(input.options, steps), ...more]) {
    const view = model.parse(params, input);
    const search = model.search(view, input);
    if (search !== '' && !views.has(search)) views.set(search, view);
  }
  return views;
}
