/** A value known for one year; years without a published figure are absent, never zero. */
export interface YearValue {
  year: number;
  value: number;
}

/**
 * Expands sparse year values into one slot per year from `from` to `to`, with
 * `null` where no figure was published, so a line generator can leave a gap.
 */
export function withGaps<T extends YearValue>(points: readonly T[], from: number, to: number): (T | null)[] {
  const byYear = new Map(points.map((p) => [p.year, p]));
  const out: (T | null)[] = [];
  for (let year = from; year <= to; year++) out.push(byYear.get(year) ?? null);
  return out;
}

/** Years in [from, to] that have no value: the gaps a chart must show as gaps. */
export function missingYears(points: readonly YearValue[], from: number, to: number): number[] {
  const have = new Set(points.map((p) => p.year));
  const out: number[] = [];
  for (let year = from; year <= to; year++) if (!have.has(year)) out.push(year);
  return out;
}

/** The extent of years across points, or undefined for no points. */
export function yearExtent(points: readonly YearValue[]): [number, number] | undefined {
  if (!points.length) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.year);
    hi = Math.max(hi, p.year);
  }
  return [lo, hi];
}
