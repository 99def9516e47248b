import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/lib/data/errors';
import { parseStatements } from '../../src/lib/data/statements';

const SOURCE_IDS = new Set(['src-a', 'src-b']);
const statement = (over: Record<string, unknown> = {}) => ({
  id: 'dhs-app',
  side: 'official',
  speaker: 'U.S. Department of Homeland Security',
  topic: 'cbp-one',
  date: '2023-08-03',
  claim: 'DHS says the app makes processing safer.',
  quote: 'safer, humane, and more orderly',
  quoteLang: 'en',
  officialCase: true,
  source: 'src-a',
  confidence: 'A',
  ...over,
});
const file = (...statements: unknown[]) => ({ statements });
const F = 'data/statements.json';

describe('parseStatements', () => {
  it('accepts a valid file and keeps every statement, critics included', () => {
    const parsed = parseStatements(file(statement(), statement({ id: 'critic', side: 'critic', officialCase: false, source: 'src-b' })), SOURCE_IDS);
    expect(parsed.statements.map((s) => [s.id, s.side, s.officialCase])).toEqual([
      ['dhs-app', 'official', true],
      ['critic', 'critic', false],
    ]);
  });

  it.each([
    ['a duplicate id', file(statement(), statement()), `${F}: statement 1 (id "dhs-app"), field "id": received "dhs-app"; expected a value not already used by statement 0.`],
    ['a critic in the official-case box', file(statement({ side: 'critic' })), `${F}: statement 0 (id "dhs-app"), field "officialCase": received true; expected false, since the speaker's side is "critic" (the box holds officials and companies).`],
    ['an auditor in the official-case box', file(statement({ side: 'auditor' })), `${F}: statement 0 (id "dhs-app"), field "officialCase": received true; expected false, since the speaker's side is "auditor" (the box holds officials and companies).`],
    ['an unknown source', file(statement({ source: 'nope' })), `${F}: statement 0 (id "dhs-app"), field "source": received "nope"; expected the id of a source in data/sources.json.`],
  ])('rejects %s with file, record, field, received and expected', (_name, data, message) => {
    let error: unknown;
    try {
      parseStatements(data, SOURCE_IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });

  it.each([
    ['a quote over 30 words', { quote: Array.from({ length: 31 }, () => 'word').join(' ') }, 'quote'],
    ['an unknown side', { side: 'pundit' }, 'side'],
    ['an unknown topic', { topic: 'lede' }, 'topic'],
    ['an impossible month', { date: '2023-13' }, 'date'],
    ['a missing quote language', { quoteLang: undefined }, 'quoteLang'],
    ['an undeclared field', { stance: 'for' }, ''],
  ])('rejects %s, naming the field', (_name, over, field) => {
    expect(() => parseStatements(file(statement(over)), SOURCE_IDS)).toThrow(field ? `field "${field}"` : 'statement 0');
  });
});
