// What the service worker precaches: a kabupaten's every page; a large region's region pages,
// with its kecamatan pages and search index kept as they are used.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/lib/node/service-worker.ts';
import { KECAMATAN_PAGE_CACHE, PRECACHE_KECAMATAN_LIMIT } from '../../src/lib/offline.ts';

const FILES = [
  'index.html',
  'program/index.html',
  'kecamatan/index.html',
  'kecamatan/daftar.json',
  'kecamatan/32.15.01/index.html',
  'ringkasan/32.15.01/index.html',
  'presentasi/index.html',
  'presentasi/32.15.01/index.html',
  'en/kecamatan/32.15.01/index.html',
  'en/presentasi/index.html',
  'data/dasbor.0123456789ab.duckdb',
  'pagefind/pagefind.js',
  'pagefind/fragment/en_0123.pf_fragment',
  'pagefind/index/en_0123.pf_index',
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dasbor-sw-'));
  for (const file of FILES) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), file);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function precached(kecamatan: number) {
  await writeServiceWorker(dir, kecamatan);
  const worker = await readFile(join(dir, 'sw.js'), 'utf8');
  return { worker, urls: FILES.filter((file) => worker.includes(`"${file}"`)) };
}

describe('the service worker', () => {
  it('precaches a database larger than Workbox’s default limit: offline use needs it whole', async () => {
    const big = join(dir, 'data', 'dasbor.big.duckdb');
    await writeFile(big, Buffer.alloc(70 * 1024 * 1024));
    try {
      await writeServiceWorker(dir, 30);
      expect(await readFile(join(dir, 'sw.js'), 'utf8')).toContain('"data/dasbor.big.duckdb"');
    } finally {
      await rm(big);
    }
  });

  it('precaches every page of a kabupaten', async () => {
    const { worker, urls } = await precached(30);
    expect(urls).toEqual(FILES);
    expect(worker).not.toContain(KECAMATAN_PAGE_CACHE);
  });

  it('precaches a large region’s own pages, and keeps kecamatan pages and the search index as used', async () => {
    const { worker, urls } = await precached(PRECACHE_KECAMATAN_LIMIT + 1);
    expect(urls).toEqual(['index.html', 'program/index.html', 'kecamatan/index.html', 'kecamatan/daftar.json', 'presentasi/index.html', 'en/presentasi/index.html', 'data/dasbor.0123456789ab.duckdb', 'pagefind/pagefind.js']);
    expect(worker).toContain(`"${KECAMATAN_PAGE_CACHE}"`);
    // The route the worker registers for kecamatan pages: the regular expression literal in it.
    const route = new RegExp(/\(\/(\(\?:\\\/kecamatan.*?)\/,new /.exec(worker)![1]!);
    for (const page of ['kecamatan/32.15.01/', 'en/ringkasan/32.15.01/', 'presentasi/32.15.01/index.html', 'kecamatan/32.15.01/?urut=anggota']) expect(route.test(`https://example.org/${page}`)).toBe(true);
    for (const page of ['kecamatan/', 'kecamatan/daftar.json', 'presentasi/', 'program/']) expect(route.test(`https://example.org/${page}`)).toBe(false);
  });
});
