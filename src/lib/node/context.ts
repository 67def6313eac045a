// The render context of the build: linkedom's document, the site's region, and the page's language.
import { type Lang, dictionary, kecamatanHref } from '../i18n/index.ts';
import { withoutHiddenMarkers } from '../charts/markers.ts';
import { formatFor } from '../format.ts';
import type { RenderContext } from '../render/kit.ts';
import { serverDocument } from './dom.ts';
import type { Site } from './site.ts';

export function serverContext(site: Site, lang: Lang): RenderContext {
  return {
    document: serverDocument(),
    t: dictionary(lang),
    f: formatFor(lang),
    dataset: site.data.dataset,
    geojson: site.geojson,
    schematic: site.schematic,
    names: site.names,
    kecamatanHref: (kode) => kecamatanHref(lang, kode),
  };
}

/** Slots as HTML, for <Slot> and the views drawn at build: as published (no hidden trend markers). */
export function slotHtml<S extends string>(slots: Record<S, HTMLElement>): Record<S, string> {
  return Object.fromEntries(Object.entries<HTMLElement>(slots).map(([name, el]) => [name, withoutHiddenMarkers(el).outerHTML])) as Record<S, string>;
}
