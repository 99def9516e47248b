/** Build-time loader for data/glossary.json (reads the disk: pages, scripts and tests only). */
import { dataDir, loadSources, readJson } from './load';
import { parseGlossary } from './glossary';

export function loadGlossary(root?: string) {
  const sources = loadSources(root);
  const file = `${dataDir()}/glossary.json`;
  return { ...parseGlossary(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file), sources: sources.sources };
}
