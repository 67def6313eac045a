// The site's own pipeline for a data folder (validate → database → duckdb-wasm), for tests.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeEngine } from '../../src/lib/engine/node.ts';
import { validateDirectory } from '../../src/lib/node/read-folder.ts';
import { writeDatabase } from '../../src/lib/node/write-database.ts';
import type { ViewOptions } from '../../src/lib/view.ts';

export async function engineFor(dir: string) {
  const { data, problems } = await validateDirectory(dir);
  if (!data) throw new Error(`${dir} is not valid: ${JSON.stringify(problems.slice(0, 3))}`);
  const path = join(await mkdtemp(join(tmpdir(), 'dasbor-test-')), 'dasbor.duckdb');
  await writeDatabase(data, path);
  const options: ViewOptions = { snapshots: data.snapshots.map((s) => s.date), kecamatan: data.kecamatan.map((k) => k.kode_kecamatan) };
  return { data, options, engine: await nodeEngine(new Uint8Array(await readFile(path))) };
}
