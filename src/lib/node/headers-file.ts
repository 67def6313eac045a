// dist/_headers: the site's header rules and one Content-Security-Policy for every page — the
// policy Astro wrote into each page's <meta>, with the script hashes of all pages together (a
// hash allows only the exact script it names), plus what a <meta> policy cannot say.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HEADERS_FILE, HEADER_RULES, formatHeadersFile } from '../headers.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

async function* pages(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Directives of several policies merged: each directive's sources, in first-seen order. */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export async function writeHeadersFile(dir: string): Promise<string> {
  const policies = new Set<string>();
  for await (const page of pages(dir)) {
    const policy = META.exec(await readFile(page, 'utf8'))?.[1];
    if (!policy) throw new Error(`${page}: no Content-Security-Policy`);
    policies.add(policy.replaceAll('&#39;', "'"));
  }
  const csp = mergePolicies([...policies, "frame-ancestors 'none'"]);
  await writeFile(join(dir, HEADERS_FILE), formatHeadersFile([...HEADER_RULES, { pattern: '/*', headers: { 'Content-Security-Policy': csp } }]));
  return csp;
}
