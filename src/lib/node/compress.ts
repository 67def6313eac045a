// Precompressed copies (.br, .gz) of every text and binary asset worth compressing, so any host
// that serves them (nginx gzip_static/brotli_static, sirv, most CDNs) sends the smallest bytes.
// Every file is compressed once per content and cached between builds (the 74 MB of engine
// bundles and the pages of unchanged data cost nothing the next time); an entry no build has
// used for a week is removed.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|geojson|svg|wasm|duckdb|csv|txt|xml|webmanifest|map)$/;
const SMALL = 64 * 1024;
const LARGE = 1 << 20;
/**
 * Brotli quality by what a file is. Up to 64 kB, 11 costs tens of ms. Above, 11 costs about a
 * second per 0.5 MB for 5–15 % fewer bytes: worth it for the code (content-hashed under
 * /_astro/, so compressed once per version and taken from the cache after) and the service
 * worker, which every reader downloads; not for what each build of the data makes anew (pages,
 * precomputed views, CSV: a province's 1,217 pages of 64–256 kB took 180 s of CPU for 2 kB each,
 * 10 ms on a phone), where 7 is within 3 % of 9 at a third of its time. The engine and the
 * database, the largest files a reader waits for, keep 9.
 */
function brotliQuality(path: string, bytes: number): number {
  if (bytes <= SMALL) return 11;
  if (bytes <= LARGE && (path.includes('/_astro/') || path.endsWith('/sw.js'))) return 11;
  return /\.(wasm|duckdb)$/.test(path) ? 9 : 7;
}
const WEEK = 7 * 24 * 3600 * 1000;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

async function compressed(path: string, bytes: Buffer, kind: 'br' | 'gz', cache: string, used: Set<string>): Promise<Buffer> {
  const quality = brotliQuality(path, bytes.length);
  const compress = () =>
    kind === 'gz'
      ? gz(bytes, { level: 9 })
      : br(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${kind === 'gz' ? 'gz' : `q${quality}.br`}`;
  used.add(name);
  const cached = join(cache, name);
  if (existsSync(cached)) {
    // Marked as used; another build may prune it meanwhile, in which case it is made again.
    const now = new Date();
    const hit = await utimes(cached, now, now).then(() => readFile(cached), () => null);
    if (hit) return hit;
  }
  const out = await compress();
  await writeFile(cached, out);
  return out;
}

/** Writes path.br and path.gz beside every compressible file in dir that shrinks by it. */
export async function precompress(dir: string, cache = join('node_modules', '.cache', 'dasbor-compress')): Promise<void> {
  await mkdir(cache, { recursive: true });
  const used = new Set<string>();
  const jobs: Promise<void>[] = [];
  for await (const path of files(dir)) {
    jobs.push(
      (async () => {
        const bytes = await readFile(path);
        if (bytes.length < 1024) return;
        for (const kind of ['br', 'gz'] as const) {
          const out = await compressed(path, bytes, kind, cache, used);
          if (out.length < bytes.length * 0.9) await writeFile(`${path}.${kind}`, out);
        }
      })(),
    );
  }
  await Promise.all(jobs);
  const old = Date.now() - WEEK;
  await Promise.all(
    (await readdir(cache))
      .filter((name) => !used.has(name))
      .map(async (name) => {
        const path = join(cache, name);
        const modified = (await stat(path).catch(() => null))?.mtimeMs ?? Infinity;
        if (modified < old) await rm(path, { force: true });
      }),
  );
}
