// Link preview images (see src/lib/node/og.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImages } from '../../lib/node/og.ts';
import { loadSite } from '../../lib/node/site.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  [...(await ogImages(await loadSite()))].map(([key, png]) => ({ params: { key }, props: { png } }));

export const GET: APIRoute = ({ props }) => new Response(props.png as Uint8Array<ArrayBuffer>);
