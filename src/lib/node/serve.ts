// Serves a built site on 127.0.0.1 as a static host would: precompressed files (brotli, gzip),
// ETags, the headers of src/lib/headers.ts, and correct types (application/wasm).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor } from '../headers.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serve(dir: string, port = 0): Promise<Served> {
  const handler = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    dev: false,
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
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
