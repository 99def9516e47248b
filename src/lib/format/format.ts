/**
 * The one locale-aware formatter for every number and date shown on the site.
 * Prose, charts, tables and the prose↔data drift test all go through here, so a
 * figure reads the same wherever it appears and in every language.
 */
export type Lang = 'en' | 'es';

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

/** How each locale writes a plain number (see plainNumber); a new language must say it here. */
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  es: { group: ',', decimal: '.' },
};

/** Every language the site is written in. */
export const LANGS = Object.keys(LOCALES) as Lang[];

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

/**
 * A plain count or measure written without Intl, exactly as Intl writes it for our locales
 * (en-US and es-MX both group thousands with "," and use "." for decimals; ICU rounds the
 * shortest decimal form of the number half away from zero). A browser's first Intl number
 * format loads ICU's locale data: 25–30 ms on a fast laptop, four times that on a mid-range
 * phone, all of it inside the first chart's hydration. Counts are what charts print most, so
 * they take this path; `tests/unit/format.test.ts` holds it equal to Intl value by value.
 * Returns null for what it does not cover (Intl then formats it).
 */
function plainNumber(value: number, lang: Lang, digits: number): string | null {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes('e')) return null;
  const [whole, fraction = ''] = shortest.split('.') as [string, string?];
  // The kept digits as one integer, plus one when the first dropped digit is 5 or more.
  const scaled = Number(whole + fraction.slice(0, digits).padEnd(digits, '0')) + (fraction.charAt(digits) >= '5' ? 1 : 0);
  if (scaled > Number.MAX_SAFE_INTEGER) return null;
  const unit = 10 ** digits;
  const rest = scaled % unit;
  const { group, decimal } = SEPARATORS[lang];
  const grouped = String((scaled - rest) / unit).replace(/\B(?=(\d{3})+$)/g, group);
  return `${value < 0 || Object.is(value, -0) ? '-' : ''}${grouped}${rest ? decimal + rest : ''}`;
}

/** A count or measure, grouped by the locale ("1,450"; at most one decimal unless options say otherwise). */
export function formatNumber(value: number, lang: Lang = 'en', options: Intl.NumberFormatOptions = {}): string {
  const keys = Object.keys(options);
  const digits = options.maximumFractionDigits ?? 1;
  if ((keys.length === 0 || (keys.length === 1 && keys[0] === 'maximumFractionDigits')) && (digits === 0 || digits === 1)) {
    const plain = plainNumber(value, lang, digits);
    if (plain !== null) return plain;
  }
  return numberFormat(lang, { maximumFractionDigits: 1, ...options }).format(value);
}

/**
 * Large counts in words: 290000000 → "290 million" / "290 millones"; 4300000000 → "4.3 billion" /
 * "4,300 millones". Spanish newsrooms count thousands of millions in millions: ICU's es-MX
 * "4.3 mil millones" is rewritten, at the same precision as the English (a tenth of a billion is
 * 100 millones), and "billón" (a million millions) is never used for a billion. From a million
 * millions up, ICU's "billón" is the Spanish word and is kept.
 */
export function formatCompact(value: number, lang: Lang = 'en'): string {
  const format = numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  if (lang !== 'es' || !(Math.abs(value) >= 999e6)) return format.format(value);
  const parts = format.formatToParts(value);
  if (parts.find((p) => p.type === 'compact')?.value !== 'mil millones') return format.format(value);
  // The thousands of millions as ICU rounded them ("4.3"), times a thousand, as a whole number of millions.
  const thousands = Number(parts.filter((p) => p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal').map((p) => (p.type === 'decimal' ? '.' : p.value)).join(''));
  return `${value < 0 ? '-' : ''}${formatNumber(Math.round(thousands * 1000), 'es', { maximumFractionDigits: 0 })} millones`;
}

/**
 * An amount of US dollars: 4300000000 → "$4.3 billion" / "US$4,300 millones", 265000 → "$265,000" /
 * "US$265,000". In Spanish the dollar is always "US$" (a bare "$" reads as pesos in Mexico; es-MX's
 * own "USD 265,000" is not how its newsrooms write it).
 */
export function formatUSD(value: number, lang: Lang = 'en'): string {
  // ICU ignores compactDisplay "long" for currencies ("$4.3B"), so large sums are written in words.
  if (value >= 1e6) return `${lang === 'es' ? 'US$' : '$'}${formatCompact(value, lang)}`;
  if (lang === 'es') return `${value < 0 ? '-' : ''}US$${formatNumber(Math.abs(value), lang, { maximumFractionDigits: 0 })}`;
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
  // Date.UTC rolls 2020-02-30 over to March 1: refuse a day the calendar does not have.
  if (date.getUTCMonth() !== (m ?? 1) - 1 || date.getUTCDate() !== (d ?? 1)) throw new RangeError(`formatDate: received "${iso}"; expected a real calendar date`);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: style };
  if (precision === 'day') options.day = 'numeric';
  return dateFormat(lang, options).format(date);
}

/** A U.S. federal fiscal year, which runs from October to September: "FY2022" / "año fiscal 2022". */
export function formatFiscalYear(year: number, lang: Lang = 'en'): string {
  return lang === 'es' ? `año fiscal ${year}` : `FY${year}`;
}
