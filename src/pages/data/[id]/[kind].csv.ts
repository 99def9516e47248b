import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDatasets } from '../../../lib/data/downloads';
import { tidyCsvFile, tidyTables } from '../../../lib/data/tidy';

/** /data/<id>/<kind>.csv: one tidy CSV per kind of record in a dataset that mixes kinds. */
export const getStaticPaths = (() =>
  publishedDatasets().flatMap((d) => tidyTables(d).map((table) => ({ params: { id: d.id, kind: table.kind }, props: { table } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(tidyCsvFile(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
