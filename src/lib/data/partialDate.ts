/**
 * Comparing dates known to the day, the month or the year ("2025-10-29",
 * "2025-10", "2025"). Two dates are compared only as precisely as the less
 * precise one is known: "2025" neither precedes nor follows "2025-07".
 */

/** -1, 0 or 1: the order of two partial ISO dates at their common precision. */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whole months from one day-precision date to another (2020-12-31 → 2023-09-30 is 33). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  if (!fy || !fm || !ty || !tm) throw new Error(`monthsBetween: received "${from}" and "${to}"; expected dates with at least a month`);
  return (ty - fy) * 12 + (tm - fm);
}

/** A partial date as a fractional year for plotting: the middle of the period it names. */
export function partialDateToYear(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return y! + 0.5;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  const dayFraction = d === undefined ? 0.5 : (d - 0.5) / days;
  return y! + (m - 1 + dayFraction) / 12;
}
