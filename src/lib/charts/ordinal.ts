import type { Lang } from '../format/format';

/**
 * An ordinal number: 1 → "1st", 43 → "43rd" (en); 48 → "48.ª" (es). English suffixes follow
 * CLDR's ordinal plural rules for English (what Intl.PluralRules 'en-US' { type: 'ordinal' }
 * selects; `tests/unit/smallHelpers.test.ts` holds them equal), written out so that no chart
 * loads Intl to name the state of exception's 48th extension.
 */
export function formatOrdinal(n: number, lang: Lang = 'en'): string {
  if (lang === 'es') return `${n}.ª`;
  const ten = n % 10;
  const hundred = n % 100;
  const suffix = ten === 1 && hundred !== 11 ? 'st' : ten === 2 && hundred !== 12 ? 'nd' : ten === 3 && hundred !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
