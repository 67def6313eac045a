// npm run build: validates the data folder ($DATA_DIR, default data/), builds the site into a
// staging folder and only then swaps it into place ($OUT_DIR, default dist/). Invalid data or a
// failed build leaves the existing site untouched. On success the data folder's publication
// record (published.json) is brought up to date.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build } from 'astro';
import { nextRecord, serializeRecord } from '../src/lib/published.ts';
import { precompress } from '../src/lib/node/compress.ts';
import { folderSize } from '../src/lib/node/folder-size.ts';
import { writeHeadersFile } from '../src/lib/node/headers-file.ts';
import { buildSearchIndex } from '../src/lib/node/search.ts';
import { writeServiceWorker } from '../src/lib/node/service-worker.ts';
import { InvalidDataError, dataDir, loadSite } from '../src/lib/node/site.ts';
import { exit } from '../src/lib/node/exit.ts';

const started = performance.now();
// Seconds per step, for the closing line (and for whoever wonders where a build's time goes).
const steps: string[] = [];
let stepStarted = started;
const step = (name: string) => {
  const now = performance.now();
  steps.push(`${name} ${((now - stepStarted) / 1000).toFixed(1)}`);
  stepStarted = now;
};
const dir = dataDir();
const out = resolve(process.env.OUT_DIR ?? 'dist');
const staging = resolve('.build', `dist-${process.pid}`);

if (!existsSync(dir)) {
  console.error(`${dir}:0:0: folder data tidak ada`);
  await exit(1);
}

const site = await loadSite(dir).catch(async (error: unknown) => {
  if (!(error instanceof InvalidDataError)) throw error;
  for (const line of error.lines) console.log(line);
  console.error(`\nData di ${dir} tidak sah: situs tidak dibangun, ${out} tidak diubah.`);
  return exit(1);
});
step('data');

try {
  await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });
  step('halaman');
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(error);
  console.error(`\nPembangunan gagal: ${out} tidak diubah.`);
  await exit(1);
}

await buildSearchIndex(staging, site);
step('pencarian');
await writeHeadersFile(staging);
const precache = await writeServiceWorker(staging, site.options.kecamatan.length);
step('luring');
await precompress(staging);
step('kompresi');

// Swap: the old site stays in place until the new one is complete.
await mkdir(dirname(out), { recursive: true });
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) await rename(out, old);
await rename(staging, out);
await rm(old, { recursive: true, force: true });

const recordPath = join(dir, 'published.json');
const record = serializeRecord(nextRecord(site.data));
const before = existsSync(recordPath) ? await readFile(recordPath, 'utf8') : null;
if (record !== before) {
  await writeFile(recordPath, record);
  console.error(`${recordPath}: ${before === null ? 'dibuat (penerbitan pertama)' : 'diperbarui'}.`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(
  `Situs dibangun dari ${dir} ke ${out} dalam ${seconds} detik (${((await folderSize(out)).bytes / 1e6).toFixed(1)} MB; ` +
    `simpan luring: ${precache.count} berkas, ${(precache.size / 1e6).toFixed(1)} MB; detik per langkah: ${steps.join(', ')}).`,
);
