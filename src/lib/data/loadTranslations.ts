/**
 * Build-time reading of the datasets' translations (data/i18n/<lang>/<id>.json, our translation;
 * see translations.ts for the format and the rules). Only pages, scripts and tests import it.
 */
import type { Lang } from '../format/format';
import { dataDir, readJson } from './load';
import { translateDataset, translationFile, type TranslatedDataset } from './translations';

/**
 * The records of a dataset in `lang`: English is returned as it is; any other language reads and
 * validates data/i18n/<lang>/<dataset>.json against the English records and puts its text in place.
 * A missing or malformed translation fails the build, naming file, record and field.
 */
export function inLanguage<T>(dataset: TranslatedDataset, english: T, lang: Lang, root?: string): T {
  if (lang === 'en') return english;
  return translateDataset(dataset, english, lang, readJson(translationFile(dataset, lang, dataDir()), root), dataDir());
}
