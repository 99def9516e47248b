/**
 * Build-time loading of data/agreements.json (reads the disk: only pages, scripts
 * and tests import it). Kept apart from load.ts so each dataset's loader is one file.
 */
import { dataDir, loadSources, readJson } from './load';
import { parseAgreements } from './agreements';

export function loadAgreements(root?: string) {
  const sources = loadSources(root);
  const ids = new Set(sources.sources.map((s) => s.id));
  const file = `${dataDir()}/agreements.json`;
  return { ...parseAgreements(readJson(file, root), ids, file), sources: sources.sources };
}
