/**
 * A dataset's metadata (/data/<id>.meta.json) in another language: /es/data/<id>.meta.json has
 * the Spanish title, description, column descriptions and units of ./es.ts, the same column names
 * and types, the same sources, version and build date, the same data downloads (/data/<id>.json
 * and .csv), and a citation in Spanish. A missing or stray translation, or one that changes a
 * number of the English text, fails the build naming the file, the dataset and the field.
 */
import type { Lang } from '../../format/format';
import type { Column, Dataset, DatasetMeta } from '../catalog';
import { DatasetError, show } from '../errors';
import { englishNumbers, numberDifference } from '../translations';
import { CATALOG_ES, SHARED_ES, TEXT_NOTE_ES, UNITS_ES, type MetaText } from './es';

export const META_ES_FILE = 'src/lib/data/catalog/es.ts';

/** Where a language's metadata file is published: /data/<id>.meta.json, /es/data/<id>.meta.json. */
export const metaPath = (id: string, lang: Lang) => `${lang === 'en' ? '' : `/${lang}`}/data/${id}.meta.json`;

function checkNumbers(file: string, record: string, field: string, english: string, spanish: string): void {
  const { missing, extra } = numberDifference(english, spanish);
  if (missing.length || extra.length) {
    throw new DatasetError(file, record, field, show(spanish), `the numbers of the English text unchanged (${englishNumbers(english).join(', ') || 'none'})${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; not in the English ${extra.join(', ')}` : ''}`);
  }
}

/** The Spanish columns of an entry: every column described, no column that the entry lacks. */
export function spanishColumns(entry: Pick<Dataset, 'id' | 'columns'>, es: MetaText, file = META_ES_FILE): Column[] {
  const record = `dataset "${entry.id}"`;
  const names = new Set(entry.columns.map((c) => c.name));
  for (const name of Object.keys(es.columns)) {
    if (!names.has(name)) throw new DatasetError(file, record, `columns.${name}`, show(es.columns[name]), `only columns the catalog entry has (${[...names].join(', ')})`);
  }
  return entry.columns.map((c) => {
    const own = es.columns[c.name];
    const description = own?.description ?? SHARED_ES[c.description];
    if (!description?.trim()) throw new DatasetError(file, record, `columns.${c.name}.description`, show(own?.description), `the Spanish of “${c.description}”`);
    checkNumbers(file, record, `columns.${c.name}.description`, c.description, description);
    if (own?.unit !== undefined && c.unit === undefined) throw new DatasetError(file, record, `columns.${c.name}.unit`, show(own.unit), 'no unit (the English column has none)');
    if (c.unit === undefined) return { ...c, description };
    const unit = own?.unit ?? UNITS_ES[c.unit];
    if (!unit?.trim()) throw new DatasetError(file, record, `columns.${c.name}.unit`, show(own?.unit), `the Spanish of the unit “${c.unit}”`);
    checkNumbers(file, record, `columns.${c.name}.unit`, c.unit, unit);
    return { ...c, description, unit };
  });
}

/** How to cite a dataset, in Spanish (the English form is `citation` in ../catalog.ts). */
export function citationEs(args: { title: string; version: string; buildDate: string; url: string; licenceId: string; siteTitle: string }): string {
  return `${args.siteTitle} (${args.buildDate.slice(0, 4)}). ${args.title} [conjunto de datos], versión ${args.version}, ${args.buildDate}. ${args.url}. Licencia: ${args.licenceId}. Cite también las fuentes originales que se enumeran en los metadatos.`;
}

/** The English metadata of an entry in `lang` (English is returned as it is). */
export function metaInLanguage(
  meta: DatasetMeta,
  entry: Pick<Dataset, 'id' | 'columns'>,
  lang: Lang,
  site: { siteUrl: string; siteTitle: string },
  table: Record<string, MetaText> = CATALOG_ES,
  file = META_ES_FILE,
): DatasetMeta {
  if (lang === 'en') return meta;
  const es = table[entry.id];
  if (!es) throw new DatasetError(file, `dataset "${entry.id}"`, '(the whole entry)', show(es), 'its Spanish title, description and columns');
  for (const field of ['title', 'description'] as const) {
    if (!es[field]?.trim()) throw new DatasetError(file, `dataset "${entry.id}"`, field, show(es[field]), `the Spanish of “${meta[field]}”`);
    checkNumbers(file, `dataset "${entry.id}"`, field, meta[field], es[field]);
  }
  return {
    ...meta,
    title: es.title,
    description: `${es.description} ${TEXT_NOTE_ES}`,
    columns: spanishColumns(entry, es, file),
    downloads: meta.downloads ? { ...meta.downloads, meta: metaPath(entry.id, lang) } : null,
    citation: citationEs({ title: es.title, version: meta.version, buildDate: meta.buildDate, url: new URL(`/data/${entry.id}.json`, site.siteUrl).href, licenceId: meta.licence.id, siteTitle: site.siteTitle }),
  };
}
