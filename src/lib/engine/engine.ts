// What the indicator SQL needs from DuckDB, whichever runtime it is in: a query that returns
// plain rows. Build (Node) and browser attach the same database file with the same settings.
import { DATABASE_ALIAS } from '../database.ts';
import type { Query } from '../sql.ts';

/** Runs a query (text without data, or a Query whose values are bound as parameters) to plain rows. */
export interface Engine {
  query<T extends object>(query: Query | string): Promise<T[]>;
}

/** A query as text and parameters. */
export function toQuery(query: Query | string): Query {
  return typeof query === 'string' ? { text: query, params: [] } : query;
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
  // From here on nothing can be switched back (the SQL explorer runs whatever people type).
  'SET lock_configuration = true',
];

interface ArrowLike {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

const LARGEST = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Arrow rows → plain objects. The site's SQL returns counts as INTEGER, stored integers and their
 * sums as BIGINT, decimals and percentages as DOUBLE, everything else as VARCHAR. A BIGINT becomes
 * a number, exactly: one beyond ±(2^53 − 1) would become another number, so it is an error instead.
 */
export function toRows<T>(table: ArrowLike): T[] {
  return table.toArray().map((row) => {
    const out = row.toJSON();
    for (const key in out) {
      const value = out[key];
      if (typeof value !== 'bigint') continue;
      if (value > LARGEST || value < -LARGEST) throw new RangeError(`${key} = ${value} is beyond what a page can show exactly (±${Number.MAX_SAFE_INTEGER})`);
      out[key] = Number(value);
    }
    return out as T;
  });
}

/**
 * The site's database is read-only, so the same SQL always gives the same rows: remember the
 * latest results (a snapshot change then reuses the trend, which depends only on the filters).
 */
export function memoize(engine: Engine, size = 64): Engine {
  const results = new Map<string, Promise<object[]>>();
  return {
    query<T extends object>(query: Query | string) {
      const q = toQuery(query);
      const key = JSON.stringify([q.text, q.params]);
      let result = results.get(key);
      if (result) results.delete(key); // re-inserted below as the most recent
      else {
        result = engine.query<T>(q);
        result.catch(() => results.delete(key));
      }
      results.set(key, result);
      if (results.size > size) results.delete(results.keys().next().value!);
      return result as Promise<T[]>;
    },
  };
}
