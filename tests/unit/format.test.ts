import { describe, expect, it } from 'vitest';
import { datePrecision, formatCompact, formatDate, formatNumber, formatPercent, formatUSD, LANGS, locale } from '../../src/lib/format/format';

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

describe('formatNumber without Intl (plain counts and measures)', () => {
  // The plain path must write every number exactly as Intl does, or a chart's server HTML and
  // its hydrated text would disagree. Table: edge cases of rounding, carrying and grouping,
  // then a deterministic sweep of integers and one-decimal values across magnitudes.
  const edges = [
    0, -0, 1, -1, 5, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, -0.95, 0.04, -0.04, -0.05, 1.05, 1.25, 2.5, 12.25, 99.95, 999.95, 999.5,
    9999.96, 999_999.95, 1e6, 1_234_567.89, 1 / 3, 2 / 3, 0.1 + 0.2, 1e-7, -1e-7, 123_456_789_012.35, 999_999_999_999_999, 1e15, 1e21,
    Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 853, 895, 568, 7_209, 16_800_000, 290_000_000,
  ];
  const sweep: number[] = [];
  for (let i = 0, v = 0.013; i < 600; i++, v *= 1.053) sweep.push(v, -v, Math.round(v), Math.round(v * 10) / 10 + 0.05);
  const values = [...edges, ...sweep];

  for (const lang of LANGS)
    for (const digits of [undefined, 0, 1] as const)
      it(`writes ${values.length} values as Intl ${locale(lang)} does (maximumFractionDigits ${digits ?? 'default'})`, () => {
        const intl = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits ?? 1 });
        const options = digits === undefined ? {} : { maximumFractionDigits: digits };
        const wrong = values.filter((v) => formatNumber(v, lang, options) !== intl.format(v)).map((v) => `${v}: ${formatNumber(v, lang, options)} ≠ ${intl.format(v)}`);
        expect(wrong).toEqual([]);
      });

  it('leaves other options to Intl', () => {
    expect(formatNumber(1234.567, 'en', { maximumFractionDigits: 2 })).toBe('1,234.57');
    expect(formatNumber(290_000_000, 'en', { notation: 'compact' })).toBe('290M');
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
  it.each(['2020-02-30', '2019-02-29', '2021-04-31', '2021-13'])('refuses %s instead of rolling it into the next month', (iso) => {
    expect(() => formatDate(iso, 'en')).toThrow(`formatDate: received "${iso}"`);
  });
  it('still writes 29 February of a leap year', () => {
    expect(formatDate('2020-02-29', 'en')).toBe('February 29, 2020');
  });

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
