// One problem in a data folder, in the contract's error form: `path:line:column: message`.
export interface Problem {
  /** Relative to the data folder's parent: the folder's own name comes first. */
  path: string;
  /** 1-based; the header is line 1. */
  line: number;
  /** 1-based column number; 0 for a problem of the whole row or file. */
  column: number;
  message: string;
}

/** After this many lines the rest are only counted. */
export const LISTED_PROBLEMS = 200;

export function formatProblem({ path, line, column, message }: Problem): string {
  return `${path}:${line}:${column}: ${message}`;
}

export function formatProblems(problems: readonly Problem[]): string[] {
  const lines = problems.slice(0, LISTED_PROBLEMS).map(formatProblem);
  const rest = problems.length - LISTED_PROBLEMS;
  if (rest > 0) lines.push(`… dan ${rest} masalah lain (${problems.length} seluruhnya)`);
  return lines;
}
