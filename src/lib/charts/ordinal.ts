import type { Lang } from '../format/format';

const SUFFIX_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An ordinal number: 1 → "1st", 43 → "43rd" (en); 48 → "48.ª" (es). */
export function formatOrdinal(n: number, lang: Lang = 'en'): string {
  if (lang === 'es') return `${n}.ª`;
  return `${n}${SUFFIX_EN[new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n)]}`;
}
