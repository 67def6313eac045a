import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/node/site.ts';
import { siteTemplates } from '../../../lib/node/template-files.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  siteTemplates(await loadSite()).map((file) => ({ params: { name: file.name }, props: { body: file.body } }));

export const GET: APIRoute = ({ props }) => new Response(props.body as string | Uint8Array<ArrayBuffer>);
