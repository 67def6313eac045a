// DuckDB-WASM in the browser, self-hosted: the bundles are files of this site (Vite emits them
// hashed under _astro/), the engine runs in a worker, and nothing is fetched from another host.
// Loaded only on the user's first interaction (a dynamic import), never with the page.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { type CellType, cellText } from './cells.ts';
import { DATABASE_ALIAS } from '../database.ts';
import { DATABASE_FILE, SETUP_SQL, toRows, type Engine } from './engine.ts';

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

/** No progress for this long while instantiating means the engine is not coming. */
const STALL_MS = 30_000;

/**
 * duckdb-wasm never settles instantiate() when its worker cannot fetch the wasm (offline, 404,
 * blocked): the page would say "loading" forever. So a HEAD request checks the file in parallel,
 * the worker's own errors count, and a watchdog gives up when progress stops.
 */
function instantiate(db: duckdb.AsyncDuckDB, worker: Worker, bundle: duckdb.DuckDBBundle): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (error: unknown) => {
      clearTimeout(timer);
      worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const alive = () => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new Error(`DuckDB: no progress for ${STALL_MS} ms`)), STALL_MS);
    };
    worker.addEventListener('error', (event) => fail(new Error(`DuckDB worker: ${event.message}`)));
    fetch(bundle.mainModule, { method: 'HEAD' }).then((r) => {
      if (!r.ok) fail(new Error(`${bundle.mainModule}: HTTP ${r.status}`));
    }, fail);
    alive();
    db.instantiate(bundle.mainModule, bundle.pthreadWorker, alive).then(() => {
      clearTimeout(timer);
      resolve();
    }, fail);
  });
}

export async function browserEngine(databaseUrl: string): Promise<Engine & { explorer(): Promise<Explorer> }> {
  // The database downloads while the engine compiles.
  const database = fetch(databaseUrl).then((response) => {
    if (!response.ok) throw new Error(`${databaseUrl}: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await instantiate(db, worker, bundle);
  await db.registerFileBuffer(DATABASE_FILE, new Uint8Array(await database));
  const connection = await db.connect();
  for (const sql of SETUP_SQL) await connection.query(sql);
  return {
    async query<T extends object>(sql: string) {
      return toRows<T>(await connection.query(sql));
    },
    async explorer() {
      const own = await db.connect();
      // USE holds per connection; the settings above hold for the whole database.
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
    },
  };
}
