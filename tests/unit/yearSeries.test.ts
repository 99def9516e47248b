import { describe, expect, it } from 'vitest';
import { missingYears, withGaps, yearExtent } from '../../src/lib/charts/yearSeries';

const pts = [
  { year: 2019, value: 300 },
  { year: 2021, value: 568 },
  { year: 2022, value: 895 },
];

describe('withGaps', () => {
  it('leaves years with no published figure as null instead of drawing zero', () => {
    expect(withGaps(pts, 2019, 2023).map((p) => p?.value ?? null)).toEqual([300, null, 568, 895, null]);
  });
  it('returns an empty array for an empty range', () => {
    expect(withGaps(pts, 2023, 2019)).toEqual([]);
  });
});

describe('missingYears and yearExtent', () => {
  it('lists the gaps in a range', () => {
    expect(missingYears(pts, 2018, 2022)).toEqual([2018, 2020]);
  });
  it('finds the span of years, or undefined for none', () => {
    expect(yearExtent(pts)).toEqual([2019, 2022]);
    expect(yearExtent([])).toBeUndefined();
  });
});
