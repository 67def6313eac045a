// A page kind's model: how its view is read from and written to the URL, what it queries, and
// how it is drawn. The Astro component calls it with the default view at build time; the browser
// imports the same module after an interaction (src/scripts/interactive.ts), so a page is written
// once and the build's numbers are the browser's.
import type { Engine } from '../engine/engine.ts';
import type { RenderContext } from '../render/kit.ts';
import type { ViewOptions } from '../view.ts';

/** What a page knows beyond its URL: the site's snapshots and kecamatan, and its own subject. */
export interface PageInput {
  options: ViewOptions;
  /** The kecamatan of a kecamatan page, brief or deck. */
  kode?: string;
  /** Its name. */
  nama?: string;
  /** The years the program page offers (period.ts `reportingYears`). */
  years?: readonly number[];
}

/**
 * One page kind. `parse` drops unknown values (they never reach SQL) and `search` writes the
 * canonical query string of a view ('' for the default view, else `?…`), so equal views have
 * equal URLs. `load` runs the page's queries; `render` returns the page's slots by name.
 */
export interface PageModel<V, R, S extends string = string> {
  parse(search: URLSearchParams, input: PageInput): V;
  search(view: V, input: PageInput): string;
  load(engine: Engine, view: V, input: PageInput): Promise<R>;
  render(result: R, context: RenderContext): Record<S, HTMLElement>;
}

/** The input's kecamatan, for models of kecamatan pages (a missing one is a programming error). */
export function subject(input: PageInput): { kode: string; nama: string } {
  if (!input.kode || !input.nama) throw new Error('a kecamatan page needs its kode and nama');
  return { kode: input.kode, nama: input.nama };
}
