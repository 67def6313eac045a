// DuckDB-WASM in Node (the blocking bundle): the browser's engine and version, for the build and
// the tests, so pre-rendered numbers and interactive numbers come from the same code.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Query } from '../sql.ts';
import { DATABASE_FILE, SETUP_SQL, toQuery, toRows, type Engine } from './engine.ts';

// Resolved from the project root: this module is bundled into the build's own folder.
const require = createRequire(join(process.cwd(), 'package.json'));

export async function nodeEngine(database: Uint8Array): Promise<Engine> {
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({});
  db.registerFileBuffer(DATABASE_FILE, database);
  const connection = db.connect();
  for (const sql of SETUP_SQL) connection.query(sql);
  // A page's queries have a handful of shapes: each is prepared once, then bound anew.
  const statements = new Map<string, ReturnType<typeof connection.prepare>>();
  return {
    async query<T extends object>(query: Query | string) {
      const { text, params } = toQuery(query);
      if (params.length === 0) return toRows<T>(connection.query(text));
      let statement = statements.get(text);
      if (!statement) statements.set(text, (statement = connection.prepare(text)));
      return toRows<T>(statement.query(...params));
    },
  };
}
