// Pagefind's own search interface (accessible, keyboard-friendly, in the page's language), over
// the index the build wrote; a query in the URL (?q=…) searches at once. A cooperative's or a
// desa's record (src/lib/search-records.ts) shows its whole description rather than an excerpt.
// Pagefind's script and stylesheet are attached from here, not written into the page: a script
// or stylesheet in the body holds up everything after it, and on a slow phone the page's end
// (its sources, its footer) waited about half a second for them.
export {};

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

/** Loads one of Pagefind's files (`/pagefind/…`, a script or a stylesheet) into the head; rejects when it cannot be had. */
function attach(url: string): Promise<void> {
  const element = url.endsWith('.css') ? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url }) : Object.assign(document.createElement('script'), { src: url });
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`${url}: not loaded`)), { once: true });
    document.head.append(element);
  });
}

async function start(): Promise<void> {
  await Promise.all([attach('/pagefind/pagefind-ui.css'), attach('/pagefind/pagefind-ui.js')]);
  if (!window.PagefindUI) throw new Error('/pagefind/pagefind-ui.js: no PagefindUI');
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

if (document.querySelector('[data-search]')) start().catch((error: unknown) => console.error(error));
