// A kecamatan's page, and the profile its brief and deck are drawn from: one kecamatan's view
// (snapshot, filters, the cooperatives table's sort, search and page).
import { type Profile, type ProfileView, loadProfile, parseProfileView, profileSearch } from '../profile.ts';
import { type ProfileSlot, renderProfile } from '../render/profile.ts';
import { type PageInput, type PageModel, subject } from './model.ts';

/** The profile's view, queries and URL, shared by the kecamatan page, its brief and its deck. */
export const profileModel: Omit<PageModel<ProfileView, Profile>, 'render'> = {
  parse: (search, input) => parseProfileView(search, input.options, subject(input).kode),
  search: (view, { options }) => profileSearch(view, options),
  load: (engine, view, input: PageInput) => {
    const { kode, nama } = subject(input);
    return loadProfile(engine, kode, nama, view, input.options);
  },
};

export const kecamatanPage: PageModel<ProfileView, Profile, ProfileSlot> = {
  ...profileModel,
  render: (p, c) => renderProfile(p, c),
};
