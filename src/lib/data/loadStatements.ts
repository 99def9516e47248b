/** Build-time loader for data/statements.json (reads the disk: pages, scripts and tests only). */
import type { Lang } from '../format/format';
import { inLanguage } from './loadTranslations';
import { dataDir, loadSources, readJson } from './load';
import { parseStatements } from './statements';

export function loadStatements(root?: string, lang: Lang = 'en') {
  const sources = loadSources(root, lang);
  const file = `${dataDir()}/statements.json`;
  return { ...inLanguage('statements', parseStatements(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file), lang, root), sources: sources.sources };
}
