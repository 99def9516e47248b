import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatFiscalYear, formatNumber, formatPercent, formatUSD } from '../../src/lib/format/format';

/**
 * What the Spanish edition prints (issue 13): dates "27 de noviembre de 2026", numbers in es-MX
 * style, large counts and money in millones ("US$4,300 millones"; Spanish "billón" is a million
 * millions, never a billion), percentages as Mexican newsrooms write them, "año fiscal 2022".
 * Each Spanish form is checked beside the English one, which must not change.
 */
describe('Spanish dates', () => {
  it.each([
    ['2026-11-27', 'long', '27 de noviembre de 2026', 'November 27, 2026'],
    ['2026-11', 'long', 'noviembre de 2026', 'November 2026'],
    ['2026', 'long', '2026', '2026'],
    ['2026-11-27', 'short', '27 nov 2026', 'Nov 27, 2026'],
    ['2026-11', 'short', 'nov 2026', 'Nov 2026'],
    ['2020-02-29', 'long', '29 de febrero de 2020', 'February 29, 2020'],
    ['2023-01-01', 'long', '1 de enero de 2023', 'January 1, 2023'],
  ] as const)('%s (%s) → %s', (iso, style, es, en) => {
    expect(formatDate(iso, 'es', style)).toBe(es);
    expect(formatDate(iso, 'en', style)).toBe(en);
  });

  it('names every month in Spanish, in lower case, long and short', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
    expect(months.map((m) => formatDate(m, 'es'))).toEqual(
      ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'].map((m) => `${m} de 2024`),
    );
    expect(months.map((m) => formatDate(m, 'es', 'short'))).toEqual(
      ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'].map((m) => `${m} 2024`),
    );
  });

  it('writes a U.S. fiscal year in words in Spanish, and as before in English', () => {
    expect(formatFiscalYear(2022, 'es')).toBe('año fiscal 2022');
    expect(formatFiscalYear(2022)).toBe('FY2022');
    expect(formatFiscalYear(2022, 'en')).toBe('FY2022');
  });
});

describe('Spanish numbers (es-MX)', () => {
  it.each([
    [1450, '1,450'],
    [853, '853'],
    [0.5, '0.5'],
    [7209.25, '7,209.3'],
    [-1234.5, '-1,234.5'],
  ])('%d → %s, grouped and with a decimal point as Mexican newsrooms write it', (value, out) => {
    expect(formatNumber(value, 'es')).toBe(out);
  });
});

describe('Spanish large counts in words', () => {
  it.each([
    [12_500, '12.5 mil', '12.5 thousand'],
    [1_000_000, '1 millón', '1 million'],
    [1_234_567, '1.2 millones', '1.2 million'],
    [16_800_000, '16.8 millones', '16.8 million'],
    [290_000_000, '290 millones', '290 million'],
    [999_940_000, '999.9 millones', '999.9 million'],
    [999_960_000, '1,000 millones', '1 billion'], // rounds up into the thousands of millions, like the English
    [1_000_000_000, '1,000 millones', '1 billion'],
    [1_234_567_890, '1,200 millones', '1.2 billion'], // the English precision: a tenth of a billion
    [2_800_000_000, '2,800 millones', '2.8 billion'],
    [4_300_000_000, '4,300 millones', '4.3 billion'],
    [12_345_678_901, '12,300 millones', '12.3 billion'],
    [999_900_000_000, '999,900 millones', '999.9 billion'],
    [-4_300_000_000, '-4,300 millones', '-4.3 billion'],
  ])('%d → "%s" (English "%s")', (value, es, en) => {
    expect(formatCompact(value, 'es')).toBe(es);
    expect(formatCompact(value, 'en')).toBe(en);
  });

  it('never calls a billion "billón" or "mil millones"', () => {
    for (let v = 1e9; v < 1e12; v *= 1.37) expect(formatCompact(v, 'es'), String(v)).toMatch(/^[\d,]+ millones$/);
  });

  it('keeps "billón" only for what it means, a million millions', () => {
    expect(formatCompact(1e12, 'es')).toBe('1 billón');
    expect(formatCompact(1e12, 'en')).toBe('1 trillion');
  });
});

describe('Spanish money: always US$', () => {
  it.each([
    [4_300_000_000, 'US$4,300 millones', '$4.3 billion'],
    [1_000_000_000, 'US$1,000 millones', '$1 billion'],
    [2_700_000, 'US$2.7 millones', '$2.7 million'],
    [1_000_000, 'US$1 millón', '$1 million'],
    [999_999, 'US$999,999', '$999,999'],
    [265_000, 'US$265,000', '$265,000'],
    [12.6, 'US$13', '$13'],
    [0, 'US$0', '$0'],
  ])('%d → "%s" (English "%s")', (value, es, en) => {
    expect(formatUSD(value, 'es')).toBe(es);
    expect(formatUSD(value, 'en')).toBe(en);
  });
});

describe('Spanish percentages', () => {
  it.each([
    [0.57, 0, '57%', '57%'],
    [0.5734, 1, '57.3%', '57.3%'],
    [0.005, 1, '0.5%', '0.5%'],
    [1, 0, '100%', '100%'],
  ])('%d with %d digits → %s (es-MX writes no space before %, as Mexican newsrooms do)', (fraction, digits, es, en) => {
    expect(formatPercent(fraction, 'es', digits)).toBe(es);
    expect(formatPercent(fraction, 'en', digits)).toBe(en);
  });
});
