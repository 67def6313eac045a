// The SQL console's connection: whatever people type runs on its own connection to the site's
// read-only database (browser.ts), streamed as text, at most `limit` rows, and can be stopped.
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { DATABASE_ALIAS } from '../database.ts';
import { type CellType, cellText } from './cells.ts';

/** A query's result as text, at most `limit` rows. */
export interface TextResult {
  columns: { name: string; type: string }[];
  rows: string[][];
  /** More rows than `limit` were there. */
  truncated: boolean;
}

/** Runs any SQL on its own connection, streaming, and can be stopped halfway. */
export interface Explorer {
  run(sql: string, signal: AbortSignal, limit: number): Promise<TextResult>;
}

/** A console on its own connection of `db` (the engine's settings hold for the whole database). */
export async function sqlConsole(db: AsyncDuckDB): Promise<Explorer> {
  const own = await db.connect();
  // USE holds per connection.
  await own.query(`USE ${DATABASE_ALIAS}`);
  return {
    async run(sql, signal, limit) {
      const cancel = () => void own.cancelSent();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        const reader = await own.send(sql, true);
        // The stream's schema is known once it is opened.
        await reader.open();
        const fields = reader.schema.fields;
        const columns = fields.map((field) => ({ name: field.name, type: String(field.type) }));
        const rows: string[][] = [];
        let truncated = false;
        for await (const batch of reader) {
          for (const row of batch) {
            if (rows.length === limit) {
              truncated = true;
              break;
            }
            rows.push(fields.map((field) => cellText(row?.[field.name], field.type as unknown as CellType)));
          }
          if (truncated) {
            // Stop the rest of a huge result instead of reading it.
            await own.cancelSent();
            break;
          }
        }
        return { columns, rows, truncated };
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    },
  };
}
