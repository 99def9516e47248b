import { describe, expect, it } from 'vitest';
import { nearestIndex, stepIndex } from '../../src/lib/charts/pointNav';

describe('stepIndex', () => {
  it.each([
    ['ArrowRight', null, 5, 0],
    ['ArrowRight', 2, 5, 3],
    ['ArrowRight', 4, 5, 4],
    ['ArrowLeft', null, 5, 0],
    ['ArrowLeft', 0, 5, 0],
    ['ArrowUp', 3, 5, 2],
    ['Home', 3, 5, 0],
    ['End', 0, 5, 4],
    ['PageDown', 0, 20, 5],
    ['PageUp', 3, 20, 0],
    ['a', 2, 5, null],
    ['ArrowRight', null, 0, null],
  ] as const)('%s from %s among %d points goes to %s', (key, current, count, expected) => {
    expect(stepIndex(key, current, count)).toBe(expected);
  });
});

describe('nearestIndex', () => {
  const pts = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 50 }];
  it('picks the nearest point, horizontal distance counting double', () => {
    expect(nearestIndex(pts, 9, 40)).toBe(2);
    expect(nearestIndex(pts, 3, 0)).toBe(0);
  });
  it('weights horizontal distance twice for charts and equally for maps (xWeight 1)', () => {
    const two = [{ x: 10, y: 0 }, { x: 0, y: 15 }];
    expect(nearestIndex(two, 0, 0)).toBe(1); // 20 weighted vs 15
    expect(nearestIndex(two, 0, 0, Infinity, 1)).toBe(0); // 10 vs 15
    expect(nearestIndex(two, 0, 0, 12, 1)).toBe(0);
    expect(nearestIndex(two, 0, 0, 10, 1)).toBeNull(); // strictly within reach
  });

  it('returns null when nothing is within reach', () => {
    expect(nearestIndex(pts, 500, 500, 30)).toBeNull();
    expect(nearestIndex([], 0, 0)).toBeNull();
  });
});
