// Where a validator puts what it finds: one reporter per file, adding problems in the contract's
// error form (problem.ts) to one list for the whole folder.
import type { Problem } from '../problem.ts';

/** Adds problems found in one file; `path` is the file as shown in problems (root first). */
export interface Report {
  readonly path: string;
  /**
   * One problem at a 1-based line and column (0: the whole row or file). `kind` names what went
   * wrong independently of the value (e.g. `jumlah_anggota:parse:…`), so that a mistake
   * repeated on many rows can be given once with its count (problem.ts `groupProblems`).
   */
  add(line: number, column: number, message: string, kind?: string): void;
}

/**
 * A reporter factory for a folder shown as `root`, collecting into `problems`; `shown` names a
 * file as it is in the folder (a workbook read in place of the CSV file of its name).
 */
export function reporter(root: string, problems: Problem[], shown: (path: string) => string = (path) => path): (path: string) => Report {
  return (name) => {
    const path = `${root}/${shown(name)}`;
    return {
      path,
      add(line, column, message, kind) {
        problems.push({ path, line, column, message, ...(kind === undefined ? {} : { kind }) });
      },
    };
  };
}

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\p{Cf}\u2028\u2029\u00a0]/gu;

/**
 * A cell's or a header's text as a message quotes it: control and invisible characters (a NUL of
 * a UTF-16 file, a stray tab or escape, a zero-width space) are written as `\uXXXX` so no raw control byte reaches a terminal
 * or a page, and a very long value is cut.
 */
export function quote(raw: string, max = 80): string {
  const visible = raw.replace(INVISIBLE_OR_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${visible.length > max ? `${visible.slice(0, max)}…` : visible}"`;
}

/** How a message names a cell's value: `nilai "…"`, or `kosong,` for an empty cell. */
export function describeValue(raw: string): string {
  return raw === '' ? 'kosong,' : `nilai ${quote(raw, 400)}`;
}
