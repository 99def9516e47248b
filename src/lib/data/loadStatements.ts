/** Build-time loader for data/statements.json (reads the disk: pages, scripts and tests only). */
import { dataDir, loadSources, readJson } from './load';
import { parseStatements } from './statements';

export function loadStatements(root?: string) {
  const sources = loadSources(root);
  const file = `${dataDir()}/statements.json`;
  return { ...parseStatements(readJson(file, root), new Set(sources.sources.map((s) => s.id)), file), sources: sources.sources };
}
