import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv, publishedDatasets } from '../../lib/data/downloads';
import { datasetById } from '../../lib/data/catalogEntries';

/** /data/<id>.csv: the flat rows, header = the catalog's columns. */
export const getStaticPaths = (() => publishedDatasets().map((d) => ({ params: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(datasetCsv(datasetById(String(params.id))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
