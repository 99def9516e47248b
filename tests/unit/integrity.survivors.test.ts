/**
 * Edges of the generic integrity rules (src/lib/data/integrity.ts) that the main
 * tests/unit/integrity.test.ts leaves open:
 *  - a problem at the top level of a file is located as "the top level"; a top-level array of records is checked for duplicate ids;
 *  - describePath survives a null inside an array (proseNumbers asks where every array item is, nulls included);
 *  - date keys are `date…` at the start or `…Date(s)` at the end only; count keys are `count`, `count…` at the start and `…Count` at the end only; a non-number under a count key is not a count problem;
 *  - duplicate ids: nulls and non-objects in an array are skipped, a null id is no id, the message names the field and the first use;
 *  - every item of a citation array is read, so a non-string among ids is reported; an array of objects is a collection, not citations;
 *  - parseSize reads a whole budget (anchored both ends), "<" and "max" prefixes, decimals with several digits, no space before the unit;
 *  - parseReadmeTable finds the header line only among table lines with both a file and a size budget column, anywhere (first line
 *    included), returns [] without one, tolerates indentation and missing trailing pipes, stops at the first non-table line, strips
 *    backticks and a leading data/ only, and reads missing cells as "".
 */
import { describe, expect, it } from 'vitest';
import {
  checkCitations,
  checkCounts,
  checkDates,
  checkDuplicateIds,
  citations,
  describePath,
  formatProblem,
  isPartialDate,
  parseReadmeTable,
  parseSize,
} from '../../src/lib/data/integrity';

const messages = (ps: ReturnType<typeof checkDates>) => ps.map(formatProblem);

describe('locating a problem', () => {
  it('calls a property of the root object "the top level"', () => {
    expect(messages(checkDates('data/t.json', { date: 'soon' }))).toEqual([
      'data/t.json: the top level, field "date": received "soon"; expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar (or null when unknown).',
    ]);
  });
  it('describes a null item of an array by its index alone', () => {
    expect(describePath({ values: [7, null] }, ['values', 1, '_'])).toBe('values[1]');
  });
});

describe('isPartialDate calendar edges', () => {
  it.each([
    ['2019-00', false],
    ['2019-12', true],
    ['2019-09-00', false],
    ['2019-09-30', true],
    ['2019-09-31', false],
  ])('judges %s as %s', (text, ok) => expect(isPartialDate(text)).toBe(ok));
});

describe('which keys hold dates and counts', () => {
  it('does not judge keys that only contain "date…" or "…Date" in the middle', () => {
    expect(checkDates('data/k.json', { updateDay: 'soon', endDateRange: 'wide', dateSigned: 'soon' }).map((p) => p.field)).toEqual(['dateSigned']);
  });
  it('judges count, count… and …Count but not keys with "count" in the middle, and ignores non-numbers', () => {
    const json = { count: -1, countByYear: -2, deathCount: -3, accountBalance: -4, countries: -5, deathCountNote: -6, value: 'n/a' };
    expect(checkCounts('data/k.json', json).map((p) => `${p.field}=${p.received}`)).toEqual(['count=-1', 'countByYear=-2', 'deathCount=-3']);
  });
});

describe('checkDuplicateIds edges', () => {
  it('checks a file that is a top-level array of records', () => {
    expect(messages(checkDuplicateIds('data/a.json', [{ id: 'x' }, { id: 'x' }]))).toEqual([
      'data/a.json: [1] (id "x"), field "id": received "x"; expected an id not already used by [0] (id "x").',
    ]);
  });
  it('skips nulls, non-objects and null ids', () => {
    expect(checkDuplicateIds('data/a.json', { records: [null, null, 3, 3, { id: null }, { id: null }, ['id'], ['id']] })).toEqual([]);
  });
});

describe('citations edges', () => {
  it('reads every item of a citation array, so a number or null among the ids is reported, not skipped', () => {
    const json = { records: [{ id: 'a', sources: ['known', 5] }, { id: 'b', sources: [null] }] };
    expect(citations(json)).toEqual([
      { path: ['records', 0, 'sources'], field: 'sources', id: 'known' },
      { path: ['records', 0, 'sources'], field: 'sources', id: 5 },
      { path: ['records', 1, 'sources'], field: 'sources', id: null },
    ]);
    expect(checkCitations('data/c.json', json, new Set(['known']))).toEqual([
      { file: 'data/c.json', record: 'records[0] (id "a")', field: 'sources', received: '5', expected: 'the id of a source in data/sources.json' },
      { file: 'data/c.json', record: 'records[1] (id "b")', field: 'sources', received: 'null', expected: 'the id of a source in data/sources.json' },
    ]);
  });
  it('reads no citation from an array of objects (a collection such as the source registry), but does from a mix', () => {
    expect(citations({ sources: [{ id: 'x' }, { id: 'y' }] })).toEqual([]);
    expect(citations({ sources: [{ id: 'x' }, 'y'] }).map((c) => c.id)).toEqual([{ id: 'x' }, 'y']);
    expect(citations({ sources: [['x']] }).map((c) => c.id)).toEqual([['x']]);
  });
});

describe('parseSize edges', () => {
  it.each([
    ['< 2 MB', 2097152],
    ['<= 2 MB', 2097152],
    ['max 2 MB', 2097152],
    ['max. 2 MB', 2097152],
    ['1.25 MB', 1310720],
    ['40KB', 40960],
    ['40 KB  ', 40960],
  ])('parses the size %s as %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));
  it.each(['about 40 KB', '40 KB each', '40 KBs'])('cannot read %s', (text) => expect(parseSize(text)).toBeNaN());
});

describe('parseReadmeTable edges', () => {
  it('returns no rows without a header line', () => {
    expect(parseReadmeTable('# data\n\nNo table yet.')).toEqual([]);
  });
  it('finds a header on the first line', () => {
    expect(parseReadmeTable('| file | size budget |\n|---|---|\n| a.json | 1 KB |')).toEqual([{ file: 'a.json', budget: '1 KB', budgetBytes: 1024 }]);
  });
  it('ignores prose that mentions a file and a size budget, and stops at the first line after the table', () => {
    const md = 'Every file has a size budget, listed here:\n\n| file | size budget |\n|---|---|\n| a.json | 1 KB |\nChecked by tests | not a row |';
    expect(parseReadmeTable(md)).toEqual([{ file: 'a.json', budget: '1 KB', budgetBytes: 1024 }]);
  });
  it('reads an indented table and one without trailing pipes', () => {
    expect(parseReadmeTable('  | file | size budget |\n  |---|---|\n  | a.json | 1 KB |')).toEqual([{ file: 'a.json', budget: '1 KB', budgetBytes: 1024 }]);
    expect(parseReadmeTable('| file | size budget\n|---|---\n| a.json | 1 KB')).toEqual([{ file: 'a.json', budget: '1 KB', budgetBytes: 1024 }]);
  });
  it('reads rows indented differently from the header', () => {
    expect(parseReadmeTable('| file | size budget |\n|---|---|\n | a.json | 1 KB |')).toEqual([{ file: 'a.json', budget: '1 KB', budgetBytes: 1024 }]);
  });
  it('strips backticks with the spaces inside them, and data/ only at the start', () => {
    expect(parseReadmeTable('| file | size budget |\n|---|---|\n| ` data/a.json ` | 1 KB |\n| maps/data/b.json | 2 KB |').map((r) => r.file)).toEqual(['a.json', 'maps/data/b.json']);
  });
  it('reads a missing file or budget cell as ""', () => {
    expect(parseReadmeTable('| size budget | file |\n|---|---|\n| 1 KB |')).toEqual([{ file: '', budget: '1 KB', budgetBytes: 1024 }]);
    const [row] = parseReadmeTable('| file | size budget |\n|---|---|\n| a.json |');
    expect([row!.file, row!.budget, row!.budgetBytes]).toEqual(['a.json', '', Number.NaN]);
  });
});
