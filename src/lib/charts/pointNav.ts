/**
 * Keyboard and pointer navigation over a chart's points, shared by every chart
 * that lets a reader explore values: one focusable control, arrow keys step
 * through points in reading order, the pointer picks the nearest point.
 */
export interface NavPoint {
  /** Position in the viewBox, px. */
  x: number;
  y: number;
}

/** The index a key moves to from `current` among `count` points, or null for keys that do nothing. */
export function stepIndex(key: string, current: number | null, count: number): number | null {
  if (count === 0) return null;
  const i = current ?? -1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(i + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current === null ? 0 : Math.max(i - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(Math.max(i, 0) + 5, count - 1);
    case 'PageUp':
      return Math.max(Math.max(i, 0) - 5, 0);
    default:
      return null;
  }
}

/**
 * Index of the point nearest to (x, y) within `maxDistance`. Charts weight horizontal
 * distance twice (years are read left to right); maps pass `xWeight` 1.
 */
export function nearestIndex(points: readonly NavPoint[], x: number, y: number, maxDistance = Infinity, xWeight = 2): number | null {
  let best: number | null = null;
  let bestD = maxDistance;
  points.forEach((p, i) => {
    const d = Math.hypot((p.x - x) * xWeight, p.y - y);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}
