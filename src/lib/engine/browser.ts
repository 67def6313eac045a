// DuckDB-WASM in the browser, self-hosted: the bundles are files of this site (Vite emits them
// hashed under _astro/), the engine runs in a worker, and nothing is fetched from another host.
// Loaded only on the user's first interaction (a dynamic import), never with the page.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { DATABASE_FILE, SETUP_SQL, toRows, type Engine } from './engine.ts';

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
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.registerFileBuffer(DATABASE_FILE, new Uint8Array(await database));
  const connection = await db.connect();
  for (const sql of SETUP_SQL) await connection.query(sql);
  return {
    async query<T extends object>(sql: string) {
      return toRows<T>(await connection.query(sql));
    },
  };
}
