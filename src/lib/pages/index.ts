// Every page kind with a view, by the name its pages carry (`data-page`). Each entry imports
// its model on demand, so the browser loads only the model of the page it is on.

export const PAGES = {
  dashboard: () => import('./dashboard.ts').then((m) => m.dashboardPage),
  kecamatan: () => import('./kecamatan.ts').then((m) => m.kecamatanPage),
  program: () => import('./program.ts').then((m) => m.programPage),
  brief: () => import('./brief.ts').then((m) => m.briefPage),
  'brief-kecamatan': () => import('./brief.ts').then((m) => m.kecamatanBriefPage),
  deck: () => import('./deck.ts').then((m) => m.deckPage),
  'deck-kecamatan': () => import('./deck.ts').then((m) => m.kecamatanDeckPage),
  data: () => import('./data.ts').then((m) => m.dataPage),
} as const;

export type PageKind = keyof typeof PAGES;
