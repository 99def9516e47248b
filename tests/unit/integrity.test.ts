import { describe, expect, it } from 'vitest';
import {
  checkCitations,
  checkCounts,
  checkDates,
  checkDuplicateIds,
  formatProblem,
  isPartialDate,
  parseReadmeTable,
  parseSize,
  unusedSources,
} from '../../src/lib/data/integrity';

const messages = (ps: ReturnType<typeof checkDates>) => ps.map(formatProblem);

describe('isPartialDate', () => {
  it.each([
    ['2019', true],
    ['2019-09', true],
    ['2019-09-27', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2019-13', false],
    ['2019-9-27', false],
    ['27/09/2019', false],
    ['2019-09-27T10:00:00Z', false],
  ])('judges %s as %s', (text, ok) => expect(isPartialDate(text)).toBe(ok));
});

describe('checkDates', () => {
  it('finds bad dates under date, date*, *Date and dates keys at any depth, naming record, field, received and expected', () => {
    const json = {
      records: [
        { id: 'a', date: '2019-02-30', dateSigned: '2019', events: [{ launchDate: 'March 2020' }] },
        { id: 'b', dates: ['2020-01', 2021], updated: 'not a date key' },
      ],
    };
    expect(messages(checkDates('data/x.json', json))).toEqual([
      'data/x.json: records[0] (id "a"), field "date": received "2019-02-30"; expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar (or null when unknown).',
      'data/x.json: records[0] (id "a").events[0], field "launchDate": received "March 2020"; expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar (or null when unknown).',
      'data/x.json: records[1] (id "b"), field "dates": received 2021; expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar (or null when unknown).',
    ]);
  });

  it('does not judge keys that describe a date rather than hold one', () => {
    expect(checkDates('f', { dateSigned: '2019-09', datePrecision: 'month', dateNote: 'approximate', dateSource: 'gao-1' })).toEqual([]);
  });

  it('accepts null (explicitly unknown) and walks into an object held by a date key', () => {
    expect(checkDates('f', { date: null, dateSigned: { date: '2019-09', precision: 'month' } })).toEqual([]);
  });
});

describe('checkCounts', () => {
  it('rejects negative value, count, count* and *Count numbers and ignores other keys', () => {
    const json = { rows: [{ id: 'r1', value: -1, count: 0, detainedCount: -5, countTotal: 3, delta: -7 }] };
    expect(messages(checkCounts('data/y.json', json))).toEqual([
      'data/y.json: rows[0] (id "r1"), field "value": received -1; expected a count >= 0.',
      'data/y.json: rows[0] (id "r1"), field "detainedCount": received -5; expected a count >= 0.',
    ]);
  });
});

describe('checkDuplicateIds', () => {
  it('finds a repeated id in any array of records, pointing at the first use', () => {
    const json = { series: [{ id: 's' }], records: [{ id: 'a' }, { id: 'b' }, { id: 'a' }], nested: { list: [{ id: 1 }, { id: 1 }] } };
    expect(messages(checkDuplicateIds('data/z.json', json))).toEqual([
      'data/z.json: records[2] (id "a"), field "id": received "a"; expected an id not already used by records[0] (id "a").',
      'data/z.json: nested.list[1] (id "1"), field "id": received 1; expected an id not already used by nested.list[0] (id "1").',
    ]);
  });
});

describe('checkCitations and unusedSources', () => {
  const json = { records: [{ id: 'a', source: 'gao-1', alternatives: [{ source: 'nope' }] }, { id: 'b', sources: ['gao-1', 'cbs-2'], corroboratingSources: ['ghost'] }] };
  it('reports every citation that does not resolve, including arrays and *Sources keys', () => {
    expect(messages(checkCitations('data/c.json', json, new Set(['gao-1', 'cbs-2'])))).toEqual([
      'data/c.json: records[0] (id "a").alternatives[0], field "source": received "nope"; expected the id of a source in data/sources.json.',
      'data/c.json: records[1] (id "b"), field "corroboratingSources": received "ghost"; expected the id of a source in data/sources.json.',
    ]);
  });
  it('names the registry ids nothing cites', () => {
    expect(unusedSources(['gao-1', 'cbs-2', 'idle-3'], ['gao-1', 'cbs-2'])).toEqual(['idle-3']);
  });
});

describe('data/README.md table', () => {
  const md = `# data\n\ntext\n\n| file | what it holds | size budget |\n|---|---|---|\n| \`a.json\` | things | 40 KB |\n| \`data/b.json\` | more | 1.5 MB |\n| \`c.json\` | odd | lots |\n\n## after\n| not | a table |`;
  it('reads file names and budgets from the table with a size budget column', () => {
    expect(parseReadmeTable(md)).toEqual([
      { file: 'a.json', budget: '40 KB', budgetBytes: 40960 },
      { file: 'b.json', budget: '1.5 MB', budgetBytes: 1572864 },
      { file: 'c.json', budget: 'lots', budgetBytes: Number.NaN },
    ]);
  });
  it.each([
    ['900 B', 900],
    ['16 KB', 16384],
    ['2 mb', 2097152],
    ['≤ 300 KB', 307200],
    ['at most 1 MiB', 1048576],
  ])('parses the size %s as %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));
});
