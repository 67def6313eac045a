// The committed reference files are exactly what the script makes from the npm packages.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('regenerates data/reference byte for byte', async () => {
  const out = await mkdtemp(join(tmpdir(), 'dasbor-ref-'));
  await promisify(execFile)(process.execPath, ['scripts/build-reference.ts', out]);
  const names = (await readdir('data/reference')).sort();
  expect((await readdir(out)).sort()).toEqual(names);
  for (const name of names) expect(await readFile(join(out, name)), name).toEqual(await readFile(join('data/reference', name)));
  // Small enough to inline in a page.
  expect((await readFile(join(out, 'kecamatan.geojson'))).length).toBeLessThan(40 * 1024);
});
