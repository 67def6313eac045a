// A data folder on disk → the map of relative paths to bytes that validate.ts takes.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { isArtefact, validateFolder } from '../validate.ts';

export async function readFolder(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    // Not read at all (a .git folder can be large); validateFolder skips the same files.
    if (isArtefact(path)) continue;
    files.set(path, new Uint8Array(await readFile(join(dir, path))));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Problems are shown relative to the data folder's parent: the folder's own name first. */
export function displayRoot(dir: string): string {
  return basename(resolve(dir));
}

export async function validateDirectory(dir: string) {
  return validateFolder(displayRoot(dir), await readFolder(dir));
}
