// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address (e.g. https://koperasi.karawangkab.go.id): link previews need absolute URLs.
  site: process.env.SITE_URL || undefined,
  // Served from the root of any static host; pages are folders (/kecamatan/32.15.01/).
  // The stylesheet is inlined (about 4 kB compressed): on a phone's network its request would be
  // a round trip of its own before the first paint (bench: +0.3 s of LCP under mobile emulation).
  build: { format: 'directory', inlineStylesheets: 'always' },
  trailingSlash: 'ignore',
  // Bahasa Indonesia at the root, English under /en/ (pages in src/pages/[...lang]/).
  i18n: { locales: ['id', 'en'], defaultLocale: 'id', routing: { prefixDefaultLocale: false } },
  compressHTML: true,
  // Content-Security-Policy: Astro hashes the pages' inline scripts into a <meta> per page; the
  // build writes the same policy into dist/_headers (src/lib/node/headers-file.ts). Scripts only
  // from the site itself; 'wasm-unsafe-eval' because DuckDB and Pagefind compile WebAssembly;
  // inline styles because Observable Plot styles its SVGs with <style> elements and attributes.
  // Images from blob: are chart exports drawn to PNG; nothing is fetched from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "worker-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  devToolbar: { enabled: false },
  // No Markdown here; Shiki's inline styles would only draw a CSP warning.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // The interactive chunk (DuckDB's JS, Arrow, Plot) is large by nature and loaded only on
      // the first interaction; page scripts stay a few kB (the benchmark measures both).
      chunkSizeWarningLimit: 700,
      // Data and engine files stay files: inlined as data: URLs they would bloat the JS.
      assetsInlineLimit: (file) => (/\.(wasm|duckdb|parquet|json|geojson|csv)$/.test(file) ? false : undefined),
    },
    preview: { strictPort: true },
    server: { strictPort: true },
  },
});
