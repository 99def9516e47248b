import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datePrecision, formatCompact, formatDate, formatFiscalYear, formatNumber, formatPercent, formatUSD, locale, LANGS } from '../../src/lib/format/format';

/**
 * What the formatter promises beyond its output: plain counts never touch Intl (the README's
 * performance claim), Intl formatters are built once per language and options (memoised), and
 * the boundaries where one path hands over to the other.
 */
describe('plain counts skip Intl; everything else goes through it', () => {
  let formats = 0;
  const descriptor = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
  beforeEach(() => {
    formats = 0;
    // Every Intl number format is reached through this getter, whichever instance it is.
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      ...descriptor,
      get(this: Intl.NumberFormat) {
        formats++;
        return descriptor.get!.call(this);
      },
    });
  });
  afterEach(() => {
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', descriptor);
  });

  it.each([
    [1450, {}, '1,450'],
    [0.25, {}, '0.3'],
    [-1234.56, { maximumFractionDigits: 1 }, '-1,234.6'],
    [1234.56, { maximumFractionDigits: 0 }, '1,235'],
    [1.2345, { maximumFractionDigits: 2 }, '1.23'],
    [1.23456, { maximumFractionDigits: 3 }, '1.235'],
    [16_800_000, { notation: 'compact' }, '16.8M'],
    [16_800_000, { notation: 'compact', compactDisplay: 'long' }, '16.8 million'],
  ] as const)('writes %d with %o without Intl', (value, options, out) => {
    expect(formatNumber(value, 'en', options)).toBe(out);
    expect(formats).toBe(0);
  });

  it.each([
    [1450, { minimumFractionDigits: 1 }, '1,450.0'], // one option, but not maximumFractionDigits
    [1450, { maximumFractionDigits: 0, useGrouping: false }, '1450'], // two options
    [1.23456, { maximumFractionDigits: 4 }, '1.2346'], // more than three decimals
    [16_800_000, { notation: 'compact', maximumFractionDigits: 2 }, '16.8M'], // compact, but not with one decimal
    [1e15, { notation: 'compact' }, '1000T'], // compact past the units it knows
    [1234.5678, { useGrouping: false }, '1234.6'], // Intl, still with at most one decimal by default
    [1e21, {}, '1,000,000,000,000,000,000,000'], // exponent notation in String(): Intl writes it
    [Number.NaN, {}, 'NaN'],
    [2 ** 53, { maximumFractionDigits: 0 }, '9,007,199,254,740,992'], // past safe integers
    [2 ** 51 + 0.5, {}, '2,251,799,813,685,248.5'], // its digits scaled by 10 pass 2^53: computed plainly, the last digit would be lost
  ] as const)('hands %d with %o to Intl', (value, options, out) => {
    expect(formatNumber(value, 'en', options)).toBe(out);
    expect(formats).toBeGreaterThan(0);
  });
});

describe('Intl formatters are built once per language and options', () => {
  const built = { number: 0, date: 0 };
  const Number_ = Intl.NumberFormat;
  const Date_ = Intl.DateTimeFormat;
  beforeEach(() => {
    built.number = built.date = 0;
    Intl.NumberFormat = new Proxy(Number_, { construct: (t, a) => (built.number++, new t(...(a as []))) });
    Intl.DateTimeFormat = new Proxy(Date_, { construct: (t, a) => (built.date++, new t(...(a as []))) });
  });
  afterEach(() => {
    Intl.NumberFormat = Number_;
    Intl.DateTimeFormat = Date_;
  });

  it('builds a number format on first use and reuses it, separately per language and options', () => {
    // Options no other test uses, so nothing is cached before.
    expect(formatNumber(1.23456789, 'es', { maximumFractionDigits: 7 })).toBe('1.2345679');
    expect(formatNumber(2.34567891, 'es', { maximumFractionDigits: 7 })).toBe('2.3456789');
    expect(built.number).toBe(1);
    formatNumber(2.34567891, 'en', { maximumFractionDigits: 7 });
    formatNumber(2.34567891, 'es', { maximumFractionDigits: 8 });
    expect(built.number).toBe(3);
  });

  it('builds no Intl object for dates, percentages, compact numbers and amounts the charts print', () => {
    expect(formatDate('1999-02-03', 'es', 'short')).toBe('3 feb 1999');
    expect(formatDate('1999-03', 'en')).toBe('March 1999');
    expect(formatPercent(0.123, 'es', 2)).toBe('12.3%');
    expect(formatCompact(4_300_000_000, 'es')).toBe('4,300 millones');
    expect(formatUSD(16_800_000, 'en')).toBe('$16.8 million');
    expect(formatNumber(250_000_000, 'es', { notation: 'compact' })).toBe('250\u00a0M');
    expect(built).toEqual({ number: 0, date: 0 });
  });
});

describe('formatUSD and formatCompact at their edges', () => {
  it.each([
    [999_999, 'en', '$999,999'],
    [1_000_000, 'en', '$1 million'],
    [4_300_000_000, 'es', 'US$4,300 millones'], // never "mil millones" nor "billón": see format.es.test.ts
    [265_000, 'es', 'US$265,000'], // not es-MX's "USD 265,000"
    [12.6, 'en', '$13'],
  ] as const)('%d in %s → %s', (value, lang, out) => {
    expect(formatUSD(value, lang)).toBe(out);
  });
  it('writes large counts in words, in each language, with at most one decimal', () => {
    expect(formatCompact(290_000_000, 'es')).toBe('290 millones');
    expect(formatCompact(1_234_567)).toBe('1.2 million');
  });
  it('writes a percentage with the digits asked for', () => {
    expect(formatPercent(0.5734)).toBe('57%');
    expect(formatPercent(0.5734, 'en', 1)).toBe('57.3%');
  });
});

describe('datePrecision and formatDate', () => {
  it.each(['20190', 'x2019', '2019-9', '2019-09-1', '2019-09-27T00:00', 'x2019-09-27', 'x2019-09', '2019-09x', ''])('rejects %j, naming it', (iso) => {
    expect(() => datePrecision(iso)).toThrow(`formatDate: received "${iso}", expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD`);
  });
  it('reads each precision', () => {
    expect([datePrecision('2019'), datePrecision('2019-09'), datePrecision('2019-09-27')]).toEqual(['year', 'month', 'day']);
  });
  it('writes a month in short style, and a year as it is in every language', () => {
    expect(formatDate('2023-01', 'en', 'short')).toBe('Jan 2023');
    expect(formatDate('2023', 'es')).toBe('2023');
    expect(formatDate('2023-01-31', 'es')).toBe('31 de enero de 2023');
  });
  it('is in UTC: the first and last day of a month stay in it', () => {
    expect(formatDate('2023-01-01')).toBe('January 1, 2023');
    expect(formatDate('2023-12-31')).toBe('December 31, 2023');
  });
});

describe('languages', () => {
  it('has English and Spanish, with their locales', () => {
    expect(LANGS).toEqual(['en', 'es']);
    expect(LANGS.map(locale)).toEqual(['en-US', 'es-MX']);
  });
  it('writes a fiscal year as FY and the year', () => {
    expect(formatFiscalYear(2022)).toBe('FY2022');
  });
  it('writes negative zero as Intl does, and grouping in Spanish as in English (es-MX)', () => {
    expect(formatNumber(-0)).toBe(new Intl.NumberFormat('en-US').format(-0));
    expect(formatNumber(1234567.89, 'es')).toBe('1,234,567.9');
  });
});
