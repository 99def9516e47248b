import { describe, expect, it } from 'vitest';
import { datePrecision, formatCompact, formatDate, formatNumber, formatPercent, formatUSD } from '../../src/lib/format/format';

describe('formatNumber', () => {
  it.each([
    [1450, 'en', '1,450'],
    [280000, 'en', '280,000'],
    [853, 'en', '853'],
    [0.5, 'en', '0.5'],
    [1450, 'es', '1,450'],
  ] as const)('formats %d in %s as %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });
});

describe('formatCompact and formatUSD', () => {
  it.each([
    [() => formatCompact(290_000_000), '290 million'],
    [() => formatUSD(4_300_000_000), '$4.3 billion'],
    [() => formatUSD(265_000), '$265,000'],
    [() => formatPercent(0.57), '57%'],
  ])('formats large numbers in words (%#)', (fn, expected) => {
    expect(fn()).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2019-09-27', 'en', 'September 27, 2019'],
    ['2019-09', 'en', 'September 2019'],
    ['2019', 'en', '2019'],
    ['2019-09-27', 'es', '27 de septiembre de 2019'],
  ] as const)('writes %s only as precisely as it is known (%s)', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it('rejects a date that is not ISO, naming what it received', () => {
    expect(() => datePrecision('27/09/2019')).toThrow(/received "27\/09\/2019", expected an ISO date/);
  });
});

describe('formatter reuse', () => {
  it('keeps formatters apart by language and options when it reuses them', () => {
    expect(formatNumber(1.234, 'en')).toBe('1.2');
    expect(formatNumber(1.234, 'en', { maximumFractionDigits: 2 })).toBe('1.23');
    expect(formatNumber(1.234, 'en')).toBe('1.2');
    expect(formatDate('2023-01-12', 'en', 'short')).toBe('Jan 12, 2023');
    expect(formatDate('2023-01-12', 'en')).toBe('January 12, 2023');
    expect(formatDate('2023-01', 'en')).toBe('January 2023');
  });
});
