import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJson, publishedDatasets } from '../../lib/data/downloads';
import { datasetById } from '../../lib/data/catalogEntries';

/** /data/<id>.json: the validated dataset. */
export const getStaticPaths = (() => publishedDatasets().map((d) => ({ params: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(datasetJson(datasetById(String(params.id))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
