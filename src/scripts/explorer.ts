// The SQL console. DuckDB-WASM loads on the first run (never with the page); each query runs
// on its own connection, streams, can be cancelled, and its result is shown as text only.
import type { Explorer, TextResult } from '../lib/engine/console.ts';
import { readableError } from '../lib/engine/readable-error.ts';
import { RESULT_LIMIT, RESULT_PAGE, quickChart } from '../lib/explorer.ts';
import { delimiterFor, toCsv } from '../lib/export/csv.ts';
import { builder } from '../lib/render/dom.ts';
import { dataTable } from '../lib/render/table.ts';

const form = document.querySelector<HTMLFormElement>('form[data-explorer]');
const output = document.querySelector<HTMLElement>('[data-result]');

if (form && output) {
  const textarea = form.querySelector('textarea')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const cancel = form.querySelector<HTMLButtonElement>('[data-cancel]')!;
  const run = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const h = builder(document);
  const message = (name: string, values: Record<string, string> = {}) =>
    Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, v), form.dataset[`msg${name}`] ?? '');
  const lang = document.documentElement.lang;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 20 });
  /** A number of the result in the page's locale, exactly (integers beyond 2^53 as BigInt); other values as they are. */
  const cell = (text: string, numeric: boolean) => (!numeric || text === '' ? text : number.format(/^-?\d+$/.test(text) ? BigInt(text) : Number(text)));
  let explorer: Promise<Explorer> | null = null;
  let running: AbortController | null = null;

  function show(result: TextResult, page: number) {
    const total = result.rows.length;
    const pages = Math.max(1, Math.ceil(total / RESULT_PAGE));
    const from = (page - 1) * RESULT_PAGE;
    const rows = result.rows.slice(from, from + RESULT_PAGE);
    const button = (label: string, target: number, enabled: boolean) => {
      const b = h('button', { type: 'button', disabled: !enabled }, [label]);
      b.addEventListener('click', () => show(result, target));
      return b;
    };
    const download = h('button', { type: 'button' }, [message('Download')]);
    download.addEventListener('click', () => {
      const csv = toCsv(result.columns.map((c) => c.name), result.rows, delimiterFor(document.documentElement.lang));
      const link = h('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: message('FileName') });
      link.click();
      URL.revokeObjectURL(link.getAttribute('href')!);
    });
    const chart = h('div', { class: 'chart-svg' });
    output!.replaceChildren(
      total === 0
        ? h('p', {}, [message('Empty')])
        : h('div', {}, [
            h('p', {}, [message('Page', { from: number.format(from + 1), to: number.format(from + rows.length), total: number.format(total) })]),
            dataTable(document, { rows, columns: result.columns.map((c, i) => ({ label: `${c.name} (${c.type})`, numeric: c.numeric, value: (r: string[]) => cell(r[i] ?? '', c.numeric) })) }),
            pages > 1 ? h('nav', { class: 'pager' }, [button(message('Previous'), page - 1, page > 1), button(message('Next'), page + 1, page < pages)]) : null,
            h('p', {}, [download]),
            chart,
          ]),
    );
    const spec = quickChart(result.rows, result.columns.length);
    if (spec) void drawChart(chart, result, spec);
  }

  async function drawChart(target: HTMLElement, result: TextResult, spec: NonNullable<ReturnType<typeof quickChart>>) {
    const Plot = await import('@observablehq/plot');
    const data = result.rows.map((r) => ({ x: spec.kind === 'line' ? new Date(r[spec.x]!) : r[spec.x]!, y: Number(r[spec.y]) }));
    const mark = spec.kind === 'line' ? Plot.lineY(data, { x: 'x', y: 'y', marker: true }) : Plot.barX(data, { y: 'x', x: 'y', sort: { y: '-x' } });
    const x = result.columns[spec.x]!.name;
    const y = result.columns[spec.y]!.name;
    target.replaceChildren(
      h('h3', {}, [message('Chart')]),
      Plot.plot({
        document,
        width: 640,
        marginLeft: spec.kind === 'bar' ? 140 : 50,
        height: spec.kind === 'bar' ? 30 + data.length * 18 : 300,
        // Axes in the page's locale: 1.234,5 and dates in Indonesian.
        x: { label: spec.kind === 'bar' ? y : x, grid: true, tickFormat: spec.kind === 'bar' ? (v: number) => number.format(v) : (d: Date) => d.toLocaleDateString(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }) },
        y: { label: spec.kind === 'bar' ? null : y, grid: spec.kind === 'line', ...(spec.kind === 'line' ? { tickFormat: (v: number) => number.format(v) } : {}) },
        marks: [mark, spec.kind === 'bar' ? Plot.ruleX([0]) : Plot.ruleY([0])],
      }),
    );
  }

  async function execute(sql: string) {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    cancel.disabled = false;
    run.disabled = true;
    const params = new URLSearchParams({ q: sql });
    history.replaceState(null, '', `?${params}`);
    status.removeAttribute('data-error');
    try {
      if (!explorer) status.textContent = message('Loading');
      explorer ??= (async () => {
        const [{ browserEngine }, { sqlConsole }] = await Promise.all([import('../lib/engine/browser.ts'), import('../lib/engine/console.ts')]);
        return sqlConsole((await browserEngine(form!.dataset.database!)).db);
      })();
      // An engine that failed to load is tried again on the next run; a failed query is not its fault.
      const engine = await explorer.catch((error: unknown) => {
        explorer = null;
        throw error;
      });
      status.textContent = message('Running');
      const started = performance.now();
      const result = await engine.run(sql, controller.signal, RESULT_LIMIT);
      const ms = String(Math.round(performance.now() - started));
      status.textContent = [message('Done', { rows: number.format(result.rows.length), ms }), result.truncated ? message('Truncated', { rows: number.format(RESULT_LIMIT) }) : ''].join(' ');
      show(result, 1);
    } catch (error) {
      if (controller.signal.aborted) status.textContent = message('Cancelled');
      else {
        // DuckDB's own message, as text: the console stays usable for the next query.
        status.textContent = `${message('Error')} ${readableError((error as Error).message ?? String(error))}`;
        status.setAttribute('data-error', '');
        output!.replaceChildren();
      }
    } finally {
      if (running === controller) {
        running = null;
        cancel.disabled = true;
        run.disabled = false;
      }
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void execute(textarea.value);
  });
  cancel.addEventListener('click', () => running?.abort());
  document.querySelectorAll<HTMLAnchorElement>('a[data-example]').forEach((a) =>
    a.addEventListener('click', (event) => {
      event.preventDefault();
      textarea.value = new URL(a.href).searchParams.get('q') ?? '';
      textarea.focus();
      void execute(textarea.value);
    }),
  );
  const linked = new URLSearchParams(location.search).get('q');
  if (linked) {
    textarea.value = linked;
    void execute(linked);
  }
}
