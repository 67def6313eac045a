// What the indicator SQL needs from DuckDB, whichever runtime it is in: a query that returns
// plain rows. Build (Node) and browser attach the same database file with the same settings.
import { DATABASE_ALIAS } from '../database.ts';

export interface Engine {
  query<T extends object>(sql: string): Promise<T[]>;
}

/** The name the database file is registered under inside DuckDB's virtual file system. */
export const DATABASE_FILE = 'dasbor.duckdb';

/** Run once after the file is registered: attach it read-only, then shut every other door. */
export const SETUP_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `ATTACH '${DATABASE_FILE}' AS ${DATABASE_ALIAS} (READ_ONLY)`,
  `USE ${DATABASE_ALIAS}`,
  'SET enable_external_access = false',
];

interface ArrowLike {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

/** Arrow rows → plain objects. The SQL casts to INTEGER, DOUBLE or VARCHAR; BIGINT becomes a number. */
export function toRows<T>(table: ArrowLike): T[] {
  return table.toArray().map((row) => {
    const out = row.toJSON();
    for (const key in out) if (typeof out[key] === 'bigint') out[key] = Number(out[key]);
    return out as T;
  });
}
