/**
 * Every dataset published under /data/ — build time only (loads from disk).
 *
 * HOW TO ADD A DATASET (one entry, nothing else to wire):
 *  1. The dataset already has its schema, parser and `load<Name>()` in load.ts,
 *     and a row in data/README.md's table (file, what, built from, licence, size budget).
 *  2. Create `src/lib/data/catalog/<id>.ts` exporting `defineDataset({...})` (the shared columns
 *     and helpers are in `catalog/shared.ts`) and add it to CATALOG below, with:
 *     - `id`: the URL slug (kebab-case, usually the file name without .json) — never rename once published;
 *     - `file`: the file name inside data/; `title`, `description` (one or two sentences);
 *     - `licence: CC_BY_4`, or, when a source forbids redistribution, also `withheld: { reason }`
 *       (then no JSON/CSV/metadata is published and the data page says why);
 *     - `columns`: the flat CSV columns in order, each with `type`, `unit` (for numbers) and `description`;
 *     - `load: () => load<Name>()` — the validating loader, never `JSON.parse` here; if the loader
 *       appends the source registry (as loadDeaths does), strip it so the download holds only the dataset;
 *     - `rows: (d) => [...]` — one flat object per CSV row, keys exactly the column names
 *       (nested arrays become extra rows or `;`-joined cells; the build fails on an undeclared key);
 *     - optional `recordCount(d)` when records ≠ rows, and `sourceIds(d)` when the default
 *       (every `source`/`sources` value anywhere in the dataset) is not right.
 *  3. A file that is not a dataset of figures (map geometry) goes in NOT_PUBLISHED in
 *     tests/data/catalog.data.test.ts instead, with the reason.
 *  4. Nothing else: the endpoints (/data/<id>.json, .csv, .meta.json), the data page, the
 *     integrity tests and the e2e test all iterate CATALOG.
 */
import type { Dataset } from './catalog';
import { borderDeaths } from './catalog/border-deaths';
import { agreements } from './catalog/agreements';
import { biometricDatabases } from './catalog/biometric-databases';
import { cbpOne } from './catalog/cbp-one';
import { elSalvadorException } from './catalog/el-salvador-exception';
import { routeDeaths } from './catalog/route-deaths';
import { routeIncidents } from './catalog/route-incidents';
import { surveillanceTools } from './catalog/surveillance-tools';
import { sourcesDataset } from './catalog/sources';
import { statements } from './catalog/statements';
import { glossary } from './catalog/glossary';

/** Every published dataset, in the order the data page lists them. */
export const CATALOG: readonly Dataset[] = [
  borderDeaths,
  routeDeaths,
  routeIncidents,
  biometricDatabases,
  surveillanceTools,
  cbpOne,
  agreements,
  elSalvadorException,
  statements,
  glossary,
  sourcesDataset,
];

/** The entry with this id (for the endpoints). */
export function datasetById(id: string): Dataset {
  const entry = CATALOG.find((d) => d.id === id);
  if (!entry) throw new Error(`data catalog: received "${id}"; expected one of ${CATALOG.map((d) => d.id).join(', ')}.`);
  return entry;
}
