// Pagefind's own search interface (accessible, keyboard-friendly, in the page's language), over
// the index the build wrote; a query in the URL (?q=…) searches at once. A cooperative's or a
// desa's record (src/lib/search-records.ts) shows its whole description rather than an excerpt.
// Pagefind's script is deferred and its stylesheet preloaded (cari.astro): in the body as a plain
// script and a stylesheet they held up the rest of the page, on a slow phone about half a second.
// Where they cannot be had (offline, not saved), the page says so instead of an empty box.
export {};

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

const STYLESHEET = '/pagefind/pagefind-ui.css';

/** Applies Pagefind's stylesheet (preloaded by the page); rejects when it cannot be had. */
function stylesheet(): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLESHEET });
  return new Promise((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${STYLESHEET}: not loaded`)), { once: true });
    document.head.append(link);
  });
}

async function start(): Promise<void> {
  // The deferred script ran before this module (document order): a missing PagefindUI means it failed.
  if (!window.PagefindUI) throw new Error('/pagefind/pagefind-ui.js: not loaded');
  await stylesheet();
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

if (document.querySelector('[data-search]')) {
  start().catch((error: unknown) => {
    console.error(error);
    document.querySelector<HTMLElement>('[data-search-failed]')?.removeAttribute('hidden');
  });
}
