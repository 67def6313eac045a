// The leadership brief: headline figures with change and target, the map, and the narrative —
// for the region or one kecamatan, rendered with any Document.
import type { Brief } from '../brief.ts';
import { kecamatanNarrative, regionNarrative } from '../narrative.ts';
import type { Profile } from '../profile.ts';
import { mapSection } from './dashboard.ts';
import type { RenderContext } from './kit.ts';
import { builder } from './dom.ts';
import { figureCards, headlineFigures } from './figures.ts';
import { renderProfile } from './profile.ts';

export const BRIEF_SLOTS = ['meta', 'figures', 'map', 'narrative', 'print'] as const;
export type BriefSlot = (typeof BRIEF_SLOTS)[number];

/** A CSS string literal: quotes, backslashes and `<` escaped (names come from the data). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\n/g, '\\a ')}"`;
}

/** The printed page: A4, a header with the data's date and source, numbered pages. */
function printStyle(snapshot: string, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const header = t.brief.header(f.date(snapshot), c.dataset.penerbit) + (c.dataset.contoh ? ` · ${t.site.sample}` : '');
  const css = `@page { size: A4; margin: 16mm 13mm 15mm;
  @top-left { content: ${cssString(header)}; font: 8pt system-ui, sans-serif; color: #333; }
  @bottom-right { content: ${cssString(`${t.brief.page} `)} counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; color: #333; }
}`;
  return builder(c.document)('style', {}, [css]);
}

/** Under the title: the date of the figures (the view's snapshot), the same as the running header. */
function meta(snapshot: string, c: RenderContext): HTMLElement {
  return builder(c.document)('p', { class: 'dataset-meta' }, [c.t.brief.header(c.f.date(snapshot), c.dataset.penerbit)]);
}

function narrative(sentences: readonly string[], c: RenderContext): HTMLElement {
  const h = builder(c.document);
  return h('ul', { class: 'narrative' }, sentences.map((s) => h('li', {}, [s])));
}

export function renderBrief(b: Brief, c: RenderContext): Record<BriefSlot, HTMLElement> {
  const d = b.dashboard;
  return {
    meta: meta(d.view.snapshot, c),
    figures: figureCards(c.document, headlineFigures({ document: c.document, t: c.t, f: c.f, current: d.current, previous: d.previous, targets: d.targets })),
    map: mapSection(d, c),
    narrative: narrative(regionNarrative(b, c.t, c.f), c),
    print: printStyle(d.view.snapshot, c),
  };
}

export function renderKecamatanBrief(p: Profile, c: RenderContext): Record<BriefSlot, HTMLElement> {
  const profile = renderProfile(p, c, ['figures', 'desa']);
  return { meta: meta(p.view.snapshot, c), figures: profile.figures, map: profile.desa, narrative: narrative(kecamatanNarrative(p, c.t, c.f), c), print: printStyle(p.view.snapshot, c) };
}
