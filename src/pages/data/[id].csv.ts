import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv, publishedDatasets } from '../../lib/data/downloads';
import { CSV_BOM } from '../../lib/data/tidy';
import { datasetById } from '../../lib/data/catalogEntries';

/** /data/<id>.csv: the flat rows, header = the catalog's columns, after a UTF-8 byte-order mark (so Excel reads the text right). */
export const getStaticPaths = (() => publishedDatasets().map((d) => ({ params: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(CSV_BOM + datasetCsv(datasetById(String(params.id))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
