/** Build-time loader for data/surveillance-tools.json (reads the disk: pages, scripts and tests only). */
import type { Lang } from '../format/format';
import { inLanguage } from './loadTranslations';
import { dataDir, loadSources, readJson } from './load';
import { parseTools } from './surveillanceTools';

export function loadSurveillanceTools(root?: string, lang: Lang = 'en') {
  const sources = loadSources(root, lang);
  const file = `${dataDir()}/surveillance-tools.json`;
  return { ...inLanguage('surveillance-tools', parseTools(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file), lang, root), sources: sources.sources };
}
