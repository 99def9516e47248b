/**
 * The index of the state a scroll step shows, for a chart with `count` states: the step's
 * whole part, clamped to the states there are. Steps before the first (negative numbers,
 * −Infinity) show the first state; steps past the last (+Infinity included) show the last;
 * NaN, which names no step, shows the first.
 */
export function stepIndex(step: number, count: number): number {
  if (Number.isNaN(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), count - 1);
}
