/** Build-time loader for data/cbp-one.json (reads the disk: pages, scripts and tests only). */
import { dataDir, loadSources, readJson } from './load';
import { parseCbpOne } from './cbpOne';

export function loadCbpOne(root?: string) {
  const sources = loadSources(root);
  const file = `${dataDir()}/cbp-one.json`;
  return { ...parseCbpOne(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file), sources: sources.sources };
}
