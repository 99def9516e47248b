import { SourcesFile } from './sourceSchema';
import { assertUnique, parseWith } from './validate';

export const SOURCES_FILE = 'data/sources.json';

/** Validates the source registry that every record in data/ cites. */
export function parseSources(data: unknown, file = SOURCES_FILE): SourcesFile {
  const parsed = parseWith(file, data, SourcesFile);
  assertUnique(file, parsed.sources, (s) => s.id, 'id', 'source');
  return parsed;
}
