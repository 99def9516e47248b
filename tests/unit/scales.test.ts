import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { linearScale, sqrtScale } from '../../src/lib/charts/scales';

// The charts' scales must draw exactly what d3-scale would.
const domains: [number, number][] = [
  [0, 1000],
  [1997, 2025],
  [0, 0.37],
  [2012.85, 2025.2],
  [-50, 50],
  [100, 0],
  [5, 5],
  [0, 1.35e9],
];
const ranges: [number, number][] = [
  [40, 620],
  [344, 24],
];

describe('linearScale matches d3-scale scaleLinear', () => {
  for (const d of domains) {
    for (const r of ranges) {
      it(`maps values, reads back domain and range, and ticks alike for domain ${d.join('–')} and range ${r.join('–')}`, () => {
        const ours = linearScale(d, r);
        const d3 = scaleLinear().domain(d).range(r);
        for (const v of [d[0], d[1], (d[0] + d[1]) / 2, d[0] - 7, d[1] + 13.5, 0]) expect(ours(v)).toBeCloseTo(d3(v), 9);
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.range()).toEqual(d3.range());
        for (const n of [undefined, 3, 4, 5, 6, 10]) expect(ours.ticks(n)).toEqual(d3.ticks(n));
      });
    }
  }
});

describe('sqrtScale matches d3-scale scaleSqrt', () => {
  it.each([
    [[0, 700], [0, 26]],
    [[0, 1], [0, 26]],
    [[0, 12_345], [2, 40]],
    [[-9, 9], [-3, 3]],
  ] as [[number, number], [number, number]][])('maps values alike for domain %j and range %j', (d, r) => {
    const ours = sqrtScale(d, r);
    const d3 = scaleSqrt().domain(d).range(r);
    for (const v of [d[0], d[1], 1, 20, 100, (d[0] + d[1]) / 3]) expect(ours(v)).toBeCloseTo(d3(v), 9);
    expect(ours.ticks(5)).toEqual(d3.ticks(5));
  });
});
