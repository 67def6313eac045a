// The bytes of a data file as text: UTF-8, with or without its byte-order mark, and nothing else.
// Other encodings get one line that names what the file seems to be and how to save it again.
import type { Problem } from './problem.ts';

/** Byte-order marks of encodings the contract does not accept, longest first (UTF-32 LE starts like UTF-16 LE). */
const OTHER_BOMS: readonly [bytes: readonly number[], name: string][] = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 LE'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 BE'],
  [[0xff, 0xfe], 'UTF-16 LE'],
  [[0xfe, 0xff], 'UTF-16 BE'],
];

/** How to save a sheet as the contract wants it, for messages. */
export const RESAVE = 'simpan ulang sebagai "CSV UTF-8 (Comma delimited)" (Excel) atau pilih set karakter UTF-8 (LibreOffice)';

/** 1-based line of the first U+FFFD that the lenient decoder put for an invalid byte. */
function lineOfReplacement(text: string): number {
  let line = 1;
  const end = text.indexOf('\uFFFD');
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Decodes a data file strictly as UTF-8 and drops a UTF-8 byte-order mark. A UTF-16 or UTF-32
 * file (with its mark, or without one: NUL bytes between the letters, as Excel's "Unicode text"
 * writes), or bytes that are not UTF-8 (an ANSI/Windows-1252 export), is one problem at line 1 or
 * at the line of the first bad byte, column 0.
 */
export function decodeText(bytes: Uint8Array, path: string): { text: string } | { problem: Problem } {
  const problem = (line: number, message: string) => ({ problem: { path, line, column: 0, message, kind: 'encoding' } });
  for (const [mark, name] of OTHER_BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return problem(1, `berkas ber-encoding ${name}, bukan UTF-8; ${RESAVE}`);
  }
  if (bytes.includes(0)) return problem(1, `berkas berisi byte NUL (tampaknya UTF-16 tanpa penanda), bukan UTF-8; ${RESAVE}`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const line = lineOfReplacement(new TextDecoder('utf-8').decode(bytes));
    return problem(line, `berkas bukan UTF-8 (ada byte yang tidak sah di baris ini, mis. huruf beraksen dari ekspor ANSI/Windows-1252); ${RESAVE}`);
  }
}
