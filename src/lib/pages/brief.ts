// The leadership brief of the region and of one kecamatan: a printable page of figures, map and
// narrative. The region's brief speaks of the whole region: only its snapshot is chosen.
import { type Brief, loadBrief } from '../brief.ts';
import type { Profile, ProfileView } from '../profile.ts';
import { type BriefSlot, renderBrief, renderKecamatanBrief } from '../render/brief.ts';
import { type View, defaultView, parseView, viewSearch } from '../view.ts';
import { profileModel } from './kecamatan.ts';
import type { PageModel } from './model.ts';

/** The region's view with only the snapshot of the URL: what a brief and a changelog read. */
export function snapshotOnly(search: URLSearchParams, options: Parameters<typeof parseView>[1]): View {
  return { ...defaultView(options), snapshot: parseView(search, options).snapshot };
}

export const briefPage: PageModel<View, Brief, BriefSlot> = {
  parse: (search, { options }) => snapshotOnly(search, options),
  search: (view, { options }) => viewSearch(view, options),
  load: (engine, view, { options }) => loadBrief(engine, view, options),
  render: (b, c) => renderBrief(b, c),
};

export const kecamatanBriefPage: PageModel<ProfileView, Profile, BriefSlot> = {
  ...profileModel,
  render: (p, c) => renderKecamatanBrief(p, c),
};
