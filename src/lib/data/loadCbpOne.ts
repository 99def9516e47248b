/** Build-time loader for data/cbp-one.json (reads the disk: pages, scripts and tests only). */
import type { Lang } from '../format/format';
import { inLanguage } from './loadTranslations';
import { dataDir, loadSources, readJson } from './load';
import { parseCbpOne } from './cbpOne';

export function loadCbpOne(root?: string, lang: Lang = 'en') {
  const sources = loadSources(root, lang);
  const file = `${dataDir()}/cbp-one.json`;
  return { ...inLanguage('cbp-one', parseCbpOne(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file), lang, root), sources: sources.sources };
}
