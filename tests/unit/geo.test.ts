import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import {
  PROJECTIONS,
  boxOutline,
  interpolateZoom,
  projectPoint,
  projectionFor,
  round3,
  zoomTo,
  IDENTITY_ZOOM,
} from '../../src/lib/geo/projection';
import { countries, countryAt, borders, type RegionTopology } from '../../src/lib/geo/topology';
import { relativePath } from '../../src/lib/geo/paths';
import { readFileSync } from 'node:fs';
import { tinyTopology } from '../fixtures/geo/tinyTopology';

const landscape = { width: 960, height: 640 };

/** Known places on the route: name, [lon, lat]. */
const PLACES: [string, [number, number]][] = [
  ['Tijuana', [-117.04, 32.53]],
  ['Tucson', [-110.97, 32.22]],
  ['Ciudad Juárez', [-106.49, 31.69]],
  ['Brownsville', [-97.5, 25.9]],
  ['Mexico City', [-99.13, 19.43]],
  ['Tapachula', [-92.26, 14.9]],
  ['San Salvador', [-89.19, 13.69]],
  ['Tegucigalpa', [-87.21, 14.07]],
  ['Guatemala City', [-90.51, 14.63]],
  ['Panama City', [-79.52, 8.98]],
];

describe('projectionFor', () => {
  it.each([
    ['route', landscape],
    ['route', { width: 960, height: 700 }],
  ] as const)('fits the %s projection so every place on the route lands inside the viewBox %o', (name, vb) => {
    const p = projectionFor(name, vb);
    for (const [place, lonLat] of PLACES) {
      if (place === 'Panama City') continue; // beyond the frame's east edge (lon −80)
      const xy = projectPoint(p, lonLat)!;
      expect(xy, place).not.toBeNull();
      expect(xy[0], place).toBeGreaterThanOrEqual(0);
      expect(xy[0], place).toBeLessThanOrEqual(vb.width);
      expect(xy[1], place).toBeGreaterThanOrEqual(0);
      expect(xy[1], place).toBeLessThanOrEqual(vb.height);
    }
  });

  it('fills the viewBox with the fitted extent: its outline touches the padding top and bottom', () => {
    const spec = PROJECTIONS.route;
    const p = projectionFor('route', landscape);
    const xy = boxOutline(spec.extent).map((pt) => p(pt)!);
    const xs = xy.map((d) => d[0]);
    const ys = xy.map((d) => d[1]);
    const fitsX = Math.abs(Math.min(...xs) - spec.padding) < 0.5 && Math.abs(Math.max(...xs) - (landscape.width - spec.padding)) < 0.5;
    const fitsY = Math.abs(Math.min(...ys) - spec.padding) < 0.5 && Math.abs(Math.max(...ys) - (landscape.height - spec.padding)) < 0.5;
    // At 960 × 640 the frame's projected outline is the taller shape: the fit is set by the
    // height, and the width stays inside the padding.
    expect(fitsY).toBe(true);
    expect(fitsX).toBe(false);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(spec.padding - 0.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(landscape.width - spec.padding + 0.5);
  });

  it('keeps north up and west left: Tijuana is west of and north of Tapachula', () => {
    const p = projectionFor('route', landscape);
    const tj = projectPoint(p, [-117.04, 32.53])!;
    const tp = projectPoint(p, [-92.26, 14.9])!;
    expect(tj[0]).toBeLessThan(tp[0]);
    expect(tj[1]).toBeLessThan(tp[1]);
  });

  it('rounds projected coordinates to 3 decimals', () => {
    const xy = projectPoint(projectionFor('route', landscape), [-110.97, 32.22])!;
    for (const v of xy) expect(Math.round(v * 1000) / 1000).toBe(v);
    expect(round3(1.23456)).toBe(1.235);
  });

  it('refuses an unknown projection name', () => {
    expect(() => projectionFor('mercator', landscape)).toThrow(/Unknown projection "mercator"/);
  });

  // Where known places land, and why: tests/unit/projection.places.test.ts.
});

describe('zoomTo', () => {
  const p = projectionFor('route', landscape);

  it('is the identity for the whole frame', () => {
    expect(zoomTo(p, PROJECTIONS.route.extent, landscape, 8)).toEqual(IDENTITY_ZOOM);
  });

  it('zooms on the border so that Tijuana and Brownsville both stay inside the viewBox, magnified', () => {
    const z = zoomTo(p, [[-118, 25], [-96.5, 34]], landscape);
    expect(z.k).toBeGreaterThan(1.5);
    for (const lonLat of [[-117.04, 32.53], [-97.5, 25.9]] as [number, number][]) {
      const [x, y] = p(lonLat)!;
      const zx = z.k * x + z.x;
      const zy = z.k * y + z.y;
      expect(zx).toBeGreaterThan(0);
      expect(zx).toBeLessThan(landscape.width);
      expect(zy).toBeGreaterThan(0);
      expect(zy).toBeLessThan(landscape.height);
    }
  });

  it('interpolates linearly between two zooms', () => {
    expect(interpolateZoom({ k: 1, x: 0, y: 0 }, { k: 3, x: -100, y: -50 }, 0.5)).toEqual({ k: 2, x: -50, y: -25 });
  });
});

describe('topology helpers', () => {
  it('turns a topology into one GeoJSON feature per country, sorted by id, with names', () => {
    const fs = countries(tinyTopology);
    expect(fs.map((f) => f.id)).toEqual(['AAA', 'BBB']);
    expect(fs[0]!.properties.name).toBe('Alpha');
  });

  it('finds the country containing a point, a point just off the coast, and none far out', () => {
    const fs = countries(tinyTopology);
    expect(countryAt(fs, [-99.5, 20.5])).toBe('AAA');
    expect(countryAt(fs, [-98.5, 20.5])).toBe('BBB');
    expect(countryAt(fs, [-100.1, 20.5])).toBe('AAA');
    expect(countryAt(fs, [-90, 10])).toBeNull();
  });

  it('draws the shared border once', () => {
    const b = borders(tinyTopology);
    expect(b.coordinates).toHaveLength(1);
    expect(geoPath()(b)).toMatch(/^M/);
  });
});

describe('relativePath', () => {
  // Absolute points a path visits, following SVG's rules for m/l/z and implicit repeats.
  function points(d: string): number[][] {
    const out: number[][] = [];
    let x = 0, y = 0, sx = 0, sy = 0;
    for (const [, c, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
      if (c === 'Z' || c === 'z') { [x, y] = [sx, sy]; out.push(['z' as never]); continue; }
      const nums = (args!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        const rel = c === 'm' || c === 'l';
        [x, y] = rel ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!];
        if (i === 0 && (c === 'M' || c === 'm')) [sx, sy] = [x, y];
        out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
      }
    }
    return out;
  }

  it.each([
    ['M707.9,433.8L708.3,430L710.3,429.1Z', 'm707.9 433.8l.4-3.8 2-.9z'],
    ['M0,0L-0.5,0.5L1,1ZM10,10L11,11Z', 'm0 0l-.5 .5 1.5 .5zm10 10l1 1z'],
    ['', ''],
  ])('rewrites %s as %s', (d, expected) => {
    expect(relativePath(d)).toBe(expected);
  });

  it('visits the same points as the absolute path, on every outline of the real map', () => {
    const topology = JSON.parse(readFileSync('data/region-50m.json', 'utf8')) as RegionTopology;
    const path = geoPath(projectionFor('route', landscape)).digits(1);
    const outlines = [...countries(topology).map((f) => path(f) ?? ''), path(borders(topology)) ?? ''].filter(Boolean);
    expect(outlines.length).toBeGreaterThan(10);
    let before = 0, after = 0;
    for (const d of outlines) {
      const r = relativePath(d);
      expect(r.startsWith('m'), d.slice(0, 40)).toBe(true);
      expect(points(r)).toEqual(points(d));
      before += d.length;
      after += r.length;
    }
    expect(after / before).toBeLessThan(0.75);
  });

  it('leaves paths with other commands, or finer coordinates, as they were', () => {
    expect(relativePath('M0,0A1,1,0,0,1,2,2Z')).toBe('M0,0A1,1,0,0,1,2,2Z');
    expect(relativePath('M0.25,0L1,1Z')).toBe('M0.25,0L1,1Z');
  });
});
