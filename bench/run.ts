// npm run bench -- [--scales sample,province,national] [--runs 5] [--reuse]
// Builds the site for the sample data and for a province- and a nation-sized region made by the
// sample generator, serves each on 127.0.0.1, measures it in Debian's Chromium, and writes
// bench/results.json and bench/results.md (the table is printed too). Figures are compared with
// the budgets; none is asserted anywhere: the benchmark reports.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { launchChromium } from '../src/lib/node/chromium.ts';
import { folderSize } from '../src/lib/node/folder-size.ts';
import { serve } from '../src/lib/node/serve.ts';
import { firstInteractionMobile, interact, load, type Interaction, type Load } from './browser.ts';
import { type Figure, markdown, met } from './report.ts';
import { percentile, summarize } from './stats.ts';

const run = promisify(execFile);

/** Runs a script of the project in Node, its output passed through (a national build is long). */
function script(path: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [path, ...argv], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${path} ${argv.join(' ')}: exit ${code}`))));
  });
}
const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: 'sample,province,national' },
    runs: { type: 'string', default: '5' },
    reuse: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(5, Number(args.runs));
const CHANGES = 20;
/** Fewer on the slowed phone: each is up to a second there. */
const MOBILE_CHANGES = 10;
const OUT = resolve('bench/out');

/** The data of each scale: the sample folder, or the generator's options for a larger region. */
const SCALES: Record<string, { data: string; generate?: string[] }> = {
  sample: { data: resolve('data') },
  province: { data: join(OUT, 'province', 'data'), generate: ['--kecamatan', '600', '--cooperatives', '30000', '--snapshots', '40'] },
  national: { data: join(OUT, 'national', 'data'), generate: ['--kecamatan', '7000', '--cooperatives', '200000', '--snapshots', '12'] },
};

/** The targets of each scale (issue 14): ms, bytes, s. */
const BUDGETS: Record<string, { homeBytes: number; lcpMobile: number; firstView: number; firstViewMobile: number; engineCold: number; changeMedian: number; changeP95: number; changeMobile: number; memory: number; build: number }> = {
  sample: { homeBytes: 50_000, lcpMobile: 1000, firstView: 300, firstViewMobile: 1500, engineCold: 2000, changeMedian: 30, changeP95: 60, changeMobile: 150, memory: 150e6, build: 20 },
  province: { homeBytes: 150_000, lcpMobile: 1500, firstView: 500, firstViewMobile: 2000, engineCold: 3000, changeMedian: 100, changeP95: 200, changeMobile: 300, memory: 300e6, build: 300 },
  national: { homeBytes: 150_000, lcpMobile: 1500, firstView: 1000, firstViewMobile: 3000, engineCold: 4000, changeMedian: 200, changeP95: 400, changeMobile: 500, memory: 500e6, build: 1800 },
};

async function prepare(name: string): Promise<string> {
  const scale = SCALES[name]!;
  if (!scale.generate) return scale.data;
  // Beside the folder, not in it: the validator allows only the contract's files.
  const stamp = join(dirname(scale.data), 'generated-with');
  const wanted = scale.generate.join(' ');
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === wanted) return scale.data;
  console.error(`${name}: generating ${wanted}`);
  await script('scripts/generate-sample.ts', ['--out', scale.data, ...scale.generate]);
  await writeFile(stamp, wanted);
  return scale.data;
}

/** Builds `runs` times into the same folder; the build's wall-clock seconds each time. */
async function build(data: string, out: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await script('scripts/build.ts', [], { ...process.env, DATA_DIR: data, OUT_DIR: out });
    times.push((performance.now() - started) / 1000);
  }
  return times;
}

async function pages(out: string): Promise<Record<string, string>> {
  const [first] = JSON.parse(await readFile(join(out, 'kecamatan', 'daftar.json'), 'utf8')) as { kode: string }[];
  return {
    home: '',
    kecamatan: `kecamatan/${first!.kode}/`,
    program: 'program/',
    data: 'data/',
    brief: 'ringkasan/',
    deck: 'presentasi/',
    sql: 'data/sql/',
    search: 'cari/',
  };
}

async function measure(name: string): Promise<{ figures: Figure[]; raw: unknown }> {
  const data = await prepare(name);
  const out = join(OUT, name, 'dist');
  const reused = args.reuse && existsSync(join(out, 'index.html'));
  const buildTimes = reused ? [] : await build(data, out, name === 'sample' ? RUNS : 1);
  const dist = await folderSize(out);
  const source = await folderSize(data);
  const database = (await readdir(join(out, 'data'))).find((f) => /^dasbor\..*\.duckdb$/.test(f))!;
  const databaseBytes = (await stat(join(out, 'data', database))).size;
  const databaseBr = existsSync(join(out, 'data', `${database}.br`)) ? (await stat(join(out, 'data', `${database}.br`))).size : null;

  const server = await serve(out);
  const browser = await launchChromium();
  const loads: Record<string, { desktop: Load[]; mobile: Load[] }> = {};
  const interactions: Record<string, Interaction[]> = {};
  const mobileFirst: Record<string, number[]> = {};
  const mobileInteractions: Record<string, Interaction[]> = {};
  try {
    for (const [page, path] of Object.entries(await pages(out))) {
      loads[page] = { desktop: [], mobile: [] };
      for (let i = 0; i < RUNS; i++) {
        loads[page].desktop.push(await load(browser, server.url + path, false));
        loads[page].mobile.push(await load(browser, server.url + path, true));
      }
      console.error(`${name}: ${page} loaded ${RUNS}× (${loads[page].desktop[0]!.bytes} bytes, ${loads[page].desktop[0]!.encoding})`);
    }
    for (const [page, path] of Object.entries({ home: '', kecamatan: (await pages(out)).kecamatan })) {
      interactions[page] = [];
      mobileFirst[page] = [];
      mobileInteractions[page] = [];
      for (let i = 0; i < RUNS; i++) {
        interactions[page].push(await interact(browser, server.url + path, CHANGES));
        mobileFirst[page].push(await firstInteractionMobile(browser, server.url + path));
        mobileInteractions[page].push(await interact(browser, server.url + path, MOBILE_CHANGES, true));
      }
      console.error(`${name}: ${page} interacted ${RUNS}×`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const BUDGET = BUDGETS[name]!;
  const figures: Figure[] = [];
  const add = (figure: string, values: number[], unit: Figure['unit'], budget?: number) => figures.push({ scale: name, name: figure, summary: summarize(values), unit, budget });
  if (buildTimes.length > 0) add('build time', buildTimes, 's', BUDGET.build);
  add('dist size', [dist.bytes], 'bytes');
  add('dist files', [dist.files], 'count');
  add('data folder (CSV)', [source.bytes], 'bytes');
  add('database file', [databaseBytes], 'bytes');
  if (databaseBr !== null) add('database file, brotli', [databaseBr], 'bytes');
  for (const [page, l] of Object.entries(loads)) {
    add(`${page}: bytes before interaction`, l.desktop.map((x) => x.bytes), 'bytes', page === 'home' ? BUDGET.homeBytes : undefined);
    add(`${page}: FCP`, l.desktop.map((x) => x.fcp), 'ms');
    add(`${page}: LCP`, l.desktop.map((x) => x.lcp), 'ms');
    add(`${page}: FCP, mobile`, l.mobile.map((x) => x.fcp), 'ms');
    add(`${page}: LCP, mobile`, l.mobile.map((x) => x.lcp), 'ms', BUDGET.lcpMobile);
  }
  for (const [page, runs] of Object.entries(interactions)) {
    add(`${page}: first interaction → view drawn, cold`, runs.map((r) => r.cold), 'ms', BUDGET.firstView);
    add(`${page}: first interaction → view drawn, warm`, runs.map((r) => r.warm), 'ms', BUDGET.firstView);
    add(`${page}: first interaction → view drawn, mobile, cold`, mobileFirst[page]!, 'ms', BUDGET.firstViewMobile);
    add(`${page}: first query of the engine (cold) → view drawn`, runs.map((r) => r.engineCold), 'ms', BUDGET.engineCold);
    add(`${page}: change → view drawn, median of ${CHANGES}`, runs.map((r) => percentile(r.changes, 0.5)), 'ms', BUDGET.changeMedian);
    add(`${page}: change → view drawn, p95 of ${CHANGES}`, runs.map((r) => percentile(r.changes, 0.95)), 'ms', BUDGET.changeP95);
    add(`${page}: change → result had (file or engine), median of ${CHANGES}`, runs.map((r) => percentile(r.loads, 0.5)), 'ms');
    const mobile = mobileInteractions[page]!;
    add(`${page}: change → view drawn, mobile, median of ${MOBILE_CHANGES}`, mobile.map((r) => percentile(r.changes, 0.5)), 'ms', BUDGET.changeMobile);
    add(`${page}: change → result had, mobile, median of ${MOBILE_CHANGES}`, mobile.map((r) => percentile(r.loads, 0.5)), 'ms');
    add(`${page}: tab memory after ${MOBILE_CHANGES} changes, mobile`, mobile.map((r) => r.memory), 'bytes', BUDGET.memory);
    add(`${page}: JS heap after ${CHANGES} changes`, runs.map((r) => r.heap), 'bytes');
    add(`${page}: tab memory after ${CHANGES} changes`, runs.map((r) => r.memory), 'bytes', BUDGET.memory);
  }
  return { figures, raw: { buildTimes, dist, source, database: { name: database, bytes: databaseBytes, brotli: databaseBr }, loads, interactions, mobileFirst, mobileInteractions } };
}

const scales = args.scales.split(',').map((s) => s.trim());
for (const s of scales) if (!SCALES[s]) throw new Error(`unknown scale ${s} (${Object.keys(SCALES).join(', ')})`);

const chromium = (await run('/usr/bin/chromium', ['--version'])).stdout.trim();
const machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, chromium };

interface Results {
  /** When and where each scale was last measured. */
  measured: Record<string, { date: string; machine: typeof machine; runs: number }>;
  figures: (Figure & { met: boolean | null })[];
  raw: Record<string, unknown>;
}
const measured: Results = { measured: {}, figures: [], raw: {} };
for (const name of scales) {
  const result = await measure(name);
  measured.measured[name] = { date: new Date().toISOString(), machine, runs: RUNS };
  measured.figures.push(...result.figures.map((f) => ({ ...f, met: met(f) })));
  measured.raw[name] = result.raw;
}
// A run of some scales keeps the others' last results (read now, not at the start: the
// national build takes an hour, and another scale may have been measured meanwhile).
const RESULTS = 'bench/results.json';
const previous: Partial<Results> = existsSync(RESULTS) ? JSON.parse(await readFile(RESULTS, 'utf8')) : {};
const kept = (previous.measured ? previous : {}) as Partial<Results>;
const others = (scale: string) => !scales.includes(scale);
const reusedBuild = (scale: string) => !measured.figures.some((f) => f.scale === scale && f.name === 'build time');
const results: Results = {
  measured: { ...Object.fromEntries(Object.entries(kept.measured ?? {}).filter(([s]) => others(s))), ...measured.measured },
  // A reused build was not timed again: its scale keeps the last build time measured.
  figures: [...(kept.figures ?? []).filter((f) => others(f.scale) || (reusedBuild(f.scale) && f.name === 'build time')), ...measured.figures],
  raw: { ...Object.fromEntries(Object.entries(kept.raw ?? {}).filter(([s]) => others(s))), ...measured.raw },
};
const order = Object.keys(SCALES);
results.figures.sort((a, b) => order.indexOf(a.scale) - order.indexOf(b.scale));
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const where = Object.entries(results.measured)
  .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
  .map(([scale, m]) => `- ${scale}: ${m.date.slice(0, 10)} · ${m.machine.cpu} (${m.machine.cores} cores) · Node ${m.machine.node} · ${m.machine.chromium} · ${m.runs} runs`)
  .join('\n');
const table = `# Benchmark\n\n${where}\n\nMobile: 4× CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms RTT, 360×740. Loopback server (\`src/lib/node/serve.ts\`, precompressed files). Budgets: each scale's own (issue 14), beside each figure.\n\n${markdown(results.figures)}\n`;
await writeFile('bench/results.md', table);
console.log(table);
