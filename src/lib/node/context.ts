// The render context of the build: linkedom's document and the site's region.
import { formatFor } from '../format.ts';
import { id } from '../i18n/id.ts';
import { type RenderContext, kecamatanHref } from '../render/dashboard.ts';
import { serverDocument } from './dom.ts';
import type { Site } from './site.ts';

export function serverContext(site: Site): RenderContext {
  return {
    document: serverDocument(),
    t: id,
    f: formatFor('id'),
    dataset: site.data.dataset,
    geojson: site.geojson,
    schematic: site.schematic,
    names: site.names,
    kecamatanHref,
  };
}

/** Slots as HTML, for <Slot>. */
export function slotHtml<S extends string>(slots: Record<S, HTMLElement>): Record<S, string> {
  return Object.fromEntries(Object.entries<HTMLElement>(slots).map(([name, el]) => [name, el.outerHTML])) as Record<S, string>;
}
