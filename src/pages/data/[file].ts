import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../lib/node/files.ts';
import { precomputedFiles } from '../../lib/node/precompute.ts';
import { loadSite } from '../../lib/node/site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  const files = [...Object.values(await dataFiles(site)), ...(await precomputedFiles(site))];
  return files.map((file) => ({ params: { file: file.name }, props: { bytes: file.bytes } }));
};

export const GET: APIRoute = ({ props }) => new Response(props.bytes as Uint8Array<ArrayBuffer>);
