// Builds the sample data, the small fixture (another region) and the same fixture with hostile
// names once, from copies (a build records publication in its data folder), and serves them as
// a static host would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../src/lib/node/serve.ts';
import { runBuild } from '../helpers/build.ts';
import { HOSTILE, KECIL, copyFolder } from '../helpers/folders.ts';

type SiteName = 'sample' | 'kecil' | 'hostile';

export interface BuiltSite {
  url: string;
  data: string;
  out: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, BuiltSite>;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'dasbor-sites-'));
  const servers: { close(): Promise<void> }[] = [];
  const sites = {} as Record<SiteName, BuiltSite>;
  for (const [name, source] of [['sample', 'data'], ['kecil', KECIL], ['hostile', HOSTILE]] as const) {
    const data = await copyFolder(source, name);
    const out = join(root, `dist-${name}`);
    const result = await runBuild(data, out);
    if (result.code !== 0) throw new Error(`build of ${name} failed:\n${result.stdout}\n${result.stderr}`);
    const server = await serve(out);
    servers.push(server);
    sites[name] = { url: server.url, data, out };
  }
  project.provide('sites', sites);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    await rm(root, { recursive: true, force: true });
  };
}
