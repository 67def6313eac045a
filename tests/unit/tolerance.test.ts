// The contract's input tolerance: BOM, `;`, CRLF, header case and spacing, dot-grouped thousands
// and the yes/no spellings all parse to the very same rows.
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { koperasi, type KoperasiRow } from '../../src/lib/schema.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { KECIL } from '../helpers/folders.ts';

const S = 'snapshots/2025-06-30/koperasi.csv';
const base = await readFolder(KECIL);

interface Variant {
  delimiter: ',' | ';';
  bom: boolean;
  crlf: boolean;
  shout: boolean; // upper-case headers and choices, padded with spaces
  grouped: boolean; // 1.234.567
  /** Columns left plain while the others are grouped (Excel's "General" format beside a number format). */
  plain?: readonly string[];
  yes: string;
  no: string;
}

function write(rows: KoperasiRow[], v: Variant): Uint8Array {
  const names = koperasi.columns.map((c) => c.name);
  const header = names.map((n) => (v.shout ? `  ${n.toUpperCase()} ` : n));
  const cell = (name: string, value: unknown) => {
    const type = koperasi.columns.find((c) => c.name === name)!.type;
    if (value === null) return '';
    if (typeof value === 'boolean') return value ? v.yes : v.no;
    if (typeof value === 'number' && v.grouped && name !== 'tahun_rat_terakhir' && !v.plain?.includes(name)) {
      return new Intl.NumberFormat('id-ID', { useGrouping: true }).format(value);
    }
    if (type === 'enum' && v.shout) return String(value).toUpperCase();
    return String(value);
  };
  const format = dsvFormat(v.delimiter);
  const eol = v.crlf ? '\r\n' : '\n';
  // Only row ends change: a line break inside a quoted name stays as it is.
  const lines = [header, ...rows.map((r) => names.map((n) => cell(n, r[n as keyof KoperasiRow])))].map((r) => format.formatRow(r));
  const text = (v.bom ? '\uFEFF' : '') + lines.join(eol) + eol + eol;
  return new TextEncoder().encode(text);
}

async function parse(bytes: Uint8Array) {
  const files = new Map(base);
  files.set(S, bytes);
  const { problems, data } = await validateFolder('kecil', files);
  expect(problems).toEqual([]);
  return data!.snapshots.find((s) => s.path === S)!.rows;
}

const original = (await validateFolder('kecil', base)).data!.snapshots.find((s) => s.path === S)!.rows;

describe('input tolerance', () => {
  it('reads an Excel-in-Indonesian-locale export of a snapshot as the same rows', async () => {
    const excel: Variant = { delimiter: ';', bom: true, crlf: true, shout: true, grouped: true, yes: 'Y', no: 'T' };
    expect(await parse(write(original, excel))).toEqual(original);
  });

  it('reads a file whose amounts are grouped and whose member counts are plain (a column format of its own)', async () => {
    const rows = original.map((r, i) => ({ ...r, jumlah_anggota: 1000 + i * 1111 }));
    const mixed: Variant = { delimiter: ';', bom: true, crlf: true, shout: false, grouped: true, plain: ['jumlah_anggota'], yes: 'ya', no: 'tidak' };
    expect(await parse(write(rows, mixed))).toEqual(rows);
  });

  it('reads rows carrying empty cells past the header’s last column (cells Excel once touched) as the same rows', async () => {
    const excel: Variant = { delimiter: ';', bom: true, crlf: true, shout: false, grouped: true, yes: 'ya', no: 'tidak' };
    const lines = new TextDecoder().decode(write(original, excel)).split('\r\n');
    // Some rows with one or three empty cells more than the header: Excel wrote them, nothing is in them.
    const padded = lines.map((line, i) => (i === 0 || line === '' ? line : `${line}${i % 2 === 0 ? ';' : ';;  ;'}`)).join('\r\n');
    expect(await parse(new TextEncoder().encode(padded))).toEqual(original);
    // A value out there is a row wider than its header, as before.
    const files = new Map(base);
    files.set(S, new TextEncoder().encode(lines.map((line, i) => (i === 1 ? `${line};;x` : line)).join('\r\n')));
    const { problems } = await validateFolder('kecil', files);
    expect(problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      `2:0: baris berisi ${koperasi.columns.length + 2} kolom, header berisi ${koperasi.columns.length} (koma atau titik koma di dalam teks tanpa tanda kutip? simpan ulang dari Excel sebagai CSV)`,
    ]);
  });

  it('accepts every spelling of yes and no', async () => {
    for (const [yes, no] of [['ya', 'tidak'], ['y', 't'], ['1', '0'], ['TRUE', 'False']] as const) {
      const v: Variant = { delimiter: ',', bom: false, crlf: false, shout: false, grouped: false, yes, no };
      expect(await parse(write(original, v))).toEqual(original);
    }
  });

  it('parses any valid rows identically in every tolerated form (property)', async () => {
    const text = fc.string({ unit: fc.constantFrom(...'abc ,;"\'\nXYZé漢'.split('')), minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter((s) => s !== '');
    const rupiah = fc.integer({ min: 0, max: 9_000_000_000_000 });
    const row = fc.record({
      nama_koperasi: text,
      jenis_koperasi: fc.constantFrom('konsumen', 'produsen', 'simpan_pinjam', 'pemasaran', 'jasa'),
      status: fc.constantFrom('aktif', 'tidak_aktif'),
      tahun_rat_terakhir: fc.option(fc.integer({ min: 1945, max: 2025 })),
      jumlah_anggota: fc.integer({ min: 0, max: 2_000_000 }),
      modal_sendiri: rupiah,
      modal_luar: rupiah,
      volume_usaha: rupiah,
      shu: fc.integer({ min: -9_000_000_000, max: 9_000_000_000 }),
      jalur_pendampingan: fc.option(fc.constantFrom('dinas', 'camat', 'pkk')),
    });
    const variant = fc.record({
      delimiter: fc.constantFrom(',', ';'),
      bom: fc.boolean(),
      crlf: fc.boolean(),
      shout: fc.boolean(),
      grouped: fc.boolean(),
      spelling: fc.constantFrom(['ya', 'tidak'], ['Y', 'T'], ['1', '0'], ['true', 'FALSE']),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), variant, async (partial, v) => {
        const rows: KoperasiRow[] = partial.map((p, i) => ({
          id_koperasi: `P${i}`,
          nik: null,
          kode_kecamatan: '99.01.02',
          kode_desa: null,
          pendampingan: p.jalur_pendampingan !== null,
          odoc: false,
          kopdes_merah_putih: false,
          ...p,
        }));
        const [yes, no] = v.spelling as [string, string];
        expect(await parse(write(rows, { ...v, yes, no }))).toEqual(rows);
      }),
      { numRuns: 60 },
    );
  });
});
