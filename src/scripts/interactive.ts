// Loaded on the first interaction: DuckDB-WASM with the site's database, and the same query and
// render functions the build used, so the browser's numbers are the build's numbers.
import { browserEngine } from '../lib/engine/browser.ts';
import { memoize } from '../lib/engine/engine.ts';
import { formatFor } from '../lib/format.ts';
import { isSchematic, rewind } from '../lib/geo.ts';
import { id as t } from '../lib/i18n/id.ts';
import { loadDashboard } from '../lib/indicators.ts';
import { type RenderContext, type Slot, kecamatanRowId, renderDashboard } from '../lib/render/dashboard.ts';
import type { KecamatanGeoJson } from '../lib/validate.ts';
import type { View, ViewOptions } from '../lib/view.ts';

export async function createInteractive(config: { database: string; geojson: string; options: ViewOptions; names: [string, string][] }) {
  const [engine, geojson] = await Promise.all([
    browserEngine(config.database).then((e) => memoize(e)),
    fetch(config.geojson).then((r) => r.json() as Promise<KecamatanGeoJson>),
  ]);
  const context: RenderContext = {
    document,
    t,
    f: formatFor('id'),
    geojson: rewind(geojson),
    schematic: isSchematic(geojson),
    names: new Map(config.names),
    kecamatanHref: (kode) => `#${kecamatanRowId(kode)}`,
  };
  return {
    async compute(view: View) {
      const started = performance.now();
      const dashboard = await loadDashboard(engine, view, config.options);
      performance.measure('dasbor:query', { start: started });
      const rendered = performance.now();
      const slots = renderDashboard(dashboard, context);
      performance.measure('dasbor:render', { start: rendered });
      return slots;
    },
    swap(slots: Record<Slot, HTMLElement>) {
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
