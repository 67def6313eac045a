// The build: any data folder (DATA_DIR) builds its own site; invalid data never replaces a good
// site; what was published is recorded in the data folder and listed in the manifest.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { nodeVersionProblem } from '../../scripts/require-node.mjs';
import { HEADERS_FILE, headersFor, parseHeadersFile } from '../../src/lib/headers.ts';
import { runBuild } from '../helpers/build.ts';
import { FIXTURES, KECIL, copyFolder, materialize, overlayFolder } from '../helpers/folders.ts';

const { sample, kecil } = inject('sites');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(join(entry.parentPath, entry.name), sha256(await readFile(join(entry.parentPath, entry.name))));
  }
  return out;
}

describe('npm run build', () => {
  it('has every file named by its content (name.<hex hash>.ext) cached for a year, immutable, by the host', async () => {
    const rules = parseHeadersFile(await readFile(join(kecil.out, HEADERS_FILE), 'utf8'));
    const hashed = (await readdir(kecil.out, { recursive: true }))
      .map((path) => `/${path.replaceAll('\\', '/')}`)
      .filter((path) => /\.[0-9a-f]{12,}\.[a-z]+$/.test(path) || path.startsWith('/_astro/'));
    // The engine's files, the database, the boundaries, the region map and the precomputed views.
    expect(hashed.filter((path) => path.startsWith('/data/tampilan.')).length).toBeGreaterThan(0);
    expect(hashed.filter((path) => path.startsWith('/data/')).length).toBeGreaterThan(3);
    const uncached = hashed.filter((path) => !/immutable/.test(headersFor(rules, path)['Cache-Control'] ?? ''));
    expect(uncached).toEqual([]);
  });

  it('holds up no page’s parsing with a script or stylesheet in its body (a slow phone waited for them)', async () => {
    const pages = (await readdir(sample.out, { recursive: true })).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const blocking: string[] = [];
    for (const path of pages) {
      const html = await readFile(join(sample.out, path), 'utf8');
      // A classic script with a src and neither defer nor async, anywhere: the parser stops for it.
      for (const tag of html.match(/<script\b[^>]*\bsrc=[^>]*>/g) ?? []) if (!/\btype="module"|\bdefer\b|\basync\b/.test(tag)) blocking.push(`${path}: ${tag}`);
      // A stylesheet in the body: what follows it is not painted until it arrives.
      const body = html.slice(html.indexOf('<body'));
      for (const tag of body.match(/<link\b[^>]*\brel="?stylesheet[^>]*>/g) ?? []) blocking.push(`${path}: ${tag}`);
    }
    expect(blocking).toEqual([]);
  });

  it('builds another region from DATA_DIR, with nothing of Karawang in it', async () => {
    const html = await readFile(join(kecil.out, 'index.html'), 'utf8');
    for (const name of ['Kota Lama', 'Sukamaju', 'Tanjungsari']) expect(html).toContain(name);
    expect(html).not.toMatch(/Karawang|Klari|Cikampek/);
  });

  it('refuses invalid data with the validator’s lines and leaves the existing site untouched', async () => {
    const out = join(await copyFolder(kecil.out, 'dist'));
    const before = await tree(out);
    const data = await materialize(await overlayFolder(KECIL, join(FIXTURES, 'broken', 'odoc-ganda')), 'kiriman');
    const result = await runBuild(data, out);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      'kiriman/snapshots/2025-06-30/koperasi.csv:3:16: kolom odoc: nilai "ya" kecamatan 99.01.01 sudah punya koperasi ODOC di baris 2',
    ]);
    expect(await tree(out)).toEqual(before);
  });

  it('records a first publication in the data folder, and a changed snapshot then stops the build', async () => {
    const record = JSON.parse(await readFile(join(kecil.data, 'published.json'), 'utf8'));
    const snapshots = ['snapshots/2025-06-30/koperasi.csv', 'snapshots/2025-12-31/koperasi.csv'];
    expect(Object.keys(record.berkas)).toEqual(snapshots);
    for (const path of snapshots) expect(record.berkas[path]).toBe(sha256(await readFile(join(KECIL, path))));

    const data = await copyFolder(kecil.data, 'terbit');
    const path = join(data, snapshots[0]!);
    await writeFile(path, (await readFile(path, 'utf8')).replace(',120,', ',121,'));
    const result = await runBuild(data, join(data, '..', 'dist'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`terbit/${snapshots[0]}:1:0: isi berubah sejak terbit`);
  });

  it('publishes a manifest whose checksums are those of the data files', async () => {
    const manifest = JSON.parse(await readFile(join(sample.out, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.snapshots.map((s: { tanggal: string }) => s.tanggal)).toEqual((await readdir(join(sample.data, 'snapshots'))).sort());
    const published = manifest.unduhan.filter((d: { sumber: string | null; url: string }) => d.sumber !== null && d.url.endsWith(d.sumber));
    // Every data file of the folder is published, byte for byte, with its checksum.
    expect(published.map((d: { sumber: string }) => d.sumber).sort()).toEqual(
      (await readdir(sample.data, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(sample.data.length + 1)).sort(),
    );
    for (const file of published) {
      const bytes = await readFile(join(sample.data, file.sumber));
      expect(file.sha256, file.sumber).toBe(sha256(bytes));
      expect(file.byte).toBe(bytes.length);
      expect(await readFile(join(sample.out, file.url))).toEqual(bytes);
    }
    const database = await readFile(join(sample.out, manifest.basisData.url));
    expect(manifest.basisData.sha256).toBe(sha256(database));
  });

  it('ships precompressed copies that decompress to the same bytes', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const html = await readFile(join(sample.out, 'index.html'));
    expect(brotliDecompressSync(await readFile(join(sample.out, 'index.html.br')))).toEqual(html);
    expect(gunzipSync(await readFile(join(sample.out, 'index.html.gz')))).toEqual(html);
  });
});

describe('the Node guard', () => {
  it('stops an npm script on Node older than 22.12 and says what to do', async () => {
    expect(nodeVersionProblem('v20.20.2', '/usr/bin/node')).toMatch(/Node\.js 22\.12 atau lebih baru dibutuhkan.*v20\.20\.2[\s\S]*npm ci/);
    expect(nodeVersionProblem('v22.11.0', 'x')).not.toBeNull();
    expect(nodeVersionProblem('v22.12.0', 'x')).toBeNull();
    expect(nodeVersionProblem('v24.1.0', 'x')).toBeNull();
    // And it lets this Node (the one npm scripts run on) through.
    await expect(promisify(execFile)(process.execPath, ['scripts/require-node.mjs'])).resolves.toBeDefined();
  });
});
