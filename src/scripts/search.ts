// Pagefind's own search interface (accessible, keyboard-friendly, in the page's language), over
// the index the build wrote; a query in the URL (?q=…) searches at once. A cooperative's or a
// desa's record (src/lib/search-records.ts) shows its whole description rather than an excerpt.
export {};

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

const target = document.querySelector<HTMLElement>('[data-search]');
if (target && window.PagefindUI) {
  // The excerpt is HTML: the description goes in as text.
  const asHtml = (text: string) => Object.assign(document.createElement('p'), { textContent: text }).innerHTML;
  // Shown once, as the excerpt (Pagefind would also list it as "detail: …").
  const processResult = (result: { excerpt: string; meta?: { detail?: string } }) => {
    if (result.meta?.detail) {
      result.excerpt = asHtml(result.meta.detail);
      delete result.meta.detail;
    }
    return result;
  };
  const ui = new window.PagefindUI({ element: '#cari', showImages: false, showSubResults: true, resetStyles: false, autofocus: true, processResult });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}
