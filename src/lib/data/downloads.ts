/**
 * The three downloads of a catalog entry, as strings: what the static endpoints
 * under src/pages/data/ write to dist/data/. Build time only (reads data/).
 */
import { statSync } from 'node:fs';
import { buildMeta, toCsv, type Dataset, type DatasetMeta } from './catalog';
import { CATALOG } from './catalogEntries';
import { buildDate, fileVersion } from './buildInfo';
import { dataDir, loadSources } from './load';
import { metaInLanguage } from './catalog/metaLang';
import type { Lang } from '../format/format';

/** Entries whose downloads are published (withheld ones have none). */
export function publishedDatasets(): Dataset[] {
  return CATALOG.filter((d) => !d.withheld);
}

/**
 * The metadata of one entry (title, description, columns, sources, licence, version, build date);
 * in Spanish (`lang` "es", /es/data/<id>.meta.json) with the texts of catalog/es.ts.
 */
export function datasetMeta(entry: Dataset, siteUrl: string, siteTitle = 'Smart Borders', lang: Lang = 'en'): DatasetMeta {
  const built = entry.build();
  const meta = buildMeta(entry, built, loadSources().sources, {
    version: fileVersion(`${dataDir()}/${entry.file}`),
    buildDate: buildDate(),
    siteUrl,
    siteTitle,
  });
  return metaInLanguage(meta, entry, lang, { siteUrl, siteTitle });
}

/** The validated dataset as JSON: pretty-printed unless the entry asks for a compact layout. */
export function datasetJson(entry: Dataset): string {
  return `${JSON.stringify(entry.build().data, null, entry.jsonLayout === 'compact' ? undefined : 2)}\n`;
}

/** The flat rows as CSV with the catalog's header row. */
export function datasetCsv(entry: Dataset): string {
  return toCsv(entry.columns, entry.build().rows);
}

/** Size of the committed file in bytes. */
export function fileBytes(entry: Dataset): number {
  return statSync(`${dataDir()}/${entry.file}`).size;
}
