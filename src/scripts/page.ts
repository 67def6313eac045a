// The script of every page with a view (home, kecamatan, program): small, and all the page loads
// until the user interacts. It knows forms and URLs, not views: the form's controls are the URL's
// parameters (defaults left out). The intent to interact (a pointer down on, or focus in, a
// control), a change, "Mode interaktif", or a URL that names a view loads the page's renderer
// (./interactive.ts) and its model together, which parse the parameters and redraw the page's
// slots in place — from a result computed at build for a view one step away, else with
// DuckDB-WASM (./engine.ts), started at such a change beside the renderer, and else loaded in the
// background after the first view is drawn (not when the browser asks to save data). A view the
// build also drew (./slots.ts) is put in place from its file here, before the renderer is needed.
import { PAGES } from '../lib/pages/index.ts';
import type { PageConfig } from './interactive.ts';
import { parseSlots, swapSlots } from './slots.ts';

const root = document.querySelector<HTMLElement>('[data-page]');
const form = document.querySelector<HTMLFormElement>('form[data-view]');
const status = document.querySelector<HTMLElement>('[data-status]');

if (root && form && status) {
  const config = JSON.parse(root.dataset.config!) as PageConfig;
  const message = (name: string) => root.dataset[`msg${name}`] ?? '';
  type Interactive = Awaited<ReturnType<typeof import('./interactive.ts').createInteractive>>;
  let interactive: Promise<Interactive> | null = null;
  let latest = 0;
  // The query string last shown: a change of the hash alone (a slide) is not a new view.
  let shown = location.search;

  type Control = HTMLInputElement | HTMLSelectElement;
  const controls = () => Array.from(form.elements).filter((e): e is Control => e instanceof HTMLInputElement || e instanceof HTMLSelectElement);
  const defaultOf = (c: Control) => (c instanceof HTMLSelectElement ? (Array.from(c.options).find((o) => o.defaultSelected) ?? c.options[0])?.value : c.defaultValue) ?? '';

  const offDefault = (c: Control) => (c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio') ? c.checked !== c.defaultChecked : c.value !== defaultOf(c));

  /** The form as URL parameters, leaving out what equals a control's default. */
  function paramsOfForm(submitter?: HTMLElement | null): URLSearchParams {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form!, submitter)) {
      const control = form!.elements.namedItem(name);
      const single = control instanceof HTMLSelectElement || (control instanceof HTMLInputElement && control.type !== 'checkbox');
      if (typeof value === 'string' && !(single && (value === defaultOf(control as Control) || value === ''))) params.append(name, value);
    }
    return params;
  }

  function setForm(params: URLSearchParams) {
    for (const c of controls()) {
      if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = params.getAll(c.name).includes(c.value);
      else if (c instanceof HTMLSelectElement || c.type !== 'submit') {
        const value = params.get(c.name);
        c.value = value ?? defaultOf(c);
        if (c instanceof HTMLSelectElement && c.selectedIndex === -1) c.value = defaultOf(c);
      }
    }
    // Filters that a link sets are shown ticked, where the reader can see them.
    for (const details of Array.from(form!.querySelectorAll('details'))) {
      if (Array.from(details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).some((i) => i.checked)) details.open = true;
    }
  }

  /** A link to a row (a search result: `?hal=3#koperasi-…`) shows it once the view is drawn. */
  function reveal() {
    const row = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!row) return;
    row.closest('details')?.setAttribute('open', '');
    row.setAttribute('data-found', '');
    row.scrollIntoView({ block: 'center' });
  }

  const load = () => {
    // The model's modules (Plot, d3) are asked for beside the renderer's, in the same round trip,
    // and the renderer asks for its files (map, names, dictionary) without waiting for them.
    if (!interactive) void PAGES[config.page]().catch(() => undefined);
    return (interactive ??= import('./interactive.ts').then((m) => m.createInteractive(config)));
  };
  const idle = (task: () => void) => (window.requestIdleCallback ?? setTimeout)(task);
  // The page as built is its default view, whatever its URL asks for: its slots are kept before
  // the first change, so that a return to it (reset, back) needs neither a file nor the renderer
  // nor the engine.
  let builtSlots: Record<string, Element> | null = null;
  const keepBuilt = () => {
    if (builtSlots) return;
    const slots = Array.from(document.querySelectorAll<HTMLElement>('[data-slot]')).filter((slot) => slot.firstElementChild);
    builtSlots = Object.fromEntries(slots.map((slot) => [slot.dataset.slot!, slot.firstElementChild!.cloneNode(true) as Element]));
  };
  const clones = (slots: Record<string, Element>) => Object.fromEntries(Object.entries(slots).map(([name, e]) => [name, e.cloneNode(true) as HTMLElement]));
  /** The slots of a view drawn at build, or null when its file cannot be had (offline, not cached). */
  const drawnSlots = (url: string) =>
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : null))
      .then((html) => html && parseSlots(html), () => null);
  // The renderer loads as the reader reaches for a control, before the change itself — unless the
  // build drew the page's next views: then it would only compete with that file for a phone's
  // bandwidth, and loads once the first is shown.
  const drawsAhead = Object.keys(config.drawn ?? {}).length > 0;
  const intent = (event: Event) => {
    const target = event.target as Control | null;
    if (!drawsAhead && target && 'form' in target && target.form === form) void load().catch(() => (interactive = null));
  };
  document.addEventListener('pointerdown', intent, { passive: true });
  document.addEventListener('focusin', intent);
  const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
  // The browser's first number formatter loads its locale data (about 40 ms on a desktop, four
  // times that on a cheap phone): done while the reader reads, not after their first change.
  idle(() => new Intl.NumberFormat(document.documentElement.lang).format(0));

  /**
   * A control inside a slot (the table's page buttons) is gone once its slot is redrawn: the
   * reader is taken to the top of the slot's new content, with focus there, not left wherever
   * the page's new length puts them (on a phone, a screen or more away from the table).
   */
  function returnTo(name: string) {
    const slot = document.querySelector<HTMLElement>(`[data-slot="${name}"]`);
    const target = slot?.querySelector<HTMLElement>('.summary') ?? slot;
    if (!slot || !target) return;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    if (slot.getBoundingClientRect().top < 0 || target.getBoundingClientRect().bottom > innerHeight) slot.scrollIntoView({ block: 'start' });
  }

  async function show(params: URLSearchParams, linked = false, from?: string) {
    const request = ++latest;
    shown = params.toString() === '' ? '' : `?${params}`;
    // Marks for measuring (the benchmark reads them): interaction → view redrawn.
    performance.mark(`dasbor:change:${request}`);
    root!.setAttribute('aria-busy', 'true');
    status!.textContent = interactive ? message('Querying') : message('Loading');
    // Only the parameters as the form writes them are looked up among the views computed at build;
    // the renderer canonicalizes any other. A view drawn at build is put in place from its file;
    // else its result is asked for now, beside the renderer, whose own request for it is then
    // answered by the browser's cache (one round trip saved on a phone).
    const asked = shown;
    const started = performance.now();
    keepBuilt();
    const drawn = asked === '' && builtSlots ? clones(builtSlots) : config.drawn?.[asked] ? await drawnSlots(config.drawn[asked]) : null;
    const precomputed = config.views?.[asked];
    if (!drawn && precomputed) void fetch(precomputed).then((r) => r.arrayBuffer(), () => undefined);
    // A view the build neither drew nor computed needs the engine, the longest to load: it starts
    // now, beside the renderer's modules and files, not once they are in.
    if (!drawn && !precomputed) void import('./engine.ts').then((m) => m.pageEngine(config.database)).catch(() => undefined);
    try {
      let search = asked;
      let computed = drawn !== null;
      if (drawn) {
        performance.measure('dasbor:load', { start: started });
        if (request !== latest) return;
        swapSlots(drawn);
      } else {
        const ui = await load();
        const result = await ui.compute(params);
        if (request !== latest) return; // a newer change is on its way
        swapSlots(result.slots);
        search = result.search;
        computed = result.precomputed;
      }
      // The view as understood (unknown values dropped, canonical order) is what the URL keeps.
      if (search !== location.search) history.replaceState(null, '', (search || location.pathname) + location.hash);
      shown = search;
      setForm(new URLSearchParams(search));
      if (linked) reveal();
      if (from) returnTo(from);
      performance.measure('dasbor:redraw', `dasbor:change:${request}`);
      status!.textContent = message('Ready');
      // Other views need the renderer and the engine: they load while the reader reads this one.
      if (computed && !saveData) idle(() => void load().then((ui) => ui.prepareEngine(), () => (interactive = null)));
    } catch (error) {
      console.error(error);
      interactive = null; // let a later change try again
      if (request === latest) status!.textContent = message('Failed');
    } finally {
      if (request === latest) root!.removeAttribute('aria-busy');
    }
  }

  function go(params: URLSearchParams, from?: string) {
    const search = params.toString() === '' ? '' : `?${params}`;
    if (search !== location.search) history.pushState(null, '', (search || location.pathname) + location.hash);
    void show(params, false, from);
  }

  // Controls may sit outside the form (form="…"): listen on the document.
  document.addEventListener('change', (event) => {
    const target = event.target as Control;
    if (target.form === form && target.type !== 'search' && target.type !== 'text') go(paramsOfForm());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(paramsOfForm(event.submitter), event.submitter?.closest<HTMLElement>('[data-slot]')?.dataset.slot);
  });
  form.addEventListener('reset', () => setTimeout(() => go(paramsOfForm())));
  form.querySelector('[data-interactive]')?.addEventListener('click', () => void show(paramsOfForm()));
  window.addEventListener('popstate', () => {
    if (location.search === shown) return;
    const params = new URLSearchParams(location.search);
    setForm(params);
    void show(params);
  });

  // A link to a view shows that view. Else a control already off its default was changed before
  // this script ran (a phone still loading it, a revisit served from the cache): its change
  // event is gone, so the view it asks for is shown now rather than never.
  if (location.search !== '') {
    const params = new URLSearchParams(location.search);
    setForm(params);
    void show(params, true);
  } else if (controls().some(offDefault)) go(paramsOfForm());
}
