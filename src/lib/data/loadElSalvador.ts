/** Build-time loading of data/el-salvador-exception.json (reads the disk: pages, scripts and tests only). */
import { dataDir, loadSources, readJson } from './load';
import { parseElSalvador } from './elSalvador';

export function loadElSalvador(root?: string) {
  const { sources } = loadSources(root);
  const file = `${dataDir()}/el-salvador-exception.json`;
  return { ...parseElSalvador(readJson(file, root), new Set(sources.map((s) => s.id)), file), sources };
}
