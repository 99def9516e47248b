/**
 * The one locale-aware formatter for every number and date shown on the site.
 * Prose, charts, tables and the prose↔data drift test all go through here, so a
 * figure reads the same wherever it appears and in every language.
 */
export type Lang = 'en' | 'es';

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

// Building an Intl formatter costs far more than using one (charts format hundreds of values
// per render), so each language + options pair is built once and kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], options)));
  return f;
}

/** A count or measure, grouped by the locale ("1,450" / "1450"). */
export function formatNumber(value: number, lang: Lang = 'en', options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(lang, { maximumFractionDigits: 1, ...options }).format(value);
}

/** Large counts in words: 290000000 → "290 million" / "290 millones". */
export function formatCompact(value: number, lang: Lang = 'en'): string {
  return numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}

/** An amount of US dollars: 4300000000 → "$4.3 billion", 265000 → "$265,000". */
export function formatUSD(value: number, lang: Lang = 'en'): string {
  // ICU ignores compactDisplay "long" for currencies ("$4.3B"), so large sums are written in words.
  if (value >= 1e6) return `${lang === 'es' ? 'US$' : '$'}${formatCompact(value, lang)}`;
  return numberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}

/** A percentage from a fraction 0–1. */
export function formatPercent(fraction: number, lang: Lang = 'en', digits = 0): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/** How precisely a date is known: "2019-09-27" (day), "2019-09" (month) or "2019" (year). */
export type DatePrecision = 'day' | 'month' | 'year';

export function datePrecision(iso: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}$/.test(iso)) return 'year';
  throw new Error(`formatDate: received "${iso}", expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** A date written only as precisely as it is known; always in UTC so builds are deterministic. */
export function formatDate(iso: string, lang: Lang = 'en', style: 'long' | 'short' = 'long'): string {
  const precision = datePrecision(iso);
  if (precision === 'year') return iso;
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: style };
  if (precision === 'day') options.day = 'numeric';
  return dateFormat(lang, options).format(date);
}

/** A U.S. federal fiscal year, which runs from October to September: "FY2022". */
export function formatFiscalYear(year: number): string {
  return `FY${year}`;
}
