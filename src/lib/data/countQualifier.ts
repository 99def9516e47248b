import { z } from 'zod';

/**
 * How exactly a source states a count. "more-than" and "at-least" are lower
 * bounds (the true number may be higher); "about" and "nearly" are approximate;
 * "as-stated" is a figure given without a qualifier.
 */
export const CountQualifier = z.enum(['as-stated', 'about', 'nearly', 'more-than', 'at-least']);
export type CountQualifier = z.infer<typeof CountQualifier>;

/** True when the count is a floor: the source says "more than" or "at least". */
export function isLowerBound(q: CountQualifier): boolean {
  return q === 'more-than' || q === 'at-least';
}

/** True when the count is approximate: "about" or "nearly". */
export function isApproximate(q: CountQualifier): boolean {
  return q === 'about' || q === 'nearly';
}
