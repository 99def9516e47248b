/**
 * A published figure in words, keeping the source's wording: "more than $2.7
 * million", "at least 2.8 billion", "about 280,000". Every chart label, tooltip
 * and table cell of the tools and CBP One figures goes through here.
 */
import { formatCompact, formatNumber, formatUSD, type Lang } from '../format/format';

export interface FigureLike {
  unit: string;
  value: number;
  qualifier: 'exact' | 'about' | 'at-least' | 'more-than';
}

/** The number alone, formatted for its unit (dollars, or a count written in words above a million). */
export function figureNumber(f: Pick<FigureLike, 'unit' | 'value'>, lang: Lang = 'en'): string {
  if (f.unit === 'usd') return formatUSD(f.value, lang);
  return f.value >= 1e6 ? formatCompact(f.value, lang) : formatNumber(f.value, lang);
}

/** The number with its qualifier, e.g. "more than $2.7 million"; `words` maps each qualifier to its phrase in the page language. */
export function figureText(f: FigureLike, words: Record<FigureLike['qualifier'], string>, lang: Lang = 'en'): string {
  const q = words[f.qualifier];
  return q ? `${q} ${figureNumber(f, lang)}` : figureNumber(f, lang);
}

/** Splits a label into lines of at most `max` characters, at word boundaries (SVG text does not wrap). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
