import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../lib/node/files.ts';
import { loadSite } from '../../lib/node/site.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const files = Object.values(await dataFiles(await loadSite()));
  return files.map((file) => ({ params: { file: file.name }, props: { bytes: file.bytes } }));
};

export const GET: APIRoute = ({ props }) => new Response(props.bytes as Uint8Array<ArrayBuffer>);
