// What a leadership brief (and an FGD deck) needs beyond the dashboard: the activities of the
// snapshot's quarter per kecamatan, and the budget of its year up to the snapshot.
import type { Engine } from './engine/engine.ts';
import { type Dashboard, loadDashboard } from './indicators.ts';
import { type DateRange, quarterUntil } from './period.ts';
import { type KecamatanActivity, type ProgramTotals, kecamatanActivitySql, totalsSql } from './program.ts';
import type { View, ViewOptions } from './view.ts';

export interface Brief {
  dashboard: Dashboard;
  quarter: ReturnType<typeof quarterUntil>;
  /** Every kecamatan's activities in that quarter. */
  quarterActivity: KecamatanActivity[];
  /** Activities of the snapshot's year up to the snapshot. */
  yearToDate: ProgramTotals & DateRange;
}

/** The brief of the whole region for a view (the printed brief: the default view at a snapshot). */
export async function loadBrief(engine: Engine, view: View, options: ViewOptions): Promise<Brief> {
  const quarter = quarterUntil(view.snapshot);
  const ytd = { start: `${quarter.year}-01-01`, end: view.snapshot };
  const [dashboard, quarterActivity, [totals]] = await Promise.all([
    loadDashboard(engine, view, options),
    engine.query<KecamatanActivity>(kecamatanActivitySql(quarter)),
    engine.query<ProgramTotals>(totalsSql(ytd)),
  ]);
  return { dashboard, quarter, quarterActivity, yearToDate: { ...totals!, ...ytd } };
}
