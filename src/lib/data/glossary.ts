import { GlossaryFile } from './glossarySchema';
import { assertSources, assertUnique, parseWith } from './validate';

export const GLOSSARY_FILE = 'data/glossary.json';

/** Validates the glossary: schema, unique ids and terms, and source ids that resolve. */
export function parseGlossary(data: unknown, sourceIds: ReadonlySet<string>, file = GLOSSARY_FILE): GlossaryFile {
  const parsed = parseWith(file, data, GlossaryFile);
  assertUnique(file, parsed.terms, (t) => t.id, 'id', 'term');
  assertUnique(file, parsed.terms, (t) => t.term.toLowerCase(), 'term', 'term');
  assertSources(file, parsed.terms, (t) => [{ field: 'source', id: t.source }], sourceIds, 'term');
  return parsed;
}
