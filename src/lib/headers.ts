// HTTP headers of the built site, one list for every place that serves it (the local server,
// and the deployment files written from it).
export interface HeaderRule {
  /** Path prefix or exact path; `*` matches the rest. */
  pattern: string;
  headers: Record<string, string>;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

export const HEADER_RULES: readonly HeaderRule[] = [
  { pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' } },
  // Vite names these by content hash.
  { pattern: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
  // The data the browser queries is named by content hash too (see src/lib/node/files.ts).
  { pattern: '/data/dasbor.*', headers: { 'Cache-Control': IMMUTABLE } },
  { pattern: '/data/kecamatan.*', headers: { 'Cache-Control': IMMUTABLE } },
];

function matches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Headers for one path; later rules override earlier ones. Pages revalidate on every visit. */
export function headersFor(path: string): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-cache' };
  for (const rule of HEADER_RULES) if (matches(rule.pattern, path)) Object.assign(headers, rule.headers);
  return headers;
}
