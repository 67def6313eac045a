// The changelog on a fixture whose changes are known by reading its two snapshots
// (tests/fixtures/kecil: 2025-06-30 → 2025-12-31).
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { CHANGES, type ChangeRow, loadChangelog } from '../../src/lib/changelog.ts';
import { formatFor } from '../../src/lib/format.ts';
import { id } from '../../src/lib/i18n/id.ts';
import { CHANGE_LIST_LIMIT, renderChangelog } from '../../src/lib/render/changelog.ts';
import type { RenderContext } from '../../src/lib/render/kit.ts';
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

describe('the changelog page of a large region', () => {
  // Three kecamatan, two kinds of change, more changes than the page lists one by one.
  const rows: ChangeRow[] = Array.from({ length: CHANGE_LIST_LIMIT + 7 }, (_, i) => ({
    perubahan: i % 3 === 0 ? 'baru' : 'status',
    id_koperasi: `K${i}`,
    nama_koperasi: `Koperasi ${i}`,
    kode_kecamatan: `99.01.0${i % 3}`,
    nama_kecamatan: `Kecamatan ${i % 3}`,
    dari: i % 3 === 0 ? null : 'aktif',
    menjadi: i % 3 === 0 ? null : 'tidak_aktif',
  }));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const context = { document, t: id, f: formatFor('id'), kecamatanHref: (kode: string) => `/kecamatan/${kode}/` } as unknown as RenderContext;
  const { changelog } = renderChangelog({ from: '2025-06-30', to: '2025-12-31', rows }, context);
  const tables = [...changelog.querySelectorAll('table')];
  const cells = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

  it('counts every change, by kind and by kecamatan', () => {
    const kinds = new Map(cells(tables[0]!).map(([kind, n]) => [kind, n]));
    expect(kinds.get(id.data.changes.baru)).toBe(String(rows.filter((r) => r.perubahan === 'baru').length));
    expect(kinds.get(id.data.changes.status)).toBe(String(rows.filter((r) => r.perubahan === 'status').length));
    const byKecamatan = cells(tables[1]!);
    expect(byKecamatan).toHaveLength(3);
    const statusColumn = 1 + CHANGES.indexOf('status');
    for (const [nama, ...counts] of byKecamatan) expect(counts[statusColumn - 1]).toBe(String(rows.filter((r) => r.nama_kecamatan === nama && r.perubahan === 'status').length));
  });

  it(`lists the first ${CHANGE_LIST_LIMIT} changes and says how many more there are`, () => {
    expect(cells(tables[2]!)).toHaveLength(CHANGE_LIST_LIMIT);
    expect(changelog.textContent).toContain(id.data.detailsMore('7'));
  });
});
