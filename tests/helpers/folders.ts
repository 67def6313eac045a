// Data folders for tests: read from disk, overlay broken files, materialize in a temp dir.
import { cp, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readFolder } from '../../src/lib/node/read-folder.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const KECIL = join(FIXTURES, 'kecil');
/** The small fixture with markup, script, template and formula payloads in every name. */
export const HOSTILE = join(FIXTURES, 'hostile');

/** `base` with the files of `overlay` put over it (same relative paths). */
export async function overlayFolder(base: string, overlay: string): Promise<Map<string, Uint8Array>> {
  const files = await readFolder(base);
  for (const [path, bytes] of await readFolder(overlay)) files.set(path, bytes);
  return files;
}

/** Writes a file map into a fresh temp folder named `name`; returns its path. */
export async function materialize(files: ReadonlyMap<string, Uint8Array>, name = 'data'): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'dasbor-')), name);
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  return dir;
}

/** A copy of a folder on disk in a fresh temp folder named `name`. */
export async function copyFolder(source: string, name = 'data'): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'dasbor-')), name);
  await cp(source, dir, { recursive: true });
  return dir;
}
