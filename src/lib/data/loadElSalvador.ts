/** Build-time loading of data/el-salvador-exception.json (reads the disk: pages, scripts and tests only). */
import type { Lang } from '../format/format';
import { inLanguage } from './loadTranslations';
import { dataDir, loadSources, readJson } from './load';
import { parseElSalvador } from './elSalvador';

export function loadElSalvador(root?: string, lang: Lang = 'en') {
  const { sources } = loadSources(root, lang);
  const file = `${dataDir()}/el-salvador-exception.json`;
  return { ...inLanguage('el-salvador-exception', parseElSalvador(readJson(file, root), new Set(sources.map((s) => s.id)), file), lang, root), sources };
}
