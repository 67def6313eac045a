// The blank templates of /data/periksa/: a Dinas officer who fills them in sends files that the
// validator accepts. Data templates replace a region's files; a reference template is the head of
// a reference file that the officer continues with the region's other rows.
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { templates } from '../../src/lib/templates.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { KECIL } from '../helpers/folders.ts';
import { formatProblems } from '../../src/lib/problem.ts';

const base = await readFolder(KECIL);
const { data } = await validateFolder('kecil', base);
const codes = { kecamatan: data!.kecamatan[1]!, desa: data!.desa.find((d) => d.kode_kecamatan === data!.kecamatan[1]!.kode_kecamatan)!, sipd: data!.sipd.at(-1)!, year: 2025 };
const files = templates(codes);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the blank templates', () => {
  it('cover every file of the contract', () => {
    expect(files.map((f) => f.path)).toEqual(['dataset.json', 'reference/kecamatan.csv', 'reference/desa.csv', 'reference/sipd.csv', 'snapshots/YYYY-MM-DD/koperasi.csv', 'kegiatan/YYYY.csv', 'target.csv']);
    for (const file of files.filter((f) => f.name.endsWith('.csv'))) {
      expect(file.text.startsWith('\uFEFF'), file.name).toBe(true);
      expect(file.text.trim().split('\r\n').length, file.name).toBe(2); // header and one example row
    }
  });

  it('pass the validator once filled in', async () => {
    const folder = new Map(base);
    for (const file of files) {
      // The one-row snapshot goes before the fixture's own: a later one would be a collapse (validate.ts checkDrops).
      const path = file.path.replace('YYYY-MM-DD', '2025-03-31').replace('YYYY', '2025');
      if (!path.startsWith('reference/')) {
        folder.set(path, new TextEncoder().encode(file.text));
        continue;
      }
      // The example row, then the region's other rows (same columns, same order).
      const [header, example] = file.text.replace(/^\uFEFF/, '').trim().split('\r\n') as [string, string];
      const [ownHeader, ...rows] = decode(base.get(path)!).trim().split(/\r?\n/);
      expect(ownHeader, path).toBe(header);
      const key = example.split(',')[0];
      folder.set(path, new TextEncoder().encode(`\uFEFF${[header, example, ...rows.filter((r) => r.split(',')[0] !== key)].join('\r\n')}\r\n`));
    }
    const { problems } = await validateFolder('kecil', folder);
    expect(formatProblems(problems)).toEqual([]);
  });
});
