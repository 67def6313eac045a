// A page's default view, drawn at build time by its model (src/lib/pages/): the first paint is the
// same parse → load → render the browser runs after an interaction.
import type { Lang } from '../i18n/index.ts';
import type { PageInput, PageModel } from '../pages/model.ts';
import { serverContext, slotHtml } from './context.ts';
import type { Site } from './site.ts';

/** The default view (an empty URL), its result, and its slots as HTML for <Slot>. */
export async function prerender<V, R, S extends string>(model: PageModel<V, R, S>, input: Omit<PageInput, 'options'>, site: Site, lang: Lang) {
  const full: PageInput = { ...input, options: site.options };
  const view = model.parse(new URLSearchParams(), full);
  const result = await model.load(site.engine, view, full);
  return { view, result, html: slotHtml(model.render(result, serverContext(site, lang))) };
}
