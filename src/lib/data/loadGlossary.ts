/** Build-time loader for data/glossary.json (reads the disk: pages, scripts and tests only). */
import type { Lang } from '../format/format';
import { dataDir, loadSources, readJson } from './load';
import { parseGlossary } from './glossary';
import { inLanguage } from './loadTranslations';

/** The glossary; in Spanish (`lang` "es") its terms, definitions and matched phrases come from data/i18n/es/glossary.json. */
export function loadGlossary(root?: string, lang: Lang = 'en') {
  const sources = loadSources(root, lang);
  const file = `${dataDir()}/glossary.json`;
  const parsed = parseGlossary(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file);
  return { ...inLanguage('glossary', parsed, lang, root), sources: sources.sources };
}
