// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address (e.g. https://koperasi.karawangkab.go.id): link previews need absolute URLs.
  site: process.env.SITE_URL || undefined,
  // Served from the root of any static host; pages are folders (/kecamatan/32.15.01/).
  build: { format: 'directory' },
  trailingSlash: 'ignore',
  // Bahasa Indonesia at the root, English under /en/ (pages in src/pages/[...lang]/).
  i18n: { locales: ['id', 'en'], defaultLocale: 'id', routing: { prefixDefaultLocale: false } },
  compressHTML: true,
  devToolbar: { enabled: false },
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
