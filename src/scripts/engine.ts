// The page's DuckDB-WASM with the site's database: one per page, loaded the first time a view
// needs it. The page script starts it at the change itself, beside the renderer's modules and
// files (./page.ts), not after them; the renderer queries it (./interactive.ts).
import type { Engine } from '../lib/engine/engine.ts';

let engine: Promise<Engine> | null = null;

/**
 * The engine with the database at `database` (the site's content-hashed URL), memoized; started
 * on the first call. A start that failed (offline, a missing file) is tried again on the next.
 */
export function pageEngine(database: string): Promise<Engine> {
  if (engine) return engine;
  const started = Promise.all([import('../lib/engine/browser.ts'), import('../lib/engine/engine.ts')]).then(async ([{ browserEngine }, { memoize }]) =>
    memoize(await browserEngine(database)),
  );
  started.catch(() => {
    if (engine === started) engine = null;
  });
  return (engine = started);
}
