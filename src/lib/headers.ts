// HTTP headers of the built site, one list for every place that serves it: the build writes
// them to dist/_headers (the format of Netlify and Cloudflare Pages), with the site's
// Content-Security-Policy, and the local server reads that file back, so testing sees what a
// host sends.
export interface HeaderRule {
  /** Path prefix or exact path; `*` matches the rest. */
  pattern: string;
  headers: Record<string, string>;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Where the build writes the rules, in the site's root folder. */
export const HEADERS_FILE = '_headers';

export const HEADER_RULES: readonly HeaderRule[] = [
  { pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' } },
  // Vite names these by content hash.
  { pattern: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
  // The data the browser queries is named by content hash too (see src/lib/node/files.ts).
  { pattern: '/data/dasbor.*', headers: { 'Cache-Control': IMMUTABLE } },
  { pattern: '/data/kecamatan.*', headers: { 'Cache-Control': IMMUTABLE } },
  { pattern: '/data/wilayah.*', headers: { 'Cache-Control': IMMUTABLE } },
  // Results of likely views, computed at build (src/lib/node/precompute.ts): a second request
  // for one (the page asks for it before its renderer has loaded) is answered from the cache.
  { pattern: '/data/tampilan.*', headers: { 'Cache-Control': IMMUTABLE } },
];

function matches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Headers for one path; later rules override earlier ones. Pages revalidate on every visit. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-cache' };
  for (const rule of rules) if (matches(rule.pattern, path)) Object.assign(headers, rule.headers);
  return headers;
}

/** The `_headers` file: a pattern line, then its headers indented. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.pattern, ...Object.entries(r.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}
