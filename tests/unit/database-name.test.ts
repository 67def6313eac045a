// The site's database file is named by what it holds, not by its bytes: DuckDB writes the same
// rows into different bytes from one build to the next, and a name from the bytes changed every
// page linking it (so every page and its compressed copies were new each build, ~8 s of the
// sample build's compression). Same data → same name; one cell changed → another name.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/node/site.ts';
import { databaseContentHash } from '../../src/lib/node/write-database.ts';
import type { DataFolder } from '../../src/lib/validate.ts';
import { KECIL, copyFolder } from '../helpers/folders.ts';

describe('the database file name', () => {
  it('is the same for the same data built twice, and another for other data', async () => {
    const [a, b, changed] = await Promise.all([copyFolder(KECIL), copyFolder(KECIL), copyFolder(KECIL)]);
    const path = join(changed, 'snapshots', '2025-12-31', 'koperasi.csv');
    const lines = (await readFile(path, 'utf8')).split('\n');
    // The first cooperative's name (third column), one word longer: still valid, other content.
    lines[1] = lines[1]!.replace(/^([^,]*,[^,]*,)([^,]*)/, '$1$2 Baru');
    await writeFile(path, lines.join('\n'));

    const [first, second, other] = await Promise.all([loadSite(a), loadSite(b), loadSite(changed)]);
    expect(first.database.file).toMatch(/^dasbor\.[0-9a-f]{12}\.duckdb$/);
    expect(second.database.file).toBe(first.database.file);
    expect(other.database.file).not.toBe(first.database.file);
    // The bytes' own checksum is still the bytes': it is what the data page and manifest publish.
    expect(first.database.sha256).toBe(createHash('sha256').update(first.database.bytes).digest('hex'));
  }, 60_000);

  it('names a database whose rows together are longer than the longest string JavaScript holds', () => {
    // 600 rows of 1 MB each (one shared string): 600 million characters as one text, past V8's
    // 2^29 − 24. A province's 40 snapshots of 36,000 cooperatives were; the build stopped there.
    const long = 'x'.repeat(1_000_000);
    const folder = (last: string) =>
      ({
        kecamatan: Array.from({ length: 600 }, (_, i) => ({ kode_kecamatan: String(i), nama_kecamatan: i === 599 ? last : long })),
        desa: [],
        sipd: [],
        snapshots: [],
        kegiatan: [],
        target: [],
      }) as unknown as DataFolder;
    const name = databaseContentHash(folder(long));
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(databaseContentHash(folder(`${long.slice(1)}y`))).not.toBe(name);
  }, 60_000);
});
