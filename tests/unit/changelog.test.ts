// The changelog on a fixture whose changes are known by reading its two snapshots
// (tests/fixtures/kecil: 2025-06-30 → 2025-12-31).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChangelog } from '../../src/lib/changelog.ts';
import { defaultView } from '../../src/lib/view.ts';
import { engineFor } from '../helpers/engine.ts';
import { KECIL } from '../helpers/folders.ts';

type Loaded = Awaited<ReturnType<typeof engineFor>>;

describe('the changelog between consecutive snapshots', () => {
  let s: Loaded;
  beforeAll(async () => {
    s = await engineFor(KECIL);
  });
  const changes = async (snapshot: string, kecamatan: string[] = []) => {
    const log = await loadChangelog(s.engine, { ...defaultView(s.options), snapshot, kecamatan }, s.options);
    return { from: log.from, rows: log.rows.map((r) => [r.perubahan, r.id_koperasi, r.kode_kecamatan, r.dari, r.menjadi]) };
  };

  it('lists who was added, removed, changed status, joined mentoring and became ODOC', async () => {
    expect(await changes('2025-12-31')).toEqual({
      from: '2025-06-30',
      rows: [
        ['baru', 'K7', '99.01.02', null, null],
        ['hilang', 'K6', '99.01.03', null, null],
        ['status', 'K3', '99.01.01', 'tidak_aktif', 'aktif'],
        ['status', 'K5', '99.01.02', 'aktif', 'tidak_aktif'],
        ['pendampingan', 'K2', '99.01.01', null, 'pkk'],
        ['pendampingan', 'K3', '99.01.01', null, 'camat'],
        ['odoc', 'K4', '99.01.02', null, null],
      ],
    });
  });

  it('narrows to one kecamatan', async () => {
    expect((await changes('2025-12-31', ['99.01.02'])).rows).toEqual([
      ['baru', 'K7', '99.01.02', null, null],
      ['status', 'K5', '99.01.02', 'aktif', 'tidak_aktif'],
      ['odoc', 'K4', '99.01.02', null, null],
    ]);
  });

  it('has nothing to compare the first snapshot with', async () => {
    expect(await changes('2025-06-30')).toEqual({ from: null, rows: [] });
  });
});
