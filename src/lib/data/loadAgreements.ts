/**
 * Build-time loading of data/agreements.json (reads the disk: only pages, scripts
 * and tests import it). Kept apart from load.ts so each dataset's loader is one file.
 */
import type { Lang } from '../format/format';
import { inLanguage } from './loadTranslations';
import { dataDir, loadSources, readJson } from './load';
import { parseAgreements } from './agreements';

export function loadAgreements(root?: string, lang: Lang = 'en') {
  const sources = loadSources(root, lang);
  const ids = new Set(sources.sources.map((s) => s.id));
  const file = `${dataDir()}/agreements.json`;
  return { ...inLanguage('agreements', parseAgreements(readJson(file, root), ids, file), lang, root), sources: sources.sources };
}
