import { StatementsFile } from './statementsSchema';
import { assertSources, assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';

export const STATEMENTS_FILE = 'data/statements.json';

/**
 * Validates the statements file: schema, unique ids, source ids that resolve, and the
 * "official case" box holding only officials' and companies' statements (critics and
 * auditors speak elsewhere in the story, attributed).
 */
export function parseStatements(data: unknown, sourceIds: ReadonlySet<string>, file = STATEMENTS_FILE): StatementsFile {
  const parsed = parseWith(file, data, StatementsFile);
  assertUnique(file, parsed.statements, (s) => s.id, 'id', 'statement');
  parsed.statements.forEach((s, i) => {
    if (s.officialCase && s.side !== 'official' && s.side !== 'company') {
      throw new DatasetError(file, describeRecord(i, s, 'statement'), 'officialCase', show(true), `false, since the speaker's side is "${s.side}" (the box holds officials and companies)`);
    }
  });
  assertSources(file, parsed.statements, (s) => [{ field: 'source', id: s.source }], sourceIds, 'statement');
  return parsed;
}
