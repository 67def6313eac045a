// One problem in a data folder, in the contract's error form: `path:line:column: message`.
import { WORKBOOK, cellReference } from './table-file.ts';

export interface Problem {
  /** Relative to the data folder's parent: the folder's own name comes first. */
  path: string;
  /** 1-based; the header is line 1. */
  line: number;
  /** 1-based column number; 0 for a problem of the whole row or file. */
  column: number;
  message: string;
  /**
   * What went wrong, independently of the value and the row (e.g. `lat:bukan bilangan desimal…`):
   * problems of one kind in one file are grouped (`groupProblems`). Never printed.
   */
  kind?: string;
}

/** After this many lines the rest are only counted. */
export const LISTED_PROBLEMS = 200;

/** A mistake on this many rows of one file or more is given as one line with its count. */
export const GROUPED_FROM = 5;

/** How many of a group's other lines the grouped message names. */
const NAMED_LINES = 5;

/**
 * Problems of the same kind in the same file, on GROUPED_FROM rows or more, become one problem:
 * the first, its message followed by how many other rows have it and which (the first few).
 * A decimal comma in every coordinate is then two lines (lat, lon), not 600, and other problems
 * are not pushed past the LISTED_PROBLEMS limit. Order is kept; problems without a kind stay.
 */
export function groupProblems(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    if (p.kind === undefined) continue;
    const key = `${p.path}\u0000${p.kind}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(p);
  }
  const out: Problem[] = [];
  for (const p of problems) {
    const group = p.kind === undefined ? undefined : groups.get(`${p.path}\u0000${p.kind}`);
    if (!group || group.length < GROUPED_FROM) out.push(p);
    else if (group[0] === p) {
      // Rows by their line; places on one line (header columns) by line and column.
      const byRow = new Set(group.map((o) => o.line)).size === group.length;
      const others = group.slice(1).map((o) => (byRow ? String(o.line) : `${o.line}:${o.column}`));
      const named = others.slice(0, NAMED_LINES).join(', ') + (others.length > NAMED_LINES ? `, … ${others.at(-1)}` : '');
      out.push({ ...p, message: `${p.message} (masalah yang sama di ${others.length} ${byRow ? 'baris' : 'tempat'} lain: ${named})` });
    }
  }
  return out;
}

/**
 * A problem as the contract writes it, `path:line:column: message`; in a workbook the cell is
 * named as Excel names it too, `koperasi.xlsx:12:9 (I12): message`.
 */
export function formatProblem({ path, line, column, message }: Problem): string {
  const cell = WORKBOOK.test(path) ? cellReference(line, column) : '';
  return `${path}:${line}:${column}${cell ? ` (${cell})` : ''}: ${message}`;
}

export function formatProblems(problems: readonly Problem[]): string[] {
  const lines = problems.slice(0, LISTED_PROBLEMS).map(formatProblem);
  const rest = problems.length - LISTED_PROBLEMS;
  if (rest > 0) lines.push(`… dan ${rest} masalah lain (${problems.length} seluruhnya)`);
  return lines;
}
