/**
 * Geometry for the CBP One figure: dates on a timeline, and unit grids where one
 * square stands for a fixed number of people or appointments (the last square
 * drawn partly when the count is not a multiple). Pure and unit-tested.
 */

/** How many people (or appointments) one square stands for. Stated in the figure's legend. */
export const PER_SQUARE = 1000;

/** A partial ISO date as a UTC timestamp, placed mid-period when only the month or year is known. */
export function dateValue(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return Date.UTC(y!, 6, 1);
  if (d === undefined) return Date.UTC(y!, m - 1, 15);
  return Date.UTC(y!, m - 1, d);
}

/** A linear map from dates to x in [x0, x1]. */
export function timeScale(first: string, last: string, x0: number, x1: number) {
  const a = dateValue(first), b = dateValue(last);
  return (iso: string) => x0 + ((dateValue(iso) - a) / (b - a || 1)) * (x1 - x0);
}

export interface Square { x: number; y: number; /** Width as a fraction of a full square, 0–1 (below 1 only for the last). */ fill: number }

/** Squares for `count` at `perSquare` each, `cols` to a row, reading left to right then down. */
export function unitGrid(count: number, perSquare: number, cols: number, size: number, gap: number): Square[] {
  const units = Math.max(count, 0) / perSquare;
  const n = Math.ceil(units - 1e-9);
  return Array.from({ length: n }, (_, i) => ({
    x: (i % cols) * (size + gap),
    y: Math.floor(i / cols) * (size + gap),
    fill: Math.min(1, Math.round((units - i) * 1000) / 1000),
  }));
}

/** Height of a grid of `n` squares, px. */
export function gridHeight(n: number, cols: number, size: number, gap: number): number {
  const rows = Math.ceil(n / cols);
  return rows === 0 ? 0 : rows * size + (rows - 1) * gap;
}

/** People competing for each daily slot (a derived figure, C): demand ÷ capacity. */
export function peoplePerSlot(people: number, slotsPerDay: number): number {
  return slotsPerDay > 0 ? people / slotsPerDay : Number.NaN;
}
