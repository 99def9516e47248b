import { describe, expect, it } from 'vitest';
import { agreementYear, comparePartialDates, isRealDate, parseAgreements } from '../../src/lib/data/agreements';
import { DatasetError } from '../../src/lib/data/errors';
import { MALFORMED, SOURCE_IDS, validAgreements } from '../fixtures/agreements/factory';

describe('parseAgreements', () => {
  it('accepts a valid file and keeps every record', () => {
    expect(parseAgreements(validAgreements(), SOURCE_IDS).records).toHaveLength(3);
  });

  it.each(MALFORMED)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    let error: unknown;
    try {
      parseAgreements(make(), SOURCE_IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});

describe('partial dates', () => {
  it.each([
    ['2019', true],
    ['2019-02', true],
    ['2019-02-28', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-04-31', false],
  ])('isRealDate(%s) is %s', (date, expected) => expect(isRealDate(date)).toBe(expected));

  it.each([
    ['2013', '2017', -1],
    ['2017', '2013', 1],
    ['2019-08', '2019-08-22', 0],
    ['2019-08-21', '2019-08-22', -1],
    ['2019-09', '2019-08-31', 1],
  ])('comparePartialDates(%s, %s) has the sign of %d', (a, b, sign) => expect(Math.sign(comparePartialDates(a, b))).toBe(sign));

  it('agreementYear reads the year of any precision and is null for an unknown date', () => {
    expect(agreementYear({ dateSigned: '2019-10-28' })).toBe(2019);
    expect(agreementYear({ dateSigned: '2025' })).toBe(2025);
    expect(agreementYear({ dateSigned: null })).toBeNull();
  });
});
