// Pagefind's own search interface (accessible, keyboard-friendly, in the page's language), over
// the index the build wrote; a query in the URL (?q=…) searches at once.
export {};

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

const target = document.querySelector<HTMLElement>('[data-search]');
if (target && window.PagefindUI) {
  const ui = new window.PagefindUI({ element: '#cari', showImages: false, showSubResults: true, resetStyles: false, autofocus: true });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}
