/**
 * SVG path data for a map, computed at build time so the browser needs neither
 * d3-geo nor the topology. Pure.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { borders, countries, type RegionTopology } from './topology';
import type { ViewBox } from './projection';

export interface MapShapes {
  /** One path per country, by ISO alpha-3 id. */
  countries: { id: string; d: string }[];
  /** Land borders, drawn once. */
  borders: string;
}

/**
 * Rewrites a path of absolute moves, lines and closes (what d3-geo writes for polygons
 * and lines) with relative commands: "M707.9,433.8L708.3,430L710.3,429.1Z" becomes
 * "m707.9 433.8l.4-3.8 2-.9z". The same shape in about 60% of the characters, and more
 * repetitive for gzip; each map is in the story's HTML once per step. Coordinates are
 * counted in tenths, so no rounding drifts along a long outline. A path with any other
 * command, or coordinates finer than a tenth, is returned unchanged.
 */
export function relativePath(d: string): string {
  if (!/^[MLZ0-9.,\-]*$/.test(d)) return d;
  let out = '';
  let x = 0, y = 0, startX = 0, startY = 0, previous = '';
  const num = (tenths: number) => (tenths / 10).toString().replace(/^(-?)0\./, '$1.');
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      previous = 'z';
      continue;
    }
    const parts = args!.split(',');
    if (parts.length !== 2 || parts.some((p) => !/^-?\d+(\.\d)?$/.test(p))) return d;
    const [nx, ny] = parts.map((p) => Math.round(Number(p) * 10)) as [number, number];
    const letter = command === 'M' ? 'm' : 'l';
    const dx = num(nx - x), dy = num(ny - y);
    // A repeated command letter can be left out; a number needs a space before it unless its sign separates it.
    out += (letter === previous ? (dx.startsWith('-') ? '' : ' ') : letter) + dx + (dy.startsWith('-') ? '' : ' ') + dy;
    previous = letter;
    [x, y] = [nx, ny];
    if (command === 'M') [startX, startY] = [nx, ny];
  }
  return out;
}

/** Country outlines and borders, clipped a little beyond the viewBox, 1 decimal. */
export function mapShapes(topology: RegionTopology, projection: GeoProjection, viewBox: ViewBox, margin = 20): MapShapes {
  const clipped = projection.clipExtent([[-margin, -margin], [viewBox.width + margin, viewBox.height + margin]]);
  const path = geoPath(clipped).digits(1);
  const out: MapShapes = {
    countries: countries(topology)
      .map((f) => ({ id: f.id, d: relativePath(path(f) ?? '') }))
      .filter((c) => c.d !== ''),
    borders: relativePath(path(borders(topology)) ?? ''),
  };
  projection.clipExtent(null);
  return out;
}
