/**
 * The datasets' text in other languages. The English text of a dataset lives in data/<id>.json;
 * its translation into another language lives in data/i18n/<lang>/<id>.json (our translation),
 * keyed by collection, record id and field:
 *
 *   { "terms": { "asylum": { "term": "asilo", "definition": "Protección que…", "match": ["asilo"] } } }
 *
 * A field inside a list in the record is written with its index ("flows.0.basis"). A collection
 * that is one object rather than a list of records (e.g. cbp-one's `geofence`) holds its fields
 * directly: { "geofence": { "radiusNote": "…" } }.
 *
 * TRANSLATABLE says, per dataset, which collections and fields are text a reader sees; numbers,
 * dates, ids, source ids, enum values, quotes (kept in their own words) and proper names that no
 * reader translates are never in it. `parseTranslation` checks a translation against its English
 * dataset and `translateDataset` returns the dataset with the translated text in place. Pure
 * functions: loadTranslations.ts reads the files.
 *
 * Rules (each failure is a DatasetError naming file, record, field, received and expected):
 *   - every translatable field present in the English record has a translation (a non-empty
 *     string, or for a list of phrases such as the glossary's `match`, a non-empty list of them);
 *   - no translation for a record id, collection or field the English dataset does not have;
 *   - the numbers written in the English text appear, unchanged, in the translation: the same
 *     digits, as many times (numbers are compared as written, "1,450" and "16.8"; es-MX writes
 *     them as en-US does), except that an English "N billion" is written in millions ("$4.3
 *     billion" → "US$4,300 millones": Spanish "billón" is a million millions). Numbers spelled
 *     in words are the translator's to keep in words. (The story's drift check, proseNumbers.ts,
 *     compares prose with data values through the formatter; here both sides are text, so the
 *     digits themselves are compared.)
 */
import type { Lang } from '../format/format';
import { DatasetError, isObject, show } from './errors';

/** One collection of records whose text is translated. */
export interface TranslatableCollection {
  /** Dot path of the list (or object) in the dataset, e.g. "terms", "ident.counts", "geofence". */
  path: string;
  /** Singular name for errors, e.g. "term". */
  name: string;
  /** Field patterns inside each record; "[]" walks a list: "flows[].basis", "data[]". */
  fields: readonly string[];
  /** Fields that are lists of phrases translated as a whole list (the glossary's `match`). */
  phraseLists?: readonly string[];
  /** The record's key in the translation file; by default its `id`. */
  key?: (record: Record<string, unknown>) => string;
  /**
   * Fields translated only in the records where the English is our own description, not a
   * published text (`(english) => true` there): such a field must then be translated, and in
   * every other record it may not be. A source's title stays as published, except the dozen we
   * described because the stored copy has none ("Report on … (title not in the stored copy)").
   */
  describedOnly?: Readonly<Record<string, (english: unknown) => boolean>>;
}

/** A source title we wrote, as data/sources.json marks it: "… (title not in the stored copy)" (or headline, or full title). */
export const isDescribedTitle = (title: unknown) => typeof title === 'string' && /\((?:[^()]*; )?(?:full )?(?:title|headline) not in the stored copy\)$/.test(title);

/** The datasets whose text is translated, and where that text is. */
export const TRANSLATABLE = {
  glossary: [{ path: 'terms', name: 'term', fields: ['term', 'definition'], phraseLists: ['match'] }],
  'border-deaths': [{ path: 'records', name: 'record', fields: ['note'] }],
  agreements: [{ path: 'records', name: 'record', fields: ['name', 'dateNote', 'partiesNote', 'statusNote', 'bindingBasis', 'coverage', 'coverageShort', 'purpose'] }],
  'cbp-one': [
    { path: 'events', name: 'event', fields: ['text'] },
    { path: 'figures', name: 'figure', fields: ['label'] },
    { path: 'collects', name: 'item', fields: ['label', 'note'] },
    { path: 'geofence', name: 'geofence', fields: ['radiusNote', 'periods[].regions[]', 'periods[].exceptions[]'] },
    { path: 'ports', name: 'port', fields: ['coordNote'] },
    { path: '', name: 'file', fields: ['missing[]'] },
  ],
  'surveillance-tools': [
    { path: 'links', name: 'link', fields: ['tool', 'data[]', 'figures[].label', 'events[].text', 'note'] },
    { path: '', name: 'file', fields: ['missing[]'] },
  ],
  'biometric-databases': [
    { path: 'ident.counts', name: 'count', fields: ['note'] },
    { path: 'ident.notFound', name: 'claim', fields: ['claim', 'tried[]', 'note'] },
    { path: 'hart.facts', name: 'fact', fields: ['text', 'note', 'short'] },
    { path: 'hart.modalities', name: 'modality', fields: ['name'] },
    { path: 'hart.schedule.milestones', name: 'milestone', fields: ['plannedNote'] },
    { path: 'hart.risks', name: 'risk', fields: ['risk', 'label', 'note'] },
  ],
  'el-salvador-exception': [
    { path: 'trigger', name: 'count', fields: ['period'] },
    { path: 'extensions', name: 'extension', fields: ['note'], key: (r: Record<string, unknown>) => String(r.number) },
    { path: 'detentions', name: 'detention', fields: ['alternatives[].reportedBy'] },
    { path: 'releases', name: 'release', fields: ['reportedBy'] },
    { path: 'abuses', name: 'abuse', fields: ['reportedBy'] },
  ],
  statements: [{ path: 'statements', name: 'statement', fields: ['speaker', 'claim'] }],
  // A source's ids, date, url, kind and language are never translated, nor its title as published
  // (only a title we described, isDescribedTitle); its publisher is a name written as the
  // publisher writes it, but a few carry our description ("(news aggregator)").
  sources: [{ path: 'sources', name: 'source', fields: ['publisher', 'urlNote', 'note'], describedOnly: { title: isDescribedTitle } }],
} as const satisfies Record<string, readonly TranslatableCollection[]>;

export type TranslatedDataset = keyof typeof TRANSLATABLE;
export const TRANSLATED_DATASETS = Object.keys(TRANSLATABLE) as TranslatedDataset[];

/** A translation file: collection → record key → field path → text. */
export type Translation = Record<string, Record<string, unknown>>;

/** A collection's key in the translation file: its path, or its name for the file's own fields (path ""). */
export const collectionKey = (c: Pick<TranslatableCollection, 'path' | 'name'>) => c.path || c.name;

/** The path of a dataset's translation, relative to the data folder. */
export const translationFile = (dataset: string, lang: Lang, dir = 'data') => `${dir}/i18n/${lang}/${dataset}.json`;

const at = (root: unknown, path: string): unknown => (path ? path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), root) : root);

/** Every concrete path a field pattern reaches in a record, with the English text there ("flows.0.basis"). */
export function expandField(record: unknown, pattern: string): { path: string; value: unknown }[] {
  const parts = pattern.split('.');
  const out: { path: string; value: unknown }[] = [];
  const walk = (node: unknown, i: number, prefix: string[]) => {
    if (i === parts.length) {
      if (node !== undefined && node !== null) out.push({ path: prefix.join('.'), value: node });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const part = parts[i]!;
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const next = (node as Record<string, unknown>)[key];
    if (!list) return walk(next, i + 1, [...prefix, key]);
    if (Array.isArray(next)) next.forEach((item, j) => walk(item, i + 1, [...prefix, key, String(j)]));
  };
  walk(record, 0, []);
  return out;
}

/** The numbers written in a text, as written (thousands separators kept), in order. */
export function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/**
 * English billions as Spanish writes them, in millions: "$4.3 billion" → "$4,300 million"
 * (Spanish "billón" is a million millions, so the translation says "US$4,300 millones").
 */
export function billionsAsMillions(text: string): string {
  return text.replace(/\b(\d+(?:\.\d+)?) billion\b/g, (_, n: string) => `${String(Math.round(Number(n) * 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} million`);
}

/** The numbers an English text should keep in translation: as written, with billions in millions. */
export const englishNumbers = (english: string) => numbersIn(billionsAsMillions(english));

/** The numbers of `english` that `translated` lacks, and those it adds (as many times as written). */
export function numberDifference(english: string, translated: string): { missing: string[]; extra: string[] } {
  const extra = numbersIn(translated);
  const missing: string[] = [];
  for (const n of englishNumbers(english)) {
    const i = extra.indexOf(n);
    if (i >= 0) extra.splice(i, 1);
    else missing.push(n);
  }
  return { missing, extra };
}

const quote = (s: string) => (s.length > 60 ? `“${s.slice(0, 57)}…”` : `“${s}”`);

interface Entry {
  collection: TranslatableCollection;
  key: string;
  record: Record<string, unknown>;
  /** field path → English value */
  fields: Map<string, unknown>;
}

function entries(dataset: unknown, collections: readonly TranslatableCollection[]): Map<string, Map<string, Entry>> {
  const byCollection = new Map<string, Map<string, Entry>>();
  for (const c of collections) {
    const node = at(dataset, c.path);
    const records: Record<string, unknown>[] = Array.isArray(node) ? node : node && typeof node === 'object' ? [node as Record<string, unknown>] : [];
    const keyed = new Map<string, Entry>();
    for (const record of records) {
      const key = Array.isArray(node) ? (c.key ? c.key(record) : String(record.id)) : '';
      const fields = new Map<string, unknown>();
      for (const pattern of [...c.fields, ...(c.phraseLists ?? [])]) for (const { path, value } of expandField(record, pattern)) fields.set(path, value);
      for (const [pattern, described] of Object.entries(c.describedOnly ?? {})) for (const { path, value } of expandField(record, pattern)) if (described(value)) fields.set(path, value);
      keyed.set(key, { collection: c, key, record, fields });
    }
    byCollection.set(collectionKey(c), keyed);
  }
  return byCollection;
}

/**
 * Checks a translation against its English dataset (see the rules at the top) and returns it
 * typed. `englishFile` names the English dataset in messages.
 */
export function parseTranslation(file: string, data: unknown, english: unknown, collections: readonly TranslatableCollection[], englishFile: string): Translation {
  if (!isObject(data)) throw new DatasetError(file, 'the file', '(the whole file)', show(data), 'an object of collections');
  const known = entries(english, collections);
  for (const name of Object.keys(data)) {
    if (!known.has(name)) throw new DatasetError(file, 'the file', name, 'a collection that is not translated', `one of ${[...known.keys()].map((k) => `"${k}"`).join(', ')} (the translatable collections of ${englishFile})`);
  }
  for (const [name, keyed] of known) {
    const c = collections.find((x) => collectionKey(x) === name)!;
    const list = Array.isArray(at(english, c.path));
    const given = data[name];
    if (given === undefined) throw new DatasetError(file, 'the file', name, show(given), `the translations of the ${c.name} records of ${englishFile}`);
    if (!isObject(given)) throw new DatasetError(file, 'the file', name, show(given), list ? `an object of ${c.name} ids` : 'an object of fields');
    const byKey: Record<string, unknown> = list ? given : { '': given };
    for (const key of Object.keys(byKey)) {
      if (!keyed.has(key)) throw new DatasetError(file, `${c.name} "${key}"`, '(the whole record)', `a translation of ${/^[aeiou]/i.test(c.name) ? 'an' : 'a'} ${c.name} that ${englishFile} does not have`, `one of the ${c.name} ids in ${englishFile}`);
    }
    for (const [key, entry] of keyed) {
      const record = list ? `${c.name} "${key}"` : c.name;
      // A record with nothing to translate (e.g. a count without alternatives) may be left out.
      if (entry.fields.size === 0 && byKey[key] === undefined) continue;
      const fields = byKey[key];
      if (!isObject(fields)) throw new DatasetError(file, record, '(the whole record)', show(fields), `an object with the translation of each of its fields (${[...entry.fields.keys()].join(', ')})`);
      for (const field of Object.keys(fields)) {
        if (!entry.fields.has(field)) throw new DatasetError(file, record, field, show(fields[field]), `only translatable fields this ${c.name} has in ${englishFile} (${[...entry.fields.keys()].join(', ') || 'none'})`);
      }
      for (const [field, en] of entry.fields) {
        const es = fields[field];
        if (Array.isArray(en)) {
          if (!Array.isArray(es) || es.length === 0 || es.some((p) => typeof p !== 'string' || !p.trim())) throw new DatasetError(file, record, field, show(es), `a non-empty list of phrases translating ${show(en)}`);
          continue;
        }
        if (typeof es !== 'string' || !es.trim()) throw new DatasetError(file, record, field, show(es), `the translation of the English ${quote(String(en))}`);
        const { missing, extra } = numberDifference(String(en), es);
        if (missing.length || extra.length) {
          throw new DatasetError(file, record, field, show(es), `the numbers of the English text unchanged (${numbersIn(String(en)).join(', ') || 'none'})${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; not in the English ${extra.join(', ')}` : ''}`);
        }
      }
    }
  }
  return data as Translation;
}

/** The dataset with each translatable field replaced by its translation (a copy; the input is untouched). */
export function applyTranslation<T>(english: T, translation: Translation, collections: readonly TranslatableCollection[]): T {
  const copy = structuredClone(english) as unknown;
  for (const [name, keyed] of entries(copy, collections)) {
    const c = collections.find((x) => collectionKey(x) === name)!;
    const list = Array.isArray(at(copy, c.path));
    const given = translation[name]!;
    for (const [key, entry] of keyed) {
      const fields = ((list ? given[key] : given) ?? {}) as Record<string, unknown>;
      for (const field of entry.fields.keys()) {
        const parts = field.split('.');
        const parent = at(entry.record, parts.slice(0, -1).join('.')) as Record<string, unknown>;
        parent[parts.at(-1)!] = structuredClone(fields[field]);
      }
    }
  }
  return copy as T;
}

/** Validates a translation and applies it: the dataset in that language. */
export function translateDataset<T>(dataset: TranslatedDataset, english: T, lang: Lang, translation: unknown, dir = 'data'): T {
  if (lang === 'en') return english;
  const collections = TRANSLATABLE[dataset] as readonly TranslatableCollection[];
  const parsed = parseTranslation(translationFile(dataset, lang, dir), translation, english, collections, `${dir}/${dataset}.json`);
  return applyTranslation(english, parsed, collections);
}
