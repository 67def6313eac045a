// Activity coverage: how many activities each kecamatan had in the period; a kecamatan without
// any stands out in orange (and says so in its tooltip and the table).
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import type { KecamatanActivity } from '../program.ts';
import { type ChoroplethOptions, choropleth } from './choropleth.ts';
import { countThresholds } from './map.ts';

export const NONE_COLOR = '#e66101';
/** None (orange), then blues by count. */
export const ACTIVITY_COLORS = [NONE_COLOR, '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

export function activityMap(rows: readonly KecamatanActivity[], options: Pick<ChoroplethOptions, 'document' | 'geojson' | 'names' | 'href' | 'width'> & { t: Strings; f: Format }) {
  const { t, f } = options;
  const byCode = new Map(rows.map((r) => [r.kode_kecamatan, r]));
  const steps = countThresholds(Math.max(0, ...rows.map((r) => r.kegiatan)));
  const thresholds = [1, ...steps.filter((s) => s > 1)];
  return choropleth({
    ...options,
    fill: (kode) => byCode.get(kode)?.kegiatan,
    title: (kode, name) => {
      const n = byCode.get(kode)?.kegiatan ?? 0;
      return `${name}: ${n === 0 ? t.program.noActivity : t.program.activities(n, f.number(n))}`;
    },
    color: {
      type: 'threshold',
      domain: thresholds,
      range: ACTIVITY_COLORS.slice(0, thresholds.length + 1),
      legend: true,
      label: t.program.mapLegend,
    },
  });
}
