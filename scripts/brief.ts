// npm run brief -- [--snapshot YYYY-MM-DD] [--lang en]: prints the leadership briefs of the built
// site ($OUT_DIR, default dist/) to A4 PDF with headless Chromium: one for the whole region
// (ringkasan/ringkasan.pdf) and one per kecamatan (ringkasan/<kode>/ringkasan-<kode>.pdf), under
// en/ for the English briefs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getDocumentProxy } from 'unpdf';
import { langOf, localized } from '../src/lib/i18n/langs.ts';
import { launchChromium } from '../src/lib/node/chromium.ts';
import { serve } from '../src/lib/node/serve.ts';
import { KECAMATAN_LIST, type KecamatanListItem } from '../src/lib/urls.ts';
import { exit } from '../src/lib/node/exit.ts';

const { values: args } = parseArgs({ options: { snapshot: { type: 'string' }, lang: { type: 'string', default: 'id' } } });
const out = resolve(process.env.OUT_DIR ?? 'dist');
const lang = langOf(args.lang);
// Paths of the site in the chosen language, without the leading slash.
const at = (path: string) => localized(lang, `/${path}`).slice(1);
if (!existsSync(join(out, at('ringkasan/index.html')))) {
  console.error(`${out} belum berisi situs: jalankan dulu \`npm run build\`.`);
  await exit(1);
}

const kecamatan = JSON.parse(await readFile(join(out, KECAMATAN_LIST), 'utf8')) as KecamatanListItem[];
const briefs = [
  { path: at('ringkasan/'), pdf: join(out, at('ringkasan/ringkasan.pdf')) },
  ...kecamatan.map((k) => ({ path: at(`ringkasan/${k.kode}/`), pdf: join(out, at(`ringkasan/${k.kode}/ringkasan-${k.kode}.pdf`)) })),
];

const server = await serve(out);
const browser = await launchChromium();
let failed = false;
try {
  const page = await browser.newPage();
  for (const brief of briefs) {
    const search = args.snapshot ? `?snapshot=${encodeURIComponent(args.snapshot)}` : '';
    await page.goto(`${server.url}${brief.path}${search}`, { waitUntil: 'networkidle' });
    if (search) {
      // Another snapshot is drawn in the browser (DuckDB-WASM): wait for it.
      await page.waitForFunction(() => !document.querySelector('[data-page]')?.hasAttribute('aria-busy') && document.querySelector('[data-status]')?.textContent !== '', null, { timeout: 120_000 });
    }
    await page.pdf({ path: brief.pdf, preferCSSPageSize: true, printBackground: true });
    const pages = (await getDocumentProxy(new Uint8Array(await readFile(brief.pdf)))).numPages;
    if (pages > 2) failed = true;
    console.log(`${relative(process.cwd(), brief.pdf)}: ${pages} halaman${pages > 2 ? ' — LEBIH DARI DUA' : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) await exit(1);
