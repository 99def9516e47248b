import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetMeta, publishedDatasets } from '../../lib/data/downloads';
import { datasetById } from '../../lib/data/catalogEntries';

/** /data/<id>.meta.json: title, description, columns with units, sources, licence, version, build date. */
export const getStaticPaths = (() => publishedDatasets().map((d) => ({ params: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(datasetMeta(datasetById(String(params.id)), String(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
