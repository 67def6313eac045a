// DuckDB-WASM in the browser, self-hosted: the bundles are files of this site (Vite emits them
// hashed under _astro/), the engine runs in a worker, and nothing is fetched from another host.
// Loaded only on the user's first interaction (a dynamic import), never with the page.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Query } from '../sql.ts';
import { DATABASE_FILE, SETUP_SQL, toQuery, toRows, type Engine } from './engine.ts';

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

/** The engine, and the database it opened for other connections (the SQL console, console.ts). */
export interface BrowserEngine extends Engine {
  db: duckdb.AsyncDuckDB;
}

/** Starts DuckDB-WASM in a worker and attaches the site's database (databaseUrl) read-only. */
export async function browserEngine(databaseUrl: string): Promise<BrowserEngine> {
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
  // A page's queries have a handful of shapes: each is prepared once (a round trip to the worker
  // and a parse saved on every later view), then bound anew.
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      statements.set(text, (statement = connection.prepare(text)));
      statement.catch(() => statements.delete(text));
    }
    return statement;
  };
  return {
    db,
    async query<T extends object>(query: Query | string) {
      const { text, params } = toQuery(query);
      if (params.length === 0) return toRows<T>(await connection.query(text));
      return toRows<T>(await (await prepared(text)).query(...params));
    },
  };
}
