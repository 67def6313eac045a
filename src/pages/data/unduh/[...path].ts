// The data page's downloads: data files as published (byte for byte), Parquet, combined file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/node/site.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await loadSite()).downloads.map((d) => ({ params: { path: d.path }, props: { bytes: d.bytes } }));

export const GET: APIRoute = ({ props }) => new Response(props.bytes as Uint8Array<ArrayBuffer>);
