// The FGD presentation of the region and of one kecamatan: the dashboard's or the profile's
// slides for a projector, and the deck's own (ODOC, activities, gaps, questions).
import { type Brief, loadBrief } from '../brief.ts';
import type { Profile, ProfileView } from '../profile.ts';
import { renderDashboard } from '../render/dashboard.ts';
import { DECK_DASHBOARD_SLOTS, DECK_PROFILE_SLOTS, deckSubtitle, renderDeck, renderKecamatanDeck } from '../render/deck.ts';
import { renderProfile } from '../render/profile.ts';
import { type View, parseView, viewSearch } from '../view.ts';
import { profileModel } from './kecamatan.ts';
import type { PageModel } from './model.ts';

export const deckPage: PageModel<View, Brief> = {
  parse: (search, { options }) => parseView(search, options),
  search: (view, { options }) => viewSearch(view, options),
  load: (engine, view, { options }) => loadBrief(engine, view, options),
  render: (b, c) => ({ meta: deckSubtitle(b.dashboard.view.snapshot, c), ...renderDashboard(b.dashboard, c, DECK_DASHBOARD_SLOTS), ...renderDeck(b, c) }),
};

export const kecamatanDeckPage: PageModel<ProfileView, Profile> = {
  ...profileModel,
  render: (p, c) => ({ meta: deckSubtitle(p.view.snapshot, c), ...renderProfile(p, c, DECK_PROFILE_SLOTS), ...renderKecamatanDeck(p, c) }),
};
