// Every CSV the site writes opens right in a spreadsheet and can never run a formula.
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../src/lib/export/csv.ts';

const parse = (text: string, delimiter: ',' | ';') => dsvFormat(delimiter).parseRows(text.replace(/^\uFEFF/, '').replace(/\r\n$/, ''));
const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];

describe('safeCell', () => {
  it('neutralizes each formula start with an apostrophe', () => {
    expect(safeCell('=HYPERLINK("http://x","klik")')).toBe(`'=HYPERLINK("http://x","klik")`);
    expect(safeCell('+62 812')).toBe(`'+62 812`);
    expect(safeCell('-cmd|calc')).toBe(`'-cmd|calc`);
    expect(safeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(safeCell('\t=1')).toBe(`'\t=1`);
    expect(safeCell('\r=1')).toBe(`'\r=1`);
  });

  it('leaves numbers, names and empty cells as they are', () => {
    expect(safeCell(-5000000)).toBe('-5000000');
    expect(safeCell('-3,2')).toBe('-3,2');
    expect(safeCell('+12%')).toBe('+12%');
    expect(safeCell('Koperasi Pasar Sejahtera')).toBe('Koperasi Pasar Sejahtera');
    expect(safeCell(null)).toBe('');
    expect(safeCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends rows with CRLF, and uses the delimiter asked for', () => {
    const text = toCsv(['nama', 'jumlah'], [['KSP "Maju"; Jaya', 12], ['Koperasi\nBaris', -3]], ';');
    expect(text).toBe('\uFEFFnama;jumlah\r\n"KSP ""Maju""; Jaya";12\r\n"Koperasi\nBaris";-3\r\n');
    expect(parse(text, ';')).toEqual([['nama', 'jumlah'], ['KSP "Maju"; Jaya', '12'], ['Koperasi\nBaris', '-3']]);
  });

  it('never lets a text cell start a formula, whatever the data (property)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(...FORMULA_START).chain((c) => fc.string().map((s) => c + s)), fc.integer().map(String));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.constantFrom(',' as const, ';' as const), (row, delimiter) => {
        // A first cell of its own, so that a row of one empty cell is still a row.
        const [, [, ...parsed]] = parse(toCsv(['id', ...row.map((_, i) => `k${i}`)], [['1', ...row]], delimiter), delimiter) as [string[], string[]];
        parsed.forEach((value, i) => {
          const numeric = /^[+-]?\d+(?:[.,]\d+)*%?$/.test(row[i]!);
          if (!numeric) expect(FORMULA_START.includes(value[0] ?? '')).toBe(false);
          // Nothing else changes: the original is the cell, or the cell without its apostrophe.
          expect([row[i], `'${row[i]}`]).toContain(value);
        });
      }),
    );
  });
});
