// Contract 1.1, input: UTF-8 only, with or without its mark. Every other encoding an office program
// or an operating system writes is one line naming the encoding and how to save the file again.
import { describe, expect, it } from 'vitest';
import { RESAVE, decodeText } from '../../src/lib/text.ts';

const TEXT = 'kode_kecamatan,nama_kecamatan\n99.01.01,Ciampél\n';

/** UTF-16 code units, little- or big-endian, with the mark when asked (written here, not by a library). */
function utf16(text: string, order: 'LE' | 'BE', mark: boolean): Uint8Array {
  const units = [...(mark ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  return Uint8Array.from(units.flatMap((u) => (order === 'LE' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

function utf32(text: string, order: 'LE' | 'BE'): Uint8Array {
  const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  return Uint8Array.from(points.flatMap((p) => {
    const bytes = [p >>> 24, (p >>> 16) & 0xff, (p >>> 8) & 0xff, p & 0xff];
    return order === 'BE' ? bytes : bytes.reverse();
  }));
}

/** Windows-1252: the bytes of ASCII, and é as 0xE9. */
const cp1252 = (text: string) => Uint8Array.from(Array.from(text, (c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));

describe('decodeText', () => {
  it('reads UTF-8 with or without its mark as the same text', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeText(plain, 'p')).toEqual({ text: TEXT });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]), 'p')).toEqual({ text: TEXT });
  });

  it.each([
    ['UTF-16 LE', utf16(TEXT, 'LE', true)],
    ['UTF-16 BE', utf16(TEXT, 'BE', true)],
    ['UTF-32 LE', utf32(TEXT, 'LE')],
    ['UTF-32 BE', utf32(TEXT, 'BE')],
  ])('names %s with its mark, in one line at line 1', (name, bytes) => {
    expect(decodeText(bytes, 'reference/kecamatan.csv')).toEqual({
      problem: { path: 'reference/kecamatan.csv', line: 1, column: 0, kind: 'encoding', message: `berkas ber-encoding ${name}, bukan UTF-8; ${RESAVE}` },
    });
  });

  it.each([
    ['LE', utf16(TEXT, 'LE', false)],
    ['BE', utf16(TEXT, 'BE', false)],
  ])('finds UTF-16 %s without a mark by its NUL bytes', (_, bytes) => {
    expect(decodeText(bytes, 'x.csv')).toEqual({
      problem: { path: 'x.csv', line: 1, column: 0, kind: 'encoding', message: `berkas berisi byte NUL (tampaknya UTF-16 tanpa penanda), bukan UTF-8; ${RESAVE}` },
    });
  });

  it('gives the line of the first byte that is not UTF-8, also behind a UTF-8 mark (ANSI saved by a tool that added one)', () => {
    const message = `berkas bukan UTF-8 (ada byte yang tidak sah di baris ini, mis. huruf beraksen dari ekspor ANSI/Windows-1252); ${RESAVE}`;
    expect(decodeText(cp1252(TEXT), 'x.csv')).toEqual({ problem: { path: 'x.csv', line: 2, column: 0, kind: 'encoding', message } });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...cp1252(TEXT)]), 'x.csv')).toEqual({ problem: { path: 'x.csv', line: 2, column: 0, kind: 'encoding', message } });
  });
});
