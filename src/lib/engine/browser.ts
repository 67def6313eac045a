// DuckDB-WASM in the browser, self-hosted: the bundles are files of this site (Vite emits them
// hashed under _astro/), the engine runs in a worker, and nothing is fetched from another host.
// Loaded only on the user's first interaction (a dynamic import), never with the page.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { DATABASE_FILE, SETUP_SQL, toRows, type Engine } from './engine.ts';

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

export async function browserEngine(databaseUrl: string): Promise<Engine> {
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
  };
}
