import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { agreementsGeometry } from '../../src/lib/geo/agreementsFrame';
import { mapShapes, relativePath } from '../../src/lib/geo/paths';
import { boxOutline, interpolateZoom, projectionFor, zoomTo } from '../../src/lib/geo/projection';
import { countries, countryAt, type RegionTopology } from '../../src/lib/geo/topology';
import { tinyTopology } from '../fixtures/geo/tinyTopology';

/** Tests written against the mutants Stryker found surviving in src/lib/geo. */
describe('boxOutline', () => {
  it('walks every edge end to end, corners included', () => {
    const pts = boxOutline([[0, 0], [8, 4]], 4);
    expect(pts).toHaveLength(20);
    for (const corner of [[0, 0], [8, 0], [0, 4], [8, 4]]) expect(pts).toContainEqual(corner);
    expect(boxOutline([[0, 0], [8, 4]])).toHaveLength(36);
  });
});

describe('projectionFor and zoomTo', () => {
  it('names the known projections when asked for an unknown one', () => {
    expect(() => projectionFor('mercator', { width: 10, height: 10 })).toThrow('Unknown projection "mercator" (known: route)');
  });
  it('takes padding off both sides of the viewBox width when the width sets the zoom', () => {
    const vb = { width: 960, height: 640 };
    const p = projectionFor('route', vb);
    const wide: [[number, number], [number, number]] = [[-110, 20], [-90, 21]];
    expect(zoomTo(p, wide, vb, 40).k / zoomTo(p, wide, vb, 0).k).toBeCloseTo((960 - 80) / 960, 2);
  });
  it('interpolates from a zoom that is not the identity', () => {
    expect(interpolateZoom({ k: 2, x: -10, y: -20 }, { k: 4, x: -30, y: -60 }, 0.25)).toEqual({ k: 2.5, x: -15, y: -30 });
  });
});

describe('relativePath only rewrites what it can', () => {
  it('returns a path of lowercase commands as it was', () => {
    expect(relativePath('m0,0l1,1z')).toBe('m0,0l1,1z');
  });
});

describe('map outlines at the frame’s edges', () => {
  const region = JSON.parse(readFileSync('data/region-50m.json', 'utf8')) as RegionTopology;

  /** Absolute points of every outline of a set of shapes. */
  function extent(shapes: { d: string }[]) {
    const xs: number[] = [], ys: number[] = [];
    for (const c of shapes) {
      let x = 0, y = 0, sx = 0, sy = 0;
      for (const [, cmd, args] of c.d.matchAll(/([mlz])([^mlz]*)/g)) {
        if (cmd === 'z') { [x, y] = [sx, sy]; continue; }
        const n = (args!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
        for (let i = 0; i < n.length; i += 2) {
          x += n[i]!; y += n[i + 1]!; xs.push(x); ys.push(y);
          if (cmd === 'm' && i === 0) [sx, sy] = [x, y];
        }
      }
    }
    return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  }

  it('draws the route map’s land out to the margin beyond the viewBox (east and north, where land reaches)', () => {
    const vb = { width: 960, height: 700 };
    const [, maxX, minY] = extent(mapShapes(region, projectionFor('route', vb), vb, 20).countries);
    expect(maxX).toBeCloseTo(980, 0);
    expect(minY).toBeCloseTo(-20, 0);
  });

  it('clips at the margin on the west and south too', () => {
    const vb = { width: 200, height: 200 };
    const p = projectionFor('route', vb);
    const [x0, y0] = p([-99, 20.5])!;
    const [tx, ty] = p.translate();
    p.translate([tx - x0, ty - y0 + vb.height]); // the two squares straddle the bottom-left corner
    const [minX, , , maxY] = extent(mapShapes(tinyTopology, p, vb, 2).countries);
    expect(minX).toBeCloseTo(-2, 1);
    expect(maxY).toBeCloseTo(202, 1);
  });

  it('leaves out countries and borders that fall outside the frame entirely', () => {
    const vb = { width: 100, height: 100 };
    const far = { parallels: [14, 30] as [number, number], rotate: [60, 0] as [number, number], extent: [[-62, -2], [-58, 2]] as [[number, number], [number, number]], padding: 0 };
    expect(agreementsGeometry(tinyTopology, vb, far, 1).countries).toEqual([]);
    expect(agreementsGeometry(tinyTopology, vb, far, 0.5).countries).toEqual([]);
    const p = projectionFor('route', { width: 960, height: 700 }).translate([-5000, -5000]);
    expect(mapShapes(tinyTopology, p, { width: 960, height: 700 }, 0).borders).toBe('');
  });
});

describe('countryAt', () => {
  it('answers from the country that contains the point before looking around it', () => {
    // 0.01° inside Alpha, next to Beta: the first ring (east first) would land in Beta.
    expect(countryAt(countries(tinyTopology), [-99.01, 20.5])).toBe('AAA');
  });
});
