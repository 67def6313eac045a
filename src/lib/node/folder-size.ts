// The bytes and files of a folder (or one file), as the build log and the benchmark report them.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function folderSize(path: string): Promise<{ bytes: number; files: number }> {
  const info = await stat(path);
  if (!info.isDirectory()) return { bytes: info.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(path)) {
    const inner = await folderSize(join(path, entry));
    bytes += inner.bytes;
    files += inner.files;
  }
  return { bytes, files };
}
