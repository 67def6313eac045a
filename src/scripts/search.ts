// Pagefind's own search interface (accessible, keyboard-friendly), over the index the build wrote;
export {};

// a query in the URL (?q=…) searches at once.
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
