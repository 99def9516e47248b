/**
 * Linear and square-root scales: the part of d3-scale's scaleLinear and scaleSqrt the
 * charts use (map a value, read domain and range, d3's ticks), with d3-array's own tick
 * algorithm. d3-scale's continuous scales also bring colour and string interpolation and
 * number formatting (d3-interpolate, d3-color, d3-format: 9 KB of gzip in every chart's
 * JavaScript) that these charts never use: numbers are formatted by lib/format.
 * tests/unit/scales.test.ts checks the results against d3-scale.
 */
import { ticks as d3Ticks } from 'd3-array';

export interface Scale {
  /** The position of a value: linear interpolation of the (transformed) domain onto the range, unclamped. */
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values spanning the domain (d3-array's ticks). */
  ticks(count?: number): number[];
}

/** The type linear scales are known by in chart props. */
export type LinearScale = Scale;

function continuous(domain: readonly [number, number], range: readonly [number, number], transform: (v: number) => number): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const t0 = transform(d0);
  const span = transform(d1) - t0;
  const scale = (value: number) => {
    // As d3: a collapsed domain maps every value to the middle of the range.
    const t = span ? (transform(value) - t0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  scale.domain = (): [number, number] => [d0, d1];
  scale.range = (): [number, number] => [r0, r1];
  scale.ticks = (count = 10) => (d0 <= d1 ? d3Ticks(d0, d1, count) : d3Ticks(d1, d0, count).reverse());
  return scale;
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  return continuous(domain, range, (v) => v);
}

/** Square-root scale (for circle areas), signed like d3's scaleSqrt. */
export function sqrtScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  return continuous(domain, range, (v) => (v < 0 ? -Math.sqrt(-v) : Math.sqrt(v)));
}
