import { describe, expect, it } from 'vitest';
import { PER_SQUARE, dateValue, gridHeight, peoplePerSlot, timeScale, unitGrid } from '../../src/lib/charts/cbpOneLayout';

describe('dateValue', () => {
  it.each([
    ['2020-10-28', Date.UTC(2020, 9, 28)],
    ['2024-03', Date.UTC(2024, 2, 15)],
    ['2024', Date.UTC(2024, 6, 1)],
  ])('places %s at the day it names, or mid-period when less precise', (iso, ms) => {
    expect(dateValue(iso)).toBe(ms);
  });
});

describe('timeScale', () => {
  it('maps the first and last dates to the ends of the range', () => {
    const x = timeScale('2020-10-28', '2025-01-20', 10, 390);
    expect(x('2020-10-28')).toBe(10);
    expect(x('2025-01-20')).toBe(390);
    expect(x('2023-01-12')).toBeGreaterThan(x('2021-02-19'));
  });
});

describe('unitGrid', () => {
  it('draws 1,450 daily slots as one full square and 45% of another at 1,000 a square', () => {
    expect(unitGrid(1450, PER_SQUARE, 30, 10, 2)).toEqual([
      { x: 0, y: 0, fill: 1 },
      { x: 12, y: 0, fill: 0.45 },
    ]);
  });

  it('draws 280,000 people as 280 full squares in rows of 30', () => {
    const g = unitGrid(280000, PER_SQUARE, 30, 10, 2);
    expect(g).toHaveLength(280);
    expect(g.every((s) => s.fill === 1)).toBe(true);
    expect(g.at(-1)).toEqual({ x: 9 * 12, y: 9 * 12, fill: 1 });
    expect(gridHeight(g.length, 30, 10, 2)).toBe(118);
  });

  it('draws nothing for zero or a negative count', () => {
    expect(unitGrid(0, PER_SQUARE, 30, 10, 2)).toEqual([]);
    expect(unitGrid(-5, PER_SQUARE, 30, 10, 2)).toEqual([]);
    expect(gridHeight(0, 30, 10, 2)).toBe(0);
  });
});

describe('peoplePerSlot', () => {
  it('divides the people waiting by the daily slots, and refuses a zero capacity', () => {
    expect(peoplePerSlot(280000, 1450)).toBeCloseTo(193.1, 1);
    expect(peoplePerSlot(280000, 0)).toBeNaN();
  });
});
