/**
 * How exactly a source states a count. "more-than" and "at-least" are lower
 * bounds (the true number may be higher); "about" and "nearly" are approximate;
 * "as-stated" is a figure given without a qualifier. No zod here: charts import
 * these helpers in the browser (the zod enum lives in countQualifierSchema.ts).
 */
export const COUNT_QUALIFIERS = ['as-stated', 'about', 'nearly', 'more-than', 'at-least'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

/** True when the count is a floor: the source says "more than" or "at least". */
export function isLowerBound(q: CountQualifier): boolean {
  return q === 'more-than' || q === 'at-least';
}

/** True when the count is approximate: "about" or "nearly". */
export function isApproximate(q: CountQualifier): boolean {
  return q === 'about' || q === 'nearly';
}
