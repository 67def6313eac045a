// The open data page's changelog: what changed between a snapshot and the one before it, for the
// whole region or one kecamatan.
import { type Changelog, loadChangelog } from '../changelog.ts';
import { renderChangelog } from '../render/changelog.ts';
import { type View, parseView, viewSearch } from '../view.ts';
import { snapshotOnly } from './brief.ts';
import type { PageModel } from './model.ts';

export const dataPage: PageModel<View, Changelog, 'changelog'> = {
  parse: (search, { options }) => ({ ...snapshotOnly(search, options), kecamatan: parseView(search, options).kecamatan.slice(0, 1) }),
  search: (view, { options }) => viewSearch(view, options),
  load: (engine, view, { options }) => loadChangelog(engine, view, options),
  render: (log, c) => renderChangelog(log, c),
};
