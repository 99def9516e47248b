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
  it('returns null when nothing is within reach', () => {
    expect(nearestIndex(pts, 500, 500, 30)).toBeNull();
    expect(nearestIndex([], 0, 0)).toBeNull();
  });
});
