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
    for (const digits of [undefined, 0, 1, 2, 3] as const)
      it(`writes ${values.length} values as Intl ${locale(lang)} does (maximumFractionDigits ${digits ?? 'default'})`, () => {
        const intl = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits ?? 1 });
        const options = digits === undefined ? {} : { maximumFractionDigits: digits };
        const wrong = values.filter((v) => formatNumber(v, lang, options) !== intl.format(v)).map((v) => `${v}: ${formatNumber(v, lang, options)} ≠ ${intl.format(v)}`);
        expect(wrong).toEqual([]);
      });

  it('leaves other options to Intl', () => {
    expect(formatNumber(1234.567, 'en', { maximumFractionDigits: 4 })).toBe('1,234.567');
    expect(formatNumber(0.5, 'en', { style: 'percent' })).toBe('50%');
    expect(formatNumber(1234.5, 'en', { useGrouping: false })).toBe('1234.5');
  });

  // Compact notation with one decimal (the databases chart's axis, formatCompact's words): the
  // edges where the unit changes or rounding carries into the next unit, then a sweep.
  const compactEdges = [
    0, 1, 950, 999, 999.94, 999.95, 999.96, 1000, 1049, 1050, 1234, 9_999, 15_000, 99_950, 999_949, 999_950, 1e6, 1_000_001, 1_049_999, 1_050_000, 1.15e6, 1.25e6,
    1.5e6, 2.04e6, 16.8e6, 290e6, 999.94e6, 999.95e6, 999.96e6, 1e9, 1.05e9, 4.3e9, 4.35e9, 4.356e9, 99.95e9, 999.95e9, 1e12, 1.25e12, 999.9e12, 999.96e12, -2e6, -4.3e9, -0.5, 0.04,
  ];
  const compactSweep: number[] = [];
  for (let i = 0, v = 7.3; i < 500; i++, v *= 1.061) compactSweep.push(v, Math.round(v), -Math.round(v), Number(v.toPrecision(3)));
  for (const lang of LANGS)
    for (const compactDisplay of ['short', 'long'] as const)
      it(`writes ${compactEdges.length + compactSweep.length} values in compact notation (${compactDisplay}) as Intl ${locale(lang)} does`, () => {
        const intl = new Intl.NumberFormat(locale(lang), { notation: 'compact', compactDisplay, maximumFractionDigits: 1 });
        const options = compactDisplay === 'short' ? { notation: 'compact' as const } : { notation: 'compact' as const, compactDisplay };
        const wrong = [...compactEdges, ...compactSweep].filter((v) => formatNumber(v, lang, options) !== intl.format(v)).map((v) => `${v}: ${formatNumber(v, lang, options)} ≠ ${intl.format(v)}`);
        expect(wrong).toEqual([]);
      });

  it('writes Spanish thousands of millions in millions, at ICU\'s precision, never "billón" for a billion', () => {
    expect(formatCompact(4_300_000_000, 'es')).toBe('4,300 millones');
    expect(formatCompact(4_356_000_000, 'es')).toBe('4,400 millones');
    expect(formatCompact(999_960_000, 'es')).toBe('1,000 millones');
    expect(formatCompact(-1_050_000_000, 'es')).toBe('-1,100 millones');
    expect(formatCompact(1_000_000, 'es')).toBe('1 millón');
    expect(formatCompact(1_500_000, 'es')).toBe('1.5 millones');
    expect(formatCompact(1.25e12, 'es')).toBe('1.3 billones');
    expect(formatCompact(4_300_000_000, 'en')).toBe('4.3 billion');
  });
});

describe('formatPercent without Intl', () => {
  const fractions = [0, -0, 0.57, 0.005, 0.0049, 0.125, 0.135, 1, 12.345, -0.1, 0.999, 0.9995, 1e-9, 0.1 + 0.2];
  for (let i = 0, v = 0.00013; i < 300; i++, v *= 1.07) fractions.push(v, -v, Number(v.toPrecision(2)));
  for (const lang of LANGS)
    for (const digits of [0, 1, 2])
      it(`writes ${fractions.length} fractions as Intl ${locale(lang)} does (${digits} decimals)`, () => {
        const intl = new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: digits });
        const wrong = fractions.filter((v) => formatPercent(v, lang, digits) !== intl.format(v)).map((v) => `${v}: ${formatPercent(v, lang, digits)} ≠ ${intl.format(v)}`);
        expect(wrong).toEqual([]);
      });
});

describe('formatDate without Intl', () => {
  it('writes every month, in both styles and at day and month precision, as Intl.DateTimeFormat does', () => {
    const wrong: string[] = [];
    for (const lang of LANGS)
      for (const style of ['long', 'short'] as const)
        for (let m = 1; m <= 12; m++)
          for (const iso of [`2023-${String(m).padStart(2, '0')}`, `2024-${String(m).padStart(2, '0')}-0${(m % 9) + 1}`, `1999-${String(m).padStart(2, '0')}-28`]) {
            const [y, mm, d] = iso.split('-').map(Number);
            const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: style, ...(d ? { day: 'numeric' } : {}) };
            const intl = new Intl.DateTimeFormat(locale(lang), options).format(new Date(Date.UTC(y!, mm! - 1, d ?? 1)));
            if (formatDate(iso, lang, style) !== intl) wrong.push(`${lang} ${style} ${iso}: ${formatDate(iso, lang, style)} ≠ ${intl}`);
          }
    expect(wrong).toEqual([]);
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
