// The views computed at build for a first interaction: one step from each page's default view.
import { describe, expect, it } from 'vitest';
import { MAP_METRICS } from '../../src/lib/catalogue.ts';
import { ENUMS } from '../../src/lib/enums.ts';
import { dashboardPage } from '../../src/lib/pages/dashboard.ts';
import { kecamatanPage } from '../../src/lib/pages/kecamatan.ts';
import { likelyViews } from '../../src/lib/pages/likely.ts';
import { defaultView } from '../../src/lib/view.ts';

const options = { snapshots: ['2025-03-31', '2025-06-30', '2025-09-30'], kecamatan: ['32.15.01', '32.15.02'] };
const latest = options.snapshots.at(-1)!;

describe('likely views', () => {
  it('are, on the dashboard, every other snapshot, every comparison, each filter value and each other map metric', () => {
    const views = likelyViews(dashboardPage, { options });
    const older = options.snapshots.filter((s) => s !== latest);
    const metrics = MAP_METRICS.filter((m) => m !== defaultView(options).metric);
    expect([...views.keys()]).toEqual([
      ...older.map((s) => `?snapshot=${s}`),
      ...older.map((s) => `?banding=${s}`),
      ...ENUMS.jenis_koperasi.map((j) => `?jenis=${j}`),
      ...ENUMS.status.map((s) => `?status=${s}`),
      ...ENUMS.jalur_pendampingan.map((j) => `?jalur=${j}`),
      ...metrics.map((m) => `?peta=${m}`),
    ]);
    expect(views.get(`?banding=${older[0]}`)).toEqual({ ...defaultView(options), compare: older[0] });
  });

  it('are, on a kecamatan page, the other snapshots when asked for those only (no comparison or map there)', () => {
    const input = { options, kode: '32.15.01', nama: 'Karawang Barat' };
    expect([...likelyViews(kecamatanPage, input, ['snapshot']).keys()]).toEqual(['?snapshot=2025-03-31', '?snapshot=2025-06-30']);
    // A comparison or a map metric means nothing there: it parses to the default view, left out.
    expect([...likelyViews(kecamatanPage, input, ['compare', 'metric']).keys()]).toEqual([]);
  });
});
