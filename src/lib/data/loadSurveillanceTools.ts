/** Build-time loader for data/surveillance-tools.json (reads the disk: pages, scripts and tests only). */
import { dataDir, loadSources, readJson } from './load';
import { parseTools } from './surveillanceTools';

export function loadSurveillanceTools(root?: string) {
  const sources = loadSources(root);
  const file = `${dataDir()}/surveillance-tools.json`;
  return { ...parseTools(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file), sources: sources.sources };
}
