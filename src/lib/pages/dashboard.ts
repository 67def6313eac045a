// The home page: the region's coverage for a view (snapshot, comparison, filters, map metric).
import { type Dashboard, loadDashboard } from '../indicators.ts';
import { type Slot, renderDashboard } from '../render/dashboard.ts';
import { type View, parseView, viewSearch } from '../view.ts';
import type { PageModel } from './model.ts';

export const dashboardPage: PageModel<View, Dashboard, Slot> = {
  parse: (search, { options }) => parseView(search, options),
  search: (view, { options }) => viewSearch(view, options),
  load: (engine, view, { options }) => loadDashboard(engine, view, options),
  render: (d, c) => renderDashboard(d, c),
};
