// Serves a built site on 127.0.0.1 as a static host would: precompressed files (brotli, gzip),
// ETags, the headers the build wrote to _headers (src/lib/headers.ts), Content-Security-Policy
// included, and correct types (application/wasm).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { HEADERS_FILE, headersFor, parseHeadersFile } from '../headers.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serve(dir: string, port = 0): Promise<Served> {
  const rules = parseHeadersFile(readFileSync(join(dir, HEADERS_FILE), 'utf8'));
  const handler = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    dev: false,
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
      if (pathname.endsWith('.duckdb')) res.setHeader('Content-Type', 'application/octet-stream');
    },
  });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('404: tidak ditemukan');
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
