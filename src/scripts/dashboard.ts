// The dashboard's page script: small, and all the page loads until the user interacts. The first
// filter change (or "Mode interaktif", or a URL that names a view) loads DuckDB-WASM and the
// renderer (./interactive.ts); every change then re-queries and redraws in place.
import { type View, type ViewOptions, PARAMS, isDefaultView, parseView, viewSearch } from '../lib/view.ts';

interface Config {
  database: string;
  geojson: string;
  options: ViewOptions;
  names: [string, string][];
}

const root = document.querySelector<HTMLElement>('[data-dashboard]');
const form = document.querySelector<HTMLFormElement>('[data-filters]');
const status = document.querySelector<HTMLElement>('[data-status]');

if (root && form && status) {
  const config = JSON.parse(root.dataset.config!) as Config;
  const message = (name: string) => root.dataset[`msg${name}`] ?? '';
  const count = form.querySelector<HTMLElement>('[data-kecamatan-count]');
  type Interactive = Awaited<ReturnType<typeof import('./interactive.ts').createInteractive>>;
  let interactive: Promise<Interactive> | null = null;
  let latest = 0;

  const viewOfForm = (): View => parseView(new URLSearchParams(new FormData(form) as unknown as string), config.options);

  function showKecamatanCount(view: View) {
    if (count) count.textContent = view.kecamatan.length === 0 ? message('All') : message('Chosen').replace('{n}', String(view.kecamatan.length));
  }

  function setForm(view: View) {
    for (const control of Array.from(form!.elements) as HTMLInputElement[]) {
      if (control instanceof HTMLSelectElement) {
        const key = (Object.keys(PARAMS) as (keyof View)[]).find((k) => PARAMS[k] === control.name);
        if (key) control.value = String(view[key] ?? '');
      } else if (control.type === 'checkbox') {
        const key = (Object.keys(PARAMS) as (keyof View)[]).find((k) => PARAMS[k] === control.name);
        control.checked = key ? (view[key] as string[]).includes(control.value) : false;
      }
    }
    showKecamatanCount(view);
    // A view with filters (from a link) shows them ticked.
    const more = form!.querySelector<HTMLDetailsElement>('.more-filters');
    if (more && view.jenis.length + view.status.length + view.jalur.length + view.kecamatan.length > 0) more.open = true;
    const picker = form!.querySelector<HTMLDetailsElement>('.kecamatan-picker');
    if (picker && view.kecamatan.length > 0) picker.open = true;
  }

  async function show(view: View, push: boolean) {
    const request = ++latest;
    // Marks for measuring (the benchmark reads them): interaction → view redrawn.
    performance.mark(`dasbor:change:${request}`);
    showKecamatanCount(view);
    if (push) history.pushState(null, '', viewSearch(view, config.options) || location.pathname);
    root!.setAttribute('aria-busy', 'true');
    status!.textContent = interactive ? message('Querying') : message('Loading');
    interactive ??= import('./interactive.ts').then((m) => m.createInteractive(config));
    try {
      const ui = await interactive;
      const slots = await ui.compute(view);
      if (request !== latest) return; // a newer change is on its way
      ui.swap(slots);
      performance.measure('dasbor:redraw', `dasbor:change:${request}`);
      status!.textContent = message('Ready');
    } catch (error) {
      console.error(error);
      interactive = null; // let a later change try again
      if (request === latest) status!.textContent = message('Failed');
    } finally {
      if (request === latest) root!.removeAttribute('aria-busy');
    }
  }

  // Controls may sit outside the form (form="…"): listen on the document.
  document.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).form === form) void show(viewOfForm(), true);
  });
  form.addEventListener('reset', () => setTimeout(() => void show(viewOfForm(), true)));
  form.querySelector('[data-interactive]')?.addEventListener('click', () => void show(viewOfForm(), false));
  window.addEventListener('popstate', () => {
    const view = parseView(location.search, config.options);
    setForm(view);
    void show(view, false);
  });

  // A link to a view shows that view.
  const initial = parseView(location.search, config.options);
  setForm(initial);
  if (!isDefaultView(initial, config.options)) void show(initial, false);
}
