/**
 * The prose↔data drift check: every number written in the story must be a value
 * in data/ as the page's own formatter writes it. Pure functions; the test in
 * tests/data/prose-numbers.test.ts reads the files.
 *
 * A number in prose is checked when written with digits:
 *   "1,450", "4.3", "$265,000", "$4.3 billion", "290 million", "57%", "57 percent",
 *   "2019" (a year), "FY2022" (a fiscal year), "2014–2019" (two years).
 * It passes when its text equals a form the formatter gives for some data value:
 *   any number → formatNumber, formatCompact, formatUSD; a fraction 0–1 → formatPercent
 *   (0 or 1 decimal); a number under a key named like percent/pct/share/rate → "N%";
 *   a `year`-like key (any key containing "year"), a span's `from`/`to`, or the year of any date → "2019" and "FY2019".
 *   Dates from date keys, written as formatDate writes them ("September 27, 2019",
 *   "September 2019", "September 27"), pass as a whole.
 * Ignored (never checked), by design:
 *   - numbers spelled in words ("three", "a million") and ordinals ("third", "21st", "2nd");
 *   - numbers glued to letters: identifiers and decades ("COVID-19", "H-2A", "I-94", "G7", "1990s");
 *   - front matter, fenced and inline code, HTML comments and MDX comments, HTML/JSX tags and
 *     `{expressions}`, MDX import/export lines;
 *   - link targets "](…)", reference definitions "[x]: url", bare URLs;
 *   - footnote markers "[^1]" (the footnote's text is checked) and ordered-list markers "1. ";
 *   - names and units that hold digits: a U.S. Code title ("Title 42"), a rate's denominator ("per 100,000").
 * Data values ignored: geometry (arcs, coordinates, bbox, transform, lon/lat), which would
 * otherwise allow almost any small integer.
 */
import { formatCompact, formatDate, formatFiscalYear, formatNumber, formatPercent, formatUSD, type Lang, locale } from '../format/format';
import { describePath, isDateKey, isPartialDate, type Path } from './integrity';

/** A number as written in prose. */
export interface ProseNumber {
  line: number;
  column: number;
  /** As written, e.g. "$4.3 billion". */
  text: string;
  /** Normalised for comparison (spaces, "percent" → "%", "US$" → "$"). */
  canonical: string;
  /** Its numeric value, for finding the nearest data values. */
  value: number;
  /** A four-digit whole number or an FY label, compared with years. */
  isYear: boolean;
}

/** A value found in data/, with where it is. */
export interface DataValue {
  value: number;
  where: string;
  isYear: boolean;
}

/** What prose may say: canonical forms, date phrases, and the raw values (for "nearest"). */
export interface AllowedSet {
  forms: Map<string, string>;
  phrases: string[];
  values: DataValue[];
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Replaces every ignored region with spaces, keeping line and column positions. */
export function maskIgnored(source: string): string {
  const rules: RegExp[] = [
    /^---\n[\s\S]*?\n---(?=\n|$)/, // front matter
    /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, // fenced code
    /<!--[\s\S]*?-->/g, // HTML comments
    /\{\/\*[\s\S]*?\*\/\}/g, // MDX comments
    /^(?:import|export)\s[^\n]*$/gm, // MDX import/export lines
    /^\s*\[(?!\^)[^\]\n]+\]:\s*\S+[^\n]*$/gm, // reference definitions (not footnotes)
    /`[^`\n]*`/g, // inline code
    /<\/?[A-Za-z!][^>\n]*>/g, // HTML/JSX tags and autolinks
    /\{[^{}\n]*\}/g, // MDX expressions
    /\]\([^)\n]*\)/g, // link targets
    /\b(?:https?:\/\/|www\.)[^\s)>\]]+/g, // bare URLs
    /\[\^[^\]\n]+\]/g, // footnote markers
    /^[ \t>]*\d{1,3}[.)](?=[ \t])/gm, // ordered-list markers ("1. ", "2) ")
    /\bTitle \d+\b/g, // a title of the U.S. Code is a name ("Title 42"), not a figure
    /\bper 100,000\b/g, // a rate's denominator ("deaths per 100,000 apprehensions"), not a figure
    /\bTítulo \d+\b/g, // the same in Spanish ("el Título 42")
    /\bpor cada 100,000\b/g, // "muertes por cada 100,000 detenciones"
  ];
  return rules.reduce((text, rule) => text.replace(rule, blank), source);
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, 'mil millones': 1e9, millones: 1e6, 'millón': 1e6, mil: 1e3 };
const TOKEN =
  /(?<![\p{L}\p{N}_.,]|\p{L}-)(?:(US\$|\$)\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s(?:thousand|million|billion|trillion|mil millones|millones|millón|mil)(?![\p{L}]))?(\s?%|\s(?:percent|per cent|por ciento)(?![\p{L}]))?(?![\p{L}\p{N}_]|\.\d)/gu;
const FISCAL = /(?<![\p{L}\p{N}])FY\s?(\d{4})(?![\p{L}\p{N}])/gu;

/** Normalises a written number so that prose and formatter output compare equal. */
export function canonical(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/US\$\s?/g, '$')
    .replace(/\s?(?:percent|per cent|por ciento)$/i, '%')
    .replace(/\s%$/, '%')
    .trim();
}

/** Every checked number in `source` (already masked or not), with its position. */
export function extractNumbers(source: string): ProseNumber[] {
  let masked = maskIgnored(source);
  const starts = [0];
  for (let i = 0; i < masked.length; i++) if (masked[i] === '\n') starts.push(i + 1);
  const position = (index: number) => {
    let line = starts.findIndex((s) => s > index);
    line = line < 0 ? starts.length : line;
    return { line, column: index - starts[line - 1]! + 1 };
  };
  const out: ProseNumber[] = [];
  for (const m of masked.matchAll(FISCAL)) {
    out.push({ ...position(m.index), text: m[0], canonical: formatFiscalYear(Number(m[1])), value: Number(m[1]), isYear: true });
  }
  masked = masked.replace(FISCAL, blank);
  for (const m of masked.matchAll(TOKEN)) {
    const [text, , digits, scale, percent] = m;
    let value = Number(digits!.replace(/,/g, '')) * (scale ? SCALES[scale.trim()]! : 1);
    if (percent) value /= 100;
    const isYear = !m[1] && !scale && !percent && /^\d{4}$/.test(digits!);
    out.push({ ...position(m.index), text: text.trim(), canonical: canonical(text), value, isYear });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

const GEOMETRY = new Set(['arcs', 'coordinates', 'bbox', 'transform', 'scale', 'translate', 'lon', 'lng', 'lat', 'longitude', 'latitude']);
const isYearKey = (key: string) => /year/i.test(key);
const isPercentKey = (key: string) => /percent|pct|share|rate/i.test(key);

/** Adds every value of one data file, in every form the formatter writes it, to `allowed`. */
export function addDataFile(allowed: AllowedSet, file: string, json: unknown, lang: Lang = 'en'): AllowedSet {
  const add = (form: string, where: string) => {
    const key = canonical(form);
    if (!allowed.forms.has(key)) allowed.forms.set(key, where);
  };
  const addYear = (year: number, where: string) => {
    add(String(year), where);
    add(formatFiscalYear(year), where);
    allowed.values.push({ value: year, where, isYear: true });
  };
  const visit = (node: unknown, key: string, path: Path): void => {
    if (GEOMETRY.has(key)) return;
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, key, [...path, i]));
    const where = `${file} ${describePath(json, [...path, '_'])}`;
    if (typeof node === 'number' && Number.isFinite(node)) {
      const spanEnd = path.at(-2) === 'span' && (key === 'from' || key === 'to');
      if ((isYearKey(key) || spanEnd) && Number.isInteger(node) && node >= 1000 && node <= 2999) return addYear(node, where);
      for (const form of [formatNumber(node, lang), formatCompact(node, lang), formatUSD(node, lang)]) add(form, where);
      if (node > 0 && node <= 1) for (const digits of [0, 1]) add(formatPercent(node, lang, digits), where);
      if (isPercentKey(key)) add(`${formatNumber(node, lang)}%`, where);
      allowed.values.push({ value: node, where, isYear: false });
      return;
    }
    if (typeof node === 'string') {
      if (isYearKey(key) && /^\d{4}$/.test(node)) return addYear(Number(node), where);
      if (isDateKey(key) && isPartialDate(node)) {
        addYear(Number(node.slice(0, 4)), where);
        if (node.length > 4) allowed.phrases.push(...datePhrases(node, lang));
      }
      return;
    }
    if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) visit(child, k, [...path, k]);
  };
  visit(json, '', []);
  return allowed;
}

/** The ways the page writes a date: long and short, and without the year for a known day. */
export function datePhrases(iso: string, lang: Lang): string[] {
  const phrases = [formatDate(iso, lang, 'long'), formatDate(iso, lang, 'short')];
  if (iso.length === 10) {
    const [y, m, d] = iso.split('-').map(Number);
    phrases.push(new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', month: 'long', day: 'numeric' }).format(new Date(Date.UTC(y!, m! - 1, d!))));
  }
  return phrases;
}

export function emptyAllowed(): AllowedSet {
  return { forms: new Map(), phrases: [], values: [] };
}

/** A number in prose that no data value explains. */
export interface DriftFailure {
  file: string;
  line: number;
  column: number;
  text: string;
  nearest: DataValue[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Checks one content file; returns the numbers that do not come from data/. */
export function checkProse(file: string, source: string, allowed: AllowedSet): DriftFailure[] {
  // Dates written as the formatter writes a data date pass whole; longest first so "September 27, 2019" wins over "September 27".
  const phrases = [...new Set(allowed.phrases)].sort((a, b) => b.length - a.length);
  let text = source;
  if (phrases.length) text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{N}])`, 'gu'), blank);
  return extractNumbers(text)
    .filter((n) => !allowed.forms.has(n.canonical))
    .map((n) => ({ file, line: n.line, column: n.column, text: n.text, nearest: nearest(n, allowed.values) }));
}

/** The three data values closest to a written number (years compared with years). */
export function nearest(n: Pick<ProseNumber, 'value' | 'isYear'>, values: readonly DataValue[], k = 3): DataValue[] {
  const distance = (v: DataValue) => Math.abs(v.value - n.value) / Math.max(Math.abs(v.value), Math.abs(n.value), 1);
  const pool = values.filter((v) => v.isYear === n.isYear);
  const seen = new Set<number>();
  return [...pool]
    .sort((a, b) => distance(a) - distance(b))
    .filter((v) => (seen.has(v.value) ? false : (seen.add(v.value), true)))
    .slice(0, k);
}

export function formatFailure(f: DriftFailure, lang: Lang = 'en'): string {
  const near = f.nearest.map((v) => `${v.isYear ? v.value : formatNumber(v.value, lang)} (${v.where})`).join('; ');
  return `${f.file}:${f.line}:${f.column}: "${f.text}" is not a value in data/ as the formatter writes it; nearest data values: ${near || 'none'}.`;
}
