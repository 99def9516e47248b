import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DatasetError, describeRecord, fromZodIssue, show } from '../../src/lib/data/errors';
import { assertSources, assertUnique, parseWith } from '../../src/lib/data/validate';
import { comparePartialDates, monthsBetween, partialDateToYear } from '../../src/lib/data/partialDate';
import { agreementYear, comparePartialDates as compareShared, isRealDate } from '../../src/lib/data/partialDates';

/** The messages every broken dataset is reported with, for each kind of problem, exactly. */
const fail = (schema: z.ZodType, data: unknown) => {
  try {
    parseWith('f.json', data, schema);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('fromZodIssue: one message per kind of zod issue', () => {
  const Rec = z.object({
    id: z.string(),
    n: z.number().int().min(1).max(9),
    gt: z.number().gt(0).optional(),
    lt: z.number().lt(10).optional(),
    s: z.string().min(2).max(4).optional(),
    kind: z.enum(['a', 'b']).optional(),
    day: z.string().regex(/^\d{4}$/).optional(),
    link: z.url().optional(),
  }).strict();
  const File = z.object({ records: z.array(Rec), categories: z.array(z.object({ code: z.number() })).optional(), top: z.number().optional() });
  const ok = { id: 'r1', n: 3 };

  it.each([
    [{ records: [ok, { ...ok, id: 7 }] }, 'f.json: record 1 (id "7"), field "id": received 7; expected a value of type string.'],
    [{ records: [{ ...ok, n: 0 }] }, 'f.json: record 0 (id "r1"), field "n": received 0; expected a value >= 1.'],
    [{ records: [{ ...ok, n: 10 }] }, 'f.json: record 0 (id "r1"), field "n": received 10; expected a value <= 9.'],
    [{ records: [{ ...ok, gt: 0 }] }, 'f.json: record 0 (id "r1"), field "gt": received 0; expected a value > 0.'],
    [{ records: [{ ...ok, lt: 10 }] }, 'f.json: record 0 (id "r1"), field "lt": received 10; expected a value < 10.'],
    [{ records: [{ ...ok, s: 'x' }] }, 'f.json: record 0 (id "r1"), field "s": received "x"; expected a length >= 2.'],
    [{ records: [{ ...ok, s: 'xxxxx' }] }, 'f.json: record 0 (id "r1"), field "s": received "xxxxx"; expected a length <= 4.'],
    [{ records: [{ ...ok, kind: 'c' }] }, 'f.json: record 0 (id "r1"), field "kind": received "c"; expected one of "a", "b".'],
    [{ records: [{ ...ok, day: '19' }] }, 'f.json: record 0 (id "r1"), field "day": received "19"; expected a string in the format regex (/^\\d{4}$/).'],
    [{ records: [{ ...ok, link: 'x' }] }, 'f.json: record 0 (id "r1"), field "link": received "x"; expected a string in the format url.'],
    [{ records: [{ ...ok, extra: 1, more: 2 }] }, 'f.json: record 0 (id "r1"), field "(the whole record)": received extra fields; expected no other fields than the schema\'s (unknown: extra, more).'],
    [{ records: [ok], categories: [{ code: 'x' }] }, 'f.json: category 0 (id "x"), field "code": received "x"; expected a value of type number.'],
    [{ records: [ok], top: 'x' }, 'f.json: the file, field "top": received "x"; expected a value of type number.'],
    [{}, 'f.json: the file, field "records": received nothing (the field is missing); expected a value of type array.'],
  ])('%#: %s', (data, message) => {
    expect(fail(File, data)).toBe(message);
  });

  it('names an issue without a known code by zod’s own message, and a record at the top level', () => {
    const Custom = z.array(z.object({ key: z.string() }).refine(() => false, 'custom rule broken'));
    expect(fail(Custom, [{ key: 'k1' }])).toBe('f.json: record 0 (id "k1"), field "(the whole record)": received {"key":"k1"}; expected custom rule broken.');
  });

  it('names records by the singular of their array: categories → category, records → record, series stays series', () => {
    const Series = z.object({ series: z.array(z.object({ id: z.string(), n: z.number() })) });
    expect(fail(Series, { series: [{ id: 's1', n: 'x' }] })).toBe('f.json: series 0 (id "s1"), field "n": received "x"; expected a value of type number.');
  });

  it('reads nothing through a null on the way to the field', () => {
    const e = fromZodIssue('g.json', { a: null }, { code: 'invalid_type', expected: 'number', path: ['a', 'b'], message: '', input: undefined } as never);
    expect(e.message).toBe('g.json: the file, field "a.b": received nothing (the field is missing); expected a value of type number.');
  });

  it('builds the same error directly from an issue', () => {
    const e = fromZodIssue('g.json', { series: [{ id: 's' }] }, { code: 'invalid_type', expected: 'number', path: ['series', 0, 'id'], message: '', input: 's' } as never);
    expect(e).toBeInstanceOf(DatasetError);
    expect(e.name).toBe('DatasetError');
    expect([e.file, e.record, e.field, e.received, e.expected]).toEqual(['g.json', 'series 0 (id "s")', 'id', '"s"', 'a value of type number']);
  });
});

describe('show and describeRecord', () => {
  it('prints values short: long ones cut at 80 characters', () => {
    expect(show(undefined)).toBe('nothing (the field is missing)');
    expect(show(null)).toBe('null');
    expect(show('a'.repeat(78))).toBe(`"${'a'.repeat(78)}"`); // 80 characters with quotes
    expect(show('a'.repeat(79))).toBe(`"${'a'.repeat(76)}...`);
  });
  it('names a record by index and by id, key or code, in that order', () => {
    expect(describeRecord(2, { id: 'x', key: 'k' })).toBe('record 2 (id "x")');
    expect(describeRecord(2, { key: 'k', code: 'c' }, 'group')).toBe('group 2 (id "k")');
    expect(describeRecord(2, { code: 7 })).toBe('record 2 (id "7")');
    expect(describeRecord(2, { name: 'n' })).toBe('record 2');
    expect(describeRecord(2, 'text')).toBe('record 2');
    expect(describeRecord(2, null)).toBe('record 2');
    expect(describeRecord(undefined, { id: 'x' })).toBe('the file');
  });
});

describe('assertUnique and assertSources', () => {
  it('names the second record with a used key, and the first one’s index', () => {
    expect(() => assertUnique('f.json', [{ id: 'a' }, { id: 'b' }, { id: 'a' }], (r) => r.id, 'id', 'series')).toThrow(
      'f.json: series 2 (id "a"), field "id": received "a"; expected a value not already used by series 0.',
    );
    expect(() => assertUnique('f.json', [{ id: 'a' }, { id: 'b' }], (r) => r.id, 'id')).not.toThrow();
  });
  it('names the first unknown source id', () => {
    const known = new Set(['s1']);
    expect(() => assertSources('f.json', [{ id: 'a', s: ['s1', 's2'] }], (r) => r.s.map((id, i) => ({ field: `s.${i}`, id })), known)).toThrow(
      'f.json: record 0 (id "a"), field "s.1": received "s2"; expected the id of a source in data/sources.json.',
    );
    expect(() => assertSources('f.json', [{ id: 'a', s: ['s1'] }], (r) => r.s.map((id) => ({ field: 's', id })), known)).not.toThrow();
  });
});

describe('partial dates', () => {
  it.each([
    ['2025', '2025-07', 0], ['2025-07', '2025-07-15', 0], ['2024', '2025-01', -1], ['2025-08', '2025-07-31', 1], ['2025-07-01', '2025-07-02', -1],
  ] as const)('compares %s with %s at their common precision → %d', (a, b, order) => {
    expect(comparePartialDates(a, b)).toBe(order);
    expect(Math.sign(compareShared(a, b))).toBe(order);
  });
  it('counts whole months, and refuses a date without a month', () => {
    expect(monthsBetween('2020-12-31', '2023-09-30')).toBe(33);
    expect(monthsBetween('2023-09', '2023-09')).toBe(0);
    expect(monthsBetween('2023-09', '2022-10')).toBe(-11);
    expect(() => monthsBetween('2023', '2024-01')).toThrow('monthsBetween: received "2023" and "2024-01"; expected dates with at least a month');
    expect(() => monthsBetween('2023-01', '2024')).toThrow('expected dates with at least a month');
  });
  it('places a partial date at the middle of the period it names', () => {
    expect(partialDateToYear('2020')).toBe(2020.5);
    expect(partialDateToYear('2020-01')).toBeCloseTo(2020 + 0.5 / 12, 10);
    expect(partialDateToYear('2021-02-14')).toBeCloseTo(2021 + (1 + 13.5 / 28) / 12, 10);
    expect(partialDateToYear('2020-02-29')).toBeCloseTo(2020 + (1 + 28.5 / 29) / 12, 10);
  });
  it('knows real days from impossible ones', () => {
    expect(['2024-02-29', '2023-04-30', '2023', '2023-13'].map(isRealDate)).toEqual([true, true, true, true]);
    expect(['2023-02-29', '2023-04-31', '2023-00-10', '2023-01-00'].map(isRealDate)).toEqual([false, false, false, false]);
    // Years before 100 are years, not 1900 + the year (Date.UTC's reading).
    expect(['0099-12-31', '0004-02-29', '0001-01-01'].map(isRealDate)).toEqual([true, true, true]);
    expect(['0099-02-29', '0099-04-31'].map(isRealDate)).toEqual([false, false]);
  });
  it('dates an agreement by its year, or not at all', () => {
    expect(agreementYear({ dateSigned: '2019-08-22' })).toBe(2019);
    expect(agreementYear({ dateSigned: null })).toBeNull();
  });
});
