import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetMeta, publishedDatasets } from '../../../lib/data/downloads';
import { datasetById } from '../../../lib/data/catalogEntries';

/**
 * /es/data/<id>.meta.json: the metadata in Spanish (title, description, column descriptions and units;
 * column names unchanged), for the same downloads as /data/<id>.meta.json (/data/<id>.json and .csv).
 */
export const getStaticPaths = (() => publishedDatasets().map((d) => ({ params: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(datasetMeta(datasetById(String(params.id)), String(site), 'Smart Borders', 'es'), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
