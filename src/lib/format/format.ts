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

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/**
 * A plain count or measure written without Intl, exactly as Intl writes it for our locales
 * (en-US and es-MX both group thousands with "," and use "." for decimals; ICU rounds the
 * shortest decimal form of the number half away from zero). A browser's first Intl formatter
 * loads ICU's locale data: 25–30 ms on a fast laptop, four times that on a mid-range phone, all
 * of it inside the first chart's hydration (a first date format, 120 ms on Lighthouse's
 * throttled phone). So what the charts print as they render (counts, measures to three
 * decimals, compact numbers, dates) takes the plain paths below, and no chart builds an Intl
 * object while it loads or changes step; `tests/unit/format.test.ts` holds every plain path
 * equal to Intl value by value. Returns null for what it does not cover (Intl then formats it).
 */
function plainNumber(value: number, lang: Lang, digits: number): string | null {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes('e')) return null;
  const rounded = roundDecimal(shortest, digits);
  if (rounded === null) return null;
  const { group, decimal } = SEPARATORS[lang];
  const grouped = rounded.whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${value < 0 || Object.is(value, -0) ? '-' : ''}${grouped}${rounded.fraction ? decimal + rounded.fraction : ''}`;
}

/**
 * A decimal string ("1234.5678") rounded half away from zero to at most `digits` decimals, as
 * whole and fraction digits (trailing zeros dropped); null past what a double holds exactly.
 */
function roundDecimal(decimalString: string, digits: number): { whole: string; fraction: string } | null {
  const [whole, fraction = ''] = decimalString.split('.') as [string, string?];
  // The kept digits as one integer, plus one when the first dropped digit is 5 or more.
  const scaled = Number(whole + fraction.slice(0, digits).padEnd(digits, '0')) + (fraction.charAt(digits) >= '5' ? 1 : 0);
  if (scaled > Number.MAX_SAFE_INTEGER) return null;
  const unit = 10 ** digits;
  const rest = scaled % unit;
  return { whole: String((scaled - rest) / unit), fraction: rest ? String(rest).padStart(digits, '0').replace(/0+$/, '') : '' };
}

/** `decimalString` (no exponent) divided by 10^places, moving the point: exact, as ICU scales. */
function shiftDecimal(decimalString: string, places: number): string {
  const [whole, fraction = ''] = decimalString.split('.') as [string, string?];
  const point = whole.length - places;
  const digits = (whole + fraction).padEnd(point, '0');
  const out = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return out.replace(/^0+(?=\d)/, '').replace(/\.?0*$/, '') || '0';
}

type CompactDisplay = 'long' | 'short';
/** A unit of compact notation: the power of ten where it starts, the power its number is divided by, its word (for one|for more). */
type CompactTier = [from: number, places: number, words: string];

/**
 * ICU's compact notation for our locales (CLDR's patterns for en-US and es-MX), from 10^3 to
 * below 10^15 (es-MX's short form writes 1,000 to 9,999 millions as millions, "4300 M", and
 * tens of thousands of millions as "10 mil M", joined by no-break spaces as ICU writes them).
 */
const COMPACT: Record<`${Lang} ${CompactDisplay}`, CompactTier[]> = {
  'en long': [[3, 3, ' thousand'], [6, 6, ' million'], [9, 9, ' billion'], [12, 12, ' trillion']],
  'en short': [[3, 3, 'K'], [6, 6, 'M'], [9, 9, 'B'], [12, 12, 'T']],
  'es long': [[3, 3, ' mil'], [6, 6, ' millón| millones'], [9, 9, ' mil millones'], [12, 12, ' billón| billones']],
  'es short': [[3, 3, '\u00a0k'], [6, 6, '\u00a0M'], [9, 6, '\u00a0M'], [10, 9, '\u00a0mil\u00a0M'], [12, 12, '\u00a0B']],
};

/**
 * Compact notation with at most one decimal, as Intl writes it ("16.8 million", "290M",
 * "1.5 millones", "4300 M"): the unit is chosen by magnitude, and again after rounding (999,950
 * is "1 million"). Also returns the unit and the rounded number, for formatCompact's Spanish billions.
 */
function plainCompact(value: number, lang: Lang, display: CompactDisplay): { text: string; tier?: CompactTier; rounded: { whole: string; fraction: string } } | null {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes('e') || Math.abs(value) >= 1e15) return null;
  const tiers = COMPACT[`${lang} ${display}`];
  const magnitude = shortest.split('.')[0]!.replace(/^0+/, '').length - 1;
  let i = tiers.findLastIndex(([from]) => magnitude >= from);
  for (;;) {
    const tier = tiers[i];
    const places = tier?.[1] ?? 0;
    const rounded = roundDecimal(shiftDecimal(shortest, places), 1)!;
    // Rounding up into the next unit's range (999.95 thousand → 1 million) writes that unit.
    if (i + 1 < tiers.length && rounded.whole.length - 1 + places >= tiers[i + 1]![0]) {
      i++;
      continue;
    }
    const number = rounded.whole + (rounded.fraction ? `.${rounded.fraction}` : '');
    if (!tier) return { text: plainNumber(value, lang, 1)!, rounded };
    const [one, other = one] = tier[2].split('|');
    return { text: `${value < 0 ? '-' : ''}${number}${number === '1' ? one : other}`, tier, rounded };
  }
}

/** A count or measure, grouped by the locale ("1,450"; at most one decimal unless options say otherwise). */
export function formatNumber(value: number, lang: Lang = 'en', options: Intl.NumberFormatOptions = {}): string {
  const keys = Object.keys(options);
  const digits = options.maximumFractionDigits ?? 1;
  if (keys.every((k) => k === 'maximumFractionDigits') && Number.isInteger(digits) && digits >= 0 && digits <= 3) {
    const plain = plainNumber(value, lang, digits);
    if (plain !== null) return plain;
  }
  if (options.notation === 'compact' && keys.every((k) => k === 'notation' || k === 'compactDisplay' || k === 'maximumFractionDigits') && digits === 1) {
    const plain = plainCompact(value, lang, options.compactDisplay ?? 'short');
    if (plain !== null) return plain.text;
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
  const plain = plainCompact(value, lang, 'long');
  if (plain === null) return numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  if (lang !== 'es' || plain.tier?.[2] !== ' mil millones') return plain.text;
  // The thousands of millions as ICU rounded them ("4.3"), times a thousand, as a whole number of millions.
  const millions = Number(plain.rounded.whole + plain.rounded.fraction.padEnd(1, '0')) * 100;
  return `${value < 0 ? '-' : ''}${formatNumber(millions, 'es', { maximumFractionDigits: 0 })} millones`;
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

/** A percentage from a fraction 0–1 (en-US and es-MX both write "57%"; plain, as formatNumber). */
export function formatPercent(fraction: number, lang: Lang = 'en', digits = 0): string {
  const shortest = String(Math.abs(fraction));
  const plain = Number.isFinite(fraction) && !shortest.includes('e') && digits <= 3 ? plainNumber((fraction < 0 || Object.is(fraction, -0) ? -1 : 1) * Number(shiftDecimal(shortest, -2)), lang, digits) : null;
  return plain === null ? numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(fraction) : `${plain}%`;
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
  const long = MONTHS[lang].split(' ')[date.getUTCMonth()]!;
  const month = style === 'long' ? long : long.slice(0, 3);
  const year = date.getUTCFullYear();
  if (lang === 'es') return `${precision === 'day' ? `${d}${style === 'long' ? ' de ' : ' '}` : ''}${month}${style === 'long' ? ' de ' : ' '}${year}`;
  return `${month}${precision === 'day' ? ` ${d},` : ''} ${year}`;
}

/**
 * Month names as ICU writes them in en-US and es-MX dates (CLDR's format names; the short ones are
 * the first three letters in both), so dates need no Intl at all: `tests/unit/format.test.ts` holds
 * every month, style and precision equal to Intl.DateTimeFormat. The server (Node) and the reader's
 * browser may ship different ICU versions; with one table both write the same date.
 */
const MONTHS: Record<Lang, string> = {
  en: 'January February March April May June July August September October November December',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
};

/** A U.S. federal fiscal year, which runs from October to September: "FY2022" / "año fiscal 2022". */
export function formatFiscalYear(year: number, lang: Lang = 'en'): string {
  return lang === 'es' ? `año fiscal ${year}` : `FY${year}`;
}
