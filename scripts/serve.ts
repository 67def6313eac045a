// npm run serve: serves the built site ($OUT_DIR, default dist/) on http://127.0.0.1:4321/.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '../src/lib/node/serve.ts';
import { exit } from '../src/lib/node/exit.ts';

const dir = resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir} belum berisi situs: jalankan dulu \`npm run build\`.`);
  await exit(1);
}
const { url } = await serve(dir, Number(process.env.PORT ?? 4321));
console.log(`Situs disajikan di ${url} (Ctrl+C untuk berhenti)`);
